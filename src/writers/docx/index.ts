import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import type { DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { buildDocument } from './document';
import { rasterizeSvgImages } from '../shared/raster';
import { drawingsMedia } from './drawing';
import { embeddedFonts } from './fonts';
import { pageGeometry } from './geometry';
import { paginate } from './pagination';
import { reproducible, type PackageFiles } from './reproducible';
import { labelTables, tableLabels } from './tableLabels';

interface PackageCompiler {
  compile(document: Document): PackageFiles;
}

/**
 * The package's files before zipping. docx's Packer zips them (deflating every part), and `reproducible` must read
 * them back to fix them and zip them again; the compiler Packer zips from hands them over unzipped. It is not part of
 * docx's typed API, so where a docx version has none the zipped package is unzipped instead.
 */
export async function packageFiles(document: Document): Promise<PackageFiles> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile === 'function') return compiler.compile(document);
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))));
}

/** The tree as a Word document; the same tree and theme always give the same bytes. */
export async function writeDocx(tree: DocTree, theme: Theme): Promise<Uint8Array> {
  const [drawings, svgImages, fonts] = await Promise.all([
    drawingsMedia(tree.blocks, theme.font.family, pageGeometry(theme, 'portrait')),
    rasterizeSvgImages(tree, theme),
    embeddedFonts(tree, theme),
  ]);
  const pages = paginate(tree, theme);
  const document = buildDocument(tree, theme, { drawings, svgImages }, pages, fonts);
  const labels = tableLabels(tree.titlePage, pages);
  return reproducible(await packageFiles(document), tree.meta.date, (xml) => labelTables(xml, labels));
}
