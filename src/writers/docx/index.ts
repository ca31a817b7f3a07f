import { Packer } from 'docx';
import type { DocTree } from '../../render/doctree';
import type { Theme } from '../../render/theme';
import { buildDocument } from './document';
import { rasterizeSvgImages } from '../raster';
import { drawingsMedia } from './drawing';
import { pageGeometry } from './geometry';
import { reproducible } from './reproducible';
import { labelTables, tableLabels } from './tableLabels';

/** The tree as a Word document; the same tree and theme always give the same bytes. */
export async function writeDocx(tree: DocTree, theme: Theme): Promise<Uint8Array> {
  const [drawings, svgImages] = await Promise.all([
    drawingsMedia(tree.blocks, theme.font.family, pageGeometry(theme, 'portrait')),
    rasterizeSvgImages(tree, theme),
  ]);
  const document = buildDocument(tree, theme, { drawings, svgImages });
  const labels = tableLabels(tree);
  return reproducible(new Uint8Array(await Packer.toBuffer(document)), tree.meta.date, (xml) => labelTables(xml, labels));
}
