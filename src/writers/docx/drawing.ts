import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { Paragraph } from 'docx';
import { allBlocks, type Block, type Drawing, type Image } from '../../render/doctree';
import { drawingToSvg, fontFamilyList } from '../../render/drawingSvg';
import type { RenderContext } from './context';
import { pixels } from './geometry';
import { imageBlocks } from './images';

/** Pixels per point-sized pixel: twice the 96-dpi size, so the chart's small text stays sharp in print. */
const RASTER_ZOOM = 2;

let fontFiles: string[] | undefined;

/** The bundled DejaVu faces, the only fonts the rasterizer may use: the picture must not depend on the machine. */
function rasterFonts(): string[] {
  if (!fontFiles) {
    const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((face) => join(folder, face));
  }
  return fontFiles;
}

/** The drawing as a PNG at twice its size in 96-dpi pixels, on white; resvg works on a thread of its own. */
export async function rasterizeDrawing(drawing: Drawing, fontFamily: string): Promise<Uint8Array> {
  const svg = drawingToSvg(drawing, { fontFamily: fontFamilyList(fontFamily) });
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: rasterFonts(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: RASTER_ZOOM },
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
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
    data: ctx.rasters.get(drawing) ?? missingRaster(drawing),
    mime: 'image/png',
    width: pixels(drawing.width),
    height: pixels(drawing.height),
    alt: drawing.alt,
    caption: drawing.caption,
    scale: 1,
  };
  return imageBlocks(image, ctx);
}

function missingRaster(drawing: Drawing): never {
  throw new Error(`drawing "${drawing.alt}" was not rasterized before the document was built`);
}
