import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlan } from '../src/pipeline/check';
import { renderPlan } from '../src/pipeline/build';
import { buildDocument } from '../src/writers/docx/document';
import { drawingsMedia } from '../src/writers/docx/drawing';
import { embeddedFonts } from '../src/writers/docx/fonts';
import { pageGeometry } from '../src/writers/docx/geometry';
import { packageFiles } from '../src/writers/docx/index';
import { paginate } from '../src/writers/docx/pagination';
import { reproducible } from '../src/writers/docx/reproducible';
import { labelTables, tableLabels } from '../src/writers/docx/tableLabels';
import { rasterizeSvgImages } from '../src/writers/shared/raster';
import { writePlanFolder } from './generate';

/**
 * Where a DOCX build's time goes, stage by stage, in one process: the evidence for deciding what to do about the docx
 * package. Each stage is timed once per scale after a warm-up build at N=1; RSS is read after each stage.
 *
 *   tsx bench/docxStages.ts [--scales 1,10,50,200]
 */
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,50,200' } } });
const scales = values.scales!.split(',').map(Number);

async function stages(planDir: string): Promise<[string, number, number][]> {
  const times: [string, number, number][] = [];
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const value = await run();
    times.push([name, performance.now() - start, process.memoryUsage().rss / 2 ** 20]);
    return value;
  };
  const checked = await step('load and check', () => checkPlan(planDir));
  const rendered = await step('templates, Markdown, document tree', () => renderPlan(planDir, checked.plan!, { derived: checked.derived }));
  const tree = rendered.tree!;
  const theme = rendered.theme!;
  const [drawings, svgImages] = await step('drawings and SVG images as PNG fallbacks', () =>
    Promise.all([drawingsMedia(tree.blocks, theme.font.family, pageGeometry(theme, 'portrait')), rasterizeSvgImages(tree, theme)]),
  );
  const fonts = await step('fonts subset for embedding', () => embeddedFonts(tree, theme));
  const pages = await step('page model (two passes)', () => paginate(tree, theme));
  const document = await step('docx objects (buildDocument)', () => buildDocument(tree, theme, { drawings, svgImages }, pages, fonts));
  const files = await step('docx XML (compile)', () => packageFiles(document));
  await step('table labels, fixes and zip', () => reproducible(files, tree.meta.date, (xml) => labelTables(xml, tableLabels(tree.titlePage, pages))));
  return times;
}

const work = await mkdtemp(join(tmpdir(), 'plansmith-docx-stages-'));
try {
  const warmUp = join(work, 'warm-up');
  await writePlanFolder(warmUp, 1);
  await stages(warmUp);
  for (const scale of scales) {
    const planDir = join(work, `plan-${scale}`);
    await writePlanFolder(planDir, scale);
    const times = await stages(planDir);
    const total = times.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`\nN=${scale}: ${(total / 1000).toFixed(2)} s in all`);
    console.log('| Stage | ms | share | RSS after (MiB) |\n|---|---:|---:|---:|');
    for (const [name, ms, rss] of times) console.log(`| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(0)} % | ${rss.toFixed(0)} |`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
