/**
 * SVG to PNG with resvg, for the writers whose formats cannot carry SVG every reader shows (DOCX) or cannot draw it
 * at all (pdfkit). Only the bundled fonts are used, so the pixels never depend on the machine; resvg works on threads
 * of its own.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { allBlocks, type DocTree, type Image } from '../../render/tree/doctree';
import { pageSize, type Theme } from '../../render/templates/theme';

let fontFiles: string[] | undefined;

function rasterFonts(): string[] {
  if (!fontFiles) {
    const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((face) => join(folder, face));
  }
  return fontFiles;
}

/** The SVG as a PNG on white, sized by `fitTo`. */
export async function rasterizeSvg(svg: string | Uint8Array, fitTo: ResvgRenderOptions['fitTo']): Promise<Uint8Array> {
  const image = await renderAsync(typeof svg === 'string' ? svg : Buffer.from(svg), {
    font: { loadSystemFonts: false, fontFiles: rasterFonts(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo,
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}

/** For the writers: a drawing or SVG the tree shows that no rendering was made of beforehand (a bug). */
export function missingRaster(what: string): never {
  throw new Error(`"${what}" was not rasterized before the document was built`);
}

/** Renderings kept for the next build in this process (watch, release), by the SVG's content hash and the size asked. */
const renderings = new Map<string, Promise<Uint8Array>>();
/** Enough for every drawing of a large plan; the oldest go first beyond it. */
const KEPT_RENDERINGS = 512;

/**
 * The SVG as a PNG, rendered once per content and size in this process: the DOCX and PDF writers of one build, and
 * every rebuild watch and release make of the same drawing, share the rendering.
 */
export function rasterizeOnce(svg: string | Uint8Array, fitTo: ResvgRenderOptions['fitTo']): Promise<Uint8Array> {
  const key = `${createHash('sha256').update(svg).digest('base64')} ${JSON.stringify(fitTo)}`;
  let png = renderings.get(key);
  if (png) renderings.delete(key);
  else png = rasterizeSvg(svg, fitTo);
  // Re-inserted, so the map's order is the order of last use.
  renderings.set(key, png);
  if (renderings.size > KEPT_RENDERINGS) renderings.delete(renderings.keys().next().value!);
  return png;
}

/** Pixels per point of the text column: twice 96 dpi, so an SVG shown as wide as the text stays sharp in print. */
const PIXELS_PER_POINT = (2 * 96) / 72;

/**
 * A PNG of every SVG image the tree shows (figures, the logo), keyed by the image's bytes, as wide as twice the
 * 96-dpi text column (an image is never shown wider), or as tall as twice the page's text height if that is less.
 */
export async function rasterizeSvgImages(tree: DocTree, theme: Theme): Promise<Map<Uint8Array, Uint8Array>> {
  const page = pageSize(theme);
  const maxWidth = Math.round((page.width - theme.margins.left - theme.margins.right) * PIXELS_PER_POINT);
  const maxHeight = Math.round((page.height - theme.margins.top - theme.margins.bottom) * PIXELS_PER_POINT);
  const images = [...allBlocks(tree.blocks)].filter((block): block is Image => block.type === 'image');
  const svgs = new Map<Uint8Array, Image>();
  for (const image of [...images, tree.titlePage.logo, tree.furniture.headerLogo]) if (image?.mime === 'image/svg+xml') svgs.set(image.data, image);
  const entries = await Promise.all(
    [...svgs].map(async ([data, image]) => {
      const tall = image.height / image.width > maxHeight / maxWidth;
      return [data, await rasterizeOnce(data, tall ? { mode: 'height', value: maxHeight } : { mode: 'width', value: maxWidth })] as const;
    }),
  );
  return new Map(entries);
}
