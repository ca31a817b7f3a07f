import type { Paragraph } from 'docx';
import { allBlocks, type Block, type Drawing, type Image } from '../../render/tree/doctree';
import { drawingToSvg, fontFamilyList } from '../../render/tree/drawingSvg';
import { missingRaster, rasterizeSvg } from '../shared/raster';
import type { RenderContext } from './context';
import { pixels } from './geometry';
import { imageBlocks } from './images';

/** Pixels per point-sized pixel: twice the 96-dpi size, so the chart's small text stays sharp in print. */
const RASTER_ZOOM = 2;

/** The drawing as a PNG at twice its size in 96-dpi pixels, on white. */
export async function rasterizeDrawing(drawing: Drawing, fontFamily: string): Promise<Uint8Array> {
  return rasterizeSvg(drawingToSvg(drawing, { fontFamily: fontFamilyList(fontFamily) }), { mode: 'zoom', value: RASTER_ZOOM });
}

/** PNGs of every drawing in the blocks, rasterized all at once: the threads of resvg work while the document is built. */
export async function rasterizeDrawings(blocks: readonly Block[], fontFamily: string): Promise<Map<Drawing, Uint8Array>> {
  const drawings = [...allBlocks(blocks)].filter((block): block is Drawing => block.type === 'drawing');
  const pngs = await Promise.all(drawings.map((drawing) => rasterizeDrawing(drawing, fontFamily)));
  return new Map(drawings.map((drawing, i) => [drawing, pngs[i]]));
}

/**
 * Word has no vector drawing the DocTree's shapes map onto that every reader shows alike, so a drawing goes in as a
 * picture: rasterized, then placed like any body image, at its size in points, with its alt text and caption.
 */
export function drawingBlocks(drawing: Drawing, ctx: RenderContext): Paragraph[] {
  const image: Image = {
    type: 'image',
    src: 'drawing.png',
    data: ctx.rasters.drawings.get(drawing) ?? missingRaster(drawing.alt),
    mime: 'image/png',
    width: pixels(drawing.width),
    height: pixels(drawing.height),
    alt: drawing.alt,
    caption: drawing.caption,
    scale: 1,
  };
  return imageBlocks(image, ctx);
}

