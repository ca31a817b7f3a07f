import type { Paragraph } from 'docx';
import { allBlocks, type Block, type Drawing, type Image } from '../../render/tree/doctree';
import { drawingToSvg, fontFamilyList } from '../../render/tree/drawingSvg';
import { glyphOutlines } from '../../fonts/outlines';
import { missingRaster, rasterizeOnce } from '../shared/raster';
import type { RenderContext } from './context';
import { pixels, type PageGeometry } from './geometry';
import { bodyImageSize, imageBlocks } from './images';

/** A drawing as the DOCX carries it: the SVG Word draws, and the PNG readers without SVG show instead. */
export interface DrawingMedia {
  svg: Uint8Array;
  png: Uint8Array;
}

/**
 * Pixels of the PNG fallback per 96-dpi pixel of the drawing as shown: 144 ppi on the page, legible in print for the
 * readers that show the fallback (LibreOffice 7, pandoc), at half the pixels of 192 ppi; Word draws the SVG itself.
 */
export const FALLBACK_ZOOM = 1.5;

/** The drawing as SVG and, for readers without SVG, a PNG of it on white sized to the page (see `FALLBACK_ZOOM`). */
export async function drawingMedia(drawing: Drawing, fontFamily: string, shownWidth: number): Promise<DrawingMedia> {
  const family = fontFamilyList(fontFamily);
  const svg = drawingToSvg(drawing, { fontFamily: family });
  // The picture is drawn from the labels' outlines: resvg setting them as text was most of a chart's rendering time.
  const picture = drawingToSvg(drawing, { fontFamily: family, outlines: glyphOutlines });
  return { svg: new TextEncoder().encode(svg), png: await rasterizeOnce(picture, { mode: 'width', value: Math.round(shownWidth * FALLBACK_ZOOM) }) };
}

/** SVG and PNG of every drawing in the blocks, rasterized all at once: the threads of resvg work while the document is built. */
export async function drawingsMedia(blocks: readonly Block[], fontFamily: string, page: PageGeometry): Promise<Map<Drawing, DrawingMedia>> {
  const drawings = [...allBlocks(blocks)].filter((block): block is Drawing => block.type === 'drawing');
  const media = await Promise.all(drawings.map((drawing) => drawingMedia(drawing, fontFamily, bodyImageSize(drawingImage(drawing), page).width)));
  return new Map(drawings.map((drawing, i) => [drawing, media[i]]));
}

/** A drawing's size as an image's: its points as 96-dpi pixels, shown as wide as the text. */
export function drawingImage(drawing: Drawing): Pick<Image, 'width' | 'height' | 'scale'> {
  return { width: pixels(drawing.width), height: pixels(drawing.height), scale: 1 };
}

/** A drawing placed like any body image, at its size, with its alt text and caption, as SVG with its PNG fallback. */
export function drawingBlocks(drawing: Drawing, ctx: RenderContext): Paragraph[] {
  const media = ctx.rasters.drawings.get(drawing) ?? missingRaster(drawing.alt);
  const image: Image = {
    type: 'image',
    src: 'drawing.svg',
    data: media.svg,
    mime: 'image/svg+xml',
    ...drawingImage(drawing),
    alt: drawing.alt,
    caption: drawing.caption,
  };
  return imageBlocks(image, ctx, media.png);
}
