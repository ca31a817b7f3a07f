import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { Image } from '../../render/doctree';
import type { RenderContext } from './context';
import { pixels } from './geometry';
import { STYLE } from './styles';

/** Largest box an image may fill, in 96-dpi pixels. */
export interface ImageBox {
  width: number;
  height: number;
}

/** Intrinsic size shrunk (never enlarged) to fit the box, keeping the aspect ratio; whole pixels keep EMUs exact. */
export function fitImage(image: Pick<Image, 'width' | 'height'>, box: ImageBox): ImageBox {
  const width = Math.max(1, image.width);
  const height = Math.max(1, image.height);
  const ratio = Math.min(1, box.width / width, box.height / height);
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/** The box a body image may fill: `scale` of the text width, and no taller than most of the text height. */
export function bodyImageBox(image: Image, ctx: RenderContext): ImageBox {
  const { page } = ctx;
  const textHeight = (page.orientation === 'portrait' ? page.height : page.width) - page.margins.top - page.margins.bottom;
  return { width: pixels((page.textWidth / 20) * image.scale), height: pixels((textHeight / 20) * 0.8) };
}

const baseName = (src: string): string => src.split(/[\\/]/).pop() || src;

/**
 * A raster image as an inline drawing with its alt text; undefined for SVG, which Word needs a PNG rendering of and
 * the tree does not carry.
 */
export function imageRun(image: Image, box: ImageBox, ctx: RenderContext): ImageRun | undefined {
  if (image.mime === 'image/svg+xml') return undefined;
  return new ImageRun({
    type: image.mime === 'image/png' ? 'png' : 'jpg',
    data: image.data,
    transformation: fitImage(image, box),
    altText: { id: String(ctx.nextDrawingId()), name: baseName(image.src), description: image.alt, title: image.caption ?? image.alt },
  });
}

/** A body image centred on its own line with its caption below; an SVG becomes its alt text in italics. */
export function imageBlocks(image: Image, ctx: RenderContext): Paragraph[] {
  const run = imageRun(image, bodyImageBox(image, ctx), ctx);
  const caption = image.caption ? [new Paragraph({ style: STYLE.caption, alignment: AlignmentType.CENTER, text: image.caption })] : [];
  const picture = run
    ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: caption.length > 0 || undefined, children: [run] })
    : new Paragraph({ children: [new TextRun({ text: image.alt || image.src, italics: true })] });
  return [picture, ...caption];
}
