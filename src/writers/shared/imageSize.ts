/**
 * How big an image is on the page, one rule for every writer so a figure or logo has the same size in the DOCX, the
 * PDF and the printed HTML. Sizes are in points.
 */
import type { Image } from '../../render/tree/doctree';

/** An image's intrinsic size is in CSS pixels, 96 to the inch; a point is 1/72 inch. */
export const POINTS_PER_CSS_PIXEL = 0.75;

/** The title-page logo is no taller than an inch and a third, and without a width no wider than 40 % of the text. */
export const TITLE_LOGO = { maxHeight: 96, naturalMaxShare: 0.4 };

export interface Size {
  width: number;
  height: number;
}

/**
 * `scale` of the text width when the content gives a width (enlarged or shrunk to it), otherwise the image's own
 * size; then shrunk, keeping its proportions, to at most `maxWidth` (default: the text width) and `maxHeight`.
 */
export function imageSize(image: Pick<Image, 'width' | 'height' | 'scale'>, textWidth: number, limits: { maxHeight: number; maxWidth?: number }): Size {
  const naturalWidth = Math.max(1, image.width) * POINTS_PER_CSS_PIXEL;
  const aspect = Math.max(1, image.height) / Math.max(1, image.width);
  const wanted = image.scale === undefined ? naturalWidth : textWidth * image.scale;
  const width = Math.min(wanted, limits.maxWidth ?? textWidth, limits.maxHeight / aspect);
  return { width, height: width * aspect };
}

/** The title-page logo: its given width, or its own size within 40 % of the text width. */
export function titleLogoSize(logo: Pick<Image, 'width' | 'height' | 'scale'>, textWidth: number): Size {
  const maxWidth = logo.scale === undefined ? textWidth * TITLE_LOGO.naturalMaxShare : textWidth;
  return imageSize(logo, textWidth, { maxHeight: TITLE_LOGO.maxHeight, maxWidth });
}
