/**
 * `npm run pages`: page images of a plan's documents for a reviewer to look at, and how full each body page is.
 *
 *   npm run pages                 the example plan (content/) into out/pages/
 *   npm run pages -- DIR OUT      another plan folder, images into OUT/pages/
 *
 * For the PDF and for the DOCX as LibreOffice lays it out: the title page, the first page of Points of Contact (a
 * table page), the first page with a Gantt chart and the first landscape page, as PNGs (pdftoppm); for the HTML, the
 * same places as Chromium shows them at 1280 px. `fill.txt` lists every body page's fill: how far down the text area
 * its text reaches, and the pages that end above 70 % while no chapter starts on the next page.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkPlan } from '../src/pipeline/check';
import { buildPlan, renderPlan } from '../src/pipeline/build';
import type { DocTree, Heading } from '../src/render/tree/doctree';
import { loadTemplateSet } from '../src/render/templates/templateSet';
import { auditPdf, fillLines, pdfWords, type Margins } from './layoutAudit';

const run = promisify(execFile);

/** The first page (1-based) whose text holds `needle`, or whose size is landscape. */
async function pickPages(pdf: string): Promise<Record<string, number>> {
  const pages = await pdfWords(pdf);
  const text = pages.map((p) => p.words.map((w) => w.text).join(' '));
  const first = (test: (i: number) => boolean) => {
    const i = pages.findIndex((_, k) => k > 0 && test(k));
    return i < 0 ? undefined : i + 1;
  };
  const picked: Record<string, number | undefined> = {
    title: 1,
    table: first((i) => text[i].includes('Points of Contact') && text[i].includes('@')),
    gantt: first((i) => text[i].includes('Critical path')),
    landscape: first((i) => pages[i].width > pages[i].height),
  };
  return Object.fromEntries(Object.entries(picked).filter((e): e is [string, number] => e[1] !== undefined));
}

async function pagePngs(pdf: string, prefix: string, into: string): Promise<string[]> {
  const written: string[] = [];
  for (const [what, page] of Object.entries(await pickPages(pdf))) {
    const base = join(into, `${prefix}-${what}-p${page}`);
    await run('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
    written.push(`${base}.png`);
  }
  return written;
}

async function htmlShots(html: string, tree: DocTree, into: string, scratch: string): Promise<string[]> {
  const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading');
  const anchor = (text: string) => headings.find((h) => h.text === text)?.id;
  const places: Record<string, string | undefined> = {
    title: '',
    table: anchor('Points of Contact'),
    gantt: anchor('Implementation Schedule'),
    wide: anchor('Hardware'),
  };
  const page = await readFile(html, 'utf8');
  const written: string[] = [];
  for (const [what, id] of Object.entries(places)) {
    if (id === undefined) continue;
    // Headless Chromium does not paint a page scrolled to a fragment, so the copy hides everything before the place
    // instead: an element with a following sibling that is or holds it.
    const hideBefore = id ? `<style>*:has(~ #${id}), *:has(~ * #${id}) { display: none !important; }</style>` : '';
    const copy = join(scratch, `${what}.html`);
    await writeFile(copy, page.replace('</head>', `${hideBefore}</head>`));
    const shot = join(into, `html-${what}.png`);
    const profile = await mkdtemp(join(scratch, 'chromium-'));
    await run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${profile}`, '--window-size=1280,1000', `--screenshot=${shot}`, pathToFileURL(copy).href], { timeout: 90_000 });
    written.push(shot);
  }
  return written;
}

async function main(): Promise<void> {
  const [dirArg = 'content', outArg = 'out'] = process.argv.slice(2);
  const dir = resolve(dirArg);
  const out = resolve(outArg);
  const into = join(out, 'pages');
  const built = await buildPlan(dir, { formats: ['docx', 'pdf', 'html'], outDir: out });
  if (!built.ok) throw new Error(`${dirArg} did not build: run \`plansmith build ${dirArg}\` for its diagnostics`);
  const checked = await checkPlan(dir);
  const { tree } = checked.plan ? await renderPlan(dir, checked.plan) : {};
  if (!tree) throw new Error(`${dirArg} did not render`);
  // The audit reads the body between the theme's top and bottom margins.
  const { set } = await loadTemplateSet(dir);
  const margins: Margins = set?.theme.margins ?? { top: 72, bottom: 72 };
  const path = (ext: string) => built.written.find((w) => w.path.endsWith(ext))!.path;

  await rm(into, { recursive: true, force: true });
  await mkdir(into, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'plansmith-pages-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(join(scratch, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, path('.docx')], { timeout: 180_000 });
    const docxPdf = join(scratch, path('.docx').split('/').pop()!.replace(/\.docx$/, '.pdf'));
    const images = [
      ...(await pagePngs(path('.pdf'), 'pdf', into)),
      ...(await pagePngs(docxPdf, 'docx', into)),
      ...(await htmlShots(path('.html'), tree, into, scratch)),
    ];
    const report = async (label: string, pdf: string) => fillLines(label, await auditPdf(pdf, tree, margins));
    const pdfReport = await report('PDF', path('.pdf'));
    const docxReport = await report('DOCX (LibreOffice)', docxPdf);
    await writeFile(join(into, 'fill.txt'), [...pdfReport, '', ...docxReport, ''].join('\n'));
    for (const image of images) console.log(image);
    console.log(pdfReport[0]);
    console.log(docxReport[0]);
    console.log(`page fill per page: ${join(into, 'fill.txt')}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
