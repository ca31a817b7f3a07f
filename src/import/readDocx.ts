import mammoth from 'mammoth';
import type { Block } from './outline';
import { readHtml } from './readHtml';

/**
 * A Word document into the outline: mammoth turns its paragraphs (by style: Heading 1-6, List Paragraph,
 * tables) into simple HTML, which readHtml reads. Title-page and TOC styles are mapped to plain paragraphs.
 */
export async function readDocx(bytes: Uint8Array): Promise<Block[]> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"], ignoreEmptyParagraphs: true },
  );
  // mammoth's messages name styles it does not map (title page, table text): nothing the outline misses.
  return readHtml(result.value);
}
