import mammoth from 'mammoth';
import type { Block } from './outline';
import { readHtml } from './readHtml';

/** File extensions of the picture types a Word document holds, by content type. */
const IMAGE_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/bmp': 'bmp' };

/**
 * A Word document into the outline: mammoth turns its paragraphs (by style: Heading 1-6, List Paragraph,
 * tables) into simple HTML, which readHtml reads. Title-page and TOC styles are mapped to plain paragraphs,
 * captions to paragraphs readHtml joins to the picture above them. Pictures become `assets/image-N.ext`
 * (returned with their bytes), written into the plan folder where a content file names them.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ blocks: Block[]; assets: Map<string, Uint8Array> }> {
  const assets = new Map<string, Uint8Array>();
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='Caption'] => p.caption:fresh"],
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async (image) => {
        const src = `assets/image-${assets.size + 1}.${IMAGE_EXTENSIONS[image.contentType] ?? 'bin'}`;
        assets.set(src, new Uint8Array(await image.readAsBuffer()));
        return { src };
      }),
    },
  );
  // mammoth's messages name styles it does not map (title page, table text): nothing the outline misses.
  return { blocks: readHtml(result.value), assets };
}
