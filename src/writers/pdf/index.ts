import type { DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { rasterizeSvgImages } from '../shared/raster';
import { createContext } from './context';
import { collectBytes, createDocument, type PdfOptions } from './document';
import { drawFurniture } from './furniture';
import { renderBlocks } from './layout';
import { addOutline } from './outline';
import { renderTitlePage } from './titlePage';

export type { PdfOptions } from './document';

/**
 * The document tree as a PDF: title page, body laid out in one pass (the TOC reserves a fixed-width page
 * number column), then TOC page numbers, running headers/footers and bookmarks once every page exists.
 * Same tree and theme, same bytes.
 */
export async function writePdf(tree: DocTree, theme: Theme, options: PdfOptions = {}): Promise<Uint8Array> {
  const svgRasters = await rasterizeSvgImages(tree, theme);
  const doc = createDocument(tree.meta, theme, options);
  const bytes = collectBytes(doc);
  const ctx = createContext(doc, tree, theme, svgRasters);
  renderTitlePage(ctx, tree.titlePage);
  ctx.flow.breakPage('portrait');
  renderBlocks(ctx, tree.blocks, ctx.tags.root);
  ctx.flow.flushFloats();
  for (const draw of ctx.afterLayout) draw();
  drawFurniture(ctx, tree.furniture);
  addOutline(ctx);
  doc.end();
  return bytes;
}
