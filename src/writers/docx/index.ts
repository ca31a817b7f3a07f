import { Packer } from 'docx';
import type { DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { buildDocument } from './document';
import { rasterizeSvgImages } from '../shared/raster';
import { rasterizeDrawings } from './drawing';
import { bundledFonts } from './fonts';
import { reproducible } from './reproducible';
import { labelTables, tableLabels } from './tableLabels';

/** The tree as a Word document; the same tree and theme always give the same bytes. */
export async function writeDocx(tree: DocTree, theme: Theme): Promise<Uint8Array> {
  const [fonts, drawings, svgImages] = await Promise.all([bundledFonts(), rasterizeDrawings(tree.blocks, theme.font.family), rasterizeSvgImages(tree, theme)]);
  const document = buildDocument(tree, theme, fonts, { drawings, svgImages });
  const labels = tableLabels(tree);
  return reproducible(new Uint8Array(await Packer.toBuffer(document)), tree.meta.date, (xml) => labelTables(xml, labels));
}
