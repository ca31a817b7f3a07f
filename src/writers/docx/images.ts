import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { Image } from '../../render/doctree';
import { imageSize, type Size } from '../imageSize';
import type { RenderContext } from './context';
import { pixels } from './geometry';
import { STYLE } from './styles';

/** A size in points as Word's 96-dpi pixels, whole ones, so the EMUs docx derives from them are exact. */
export function wholePixels(size: Size): Size {
  return { width: Math.max(1, Math.round(pixels(size.width))), height: Math.max(1, Math.round(pixels(size.height))) };
}

/** A body image's size: the rule every writer follows, no taller than most of the text height. */
function bodyImageSize(image: Image, ctx: RenderContext): Size {
  const { page } = ctx;
  const textHeight = (page.orientation === 'portrait' ? page.height : page.width) - page.margins.top - page.margins.bottom;
  return wholePixels(imageSize(image, page.textWidth / 20, { maxHeight: (textHeight / 20) * 0.8 }));
}

const baseName = (src: string): string => src.split(/[\\/]/).pop() || src;

/**
 * A raster image as an inline drawing with its alt text; undefined for SVG, which Word needs a PNG rendering of and
 * the tree does not carry.
 */
export function imageRun(image: Image, size: Size, ctx: RenderContext): ImageRun | undefined {
  if (image.mime === 'image/svg+xml') return undefined;
  return new ImageRun({
    type: image.mime === 'image/png' ? 'png' : 'jpg',
    data: image.data,
    transformation: size,
    altText: { id: String(ctx.nextDrawingId()), name: baseName(image.src), description: image.alt, title: image.caption ?? image.alt },
  });
}

/** A body image centred on its own line with its caption below; an SVG becomes its alt text in italics. */
export function imageBlocks(image: Image, ctx: RenderContext): Paragraph[] {
  const run = imageRun(image, bodyImageSize(image, ctx), ctx);
  const caption = image.caption ? [new Paragraph({ style: STYLE.caption, alignment: AlignmentType.CENTER, text: image.caption })] : [];
  const picture = run
    ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: caption.length > 0 || undefined, children: [run] })
    : new Paragraph({ children: [new TextRun({ text: image.alt || image.src, italics: true })] });
  return [picture, ...caption];
}
