import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Image } from '../../render/tree/doctree';
import { imageSize, type Size } from '../shared/imageSize';
import { missingRaster } from '../shared/raster';
import type { RenderContext } from './context';
import { pixels, type PageGeometry } from './geometry';
import { STYLE } from './styles';

/** A size in points as Word's 96-dpi pixels, whole ones, so the EMUs docx derives from them are exact. */
export function wholePixels(size: Size): Size {
  return { width: Math.max(1, Math.round(pixels(size.width))), height: Math.max(1, Math.round(pixels(size.height))) };
}

/** A body image's size: the rule every writer follows, no taller than most of the text height. */
export function bodyImageSize(image: Pick<Image, 'width' | 'height' | 'scale'>, page: PageGeometry): Size {
  const textHeight = (page.orientation === 'portrait' ? page.height : page.width) - page.margins.top - page.margins.bottom;
  return wholePixels(imageSize(image, page.textWidth / 20, { maxHeight: (textHeight / 20) * 0.8 }));
}

const baseName = (src: string): string => src.split(/[\\/]/).pop() || src;

/**
 * An image as an inline drawing with its alt text. An SVG goes in as itself, which Word draws as vector graphics, with
 * its PNG rendering as the fallback that readers without SVG show.
 */
export function imageRun(image: Image, size: Size, ctx: RenderContext, fallback?: Uint8Array): ImageRun {
  const media =
    image.mime === 'image/svg+xml'
      ? { type: 'svg' as const, data: image.data, fallback: { type: 'png' as const, data: fallback ?? ctx.rasters.svgImages.get(image.data) ?? missingRaster(image.src) } }
      : { type: image.mime === 'image/jpeg' ? ('jpg' as const) : ('png' as const), data: image.data };
  return new ImageRun({
    ...media,
    transformation: size,
    altText: { id: String(ctx.nextDrawingId()), name: baseName(image.src), description: image.alt, title: image.caption ?? image.alt },
  });
}

/** A body image centred on its own line with its caption below; `fallback` is the PNG of an SVG made for it. */
export function imageBlocks(image: Image, ctx: RenderContext, fallback?: Uint8Array): Paragraph[] {
  const caption = image.caption ? [new Paragraph({ style: STYLE.caption, alignment: AlignmentType.CENTER, text: image.caption })] : [];
  const run = imageRun(image, bodyImageSize(image, ctx.page), ctx, fallback);
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: caption.length > 0 || undefined, children: [run] }), ...caption];
}
