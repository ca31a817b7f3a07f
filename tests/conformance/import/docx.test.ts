/**
 * DOCX import with real writers of Word files: plansmith's own DOCX of the example plan (read back with mammoth),
 * and DOCX files pandoc writes from Markdown (the example as plansmith's templates render it, and the roadmap seed).
 * Each is read by the import as any team's Word file would be, and rebuilt from the imported folder.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePandocInput } from '../../../bench/pandocInput';
import { importPlan } from '../../../src/import';
import { checkPlan } from '../../../src/pipeline/check';
import { scratchDir } from '../../fixtures/scratch';
import { buildPlan } from '../../../src/pipeline/build';
import { BIG_OUTPUT, buildExample, EXAMPLE_PLAN, onPath, run } from '../readers';
import { sectionTexts, TITLE_PAGE } from './sectionTexts';

const ROADMAP = new URL('../../fixtures/seeds/roadmap-plan.txt', import.meta.url).pathname;
const options = { date: '2026-12-07', weekOne: '2027-01-04' };
/** As `plansmith import` runs without --start: week 1 is the Monday of the import; the document's dates set the start. */
const noStart = { date: '2026-12-07', weekOne: '2026-12-07' };

/** The example's section files (content/*.yaml, *.md): each must come back as a file of the imported folder. */
async function sectionFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /\.(ya?ml|md)$/.test(f) && f !== 'README.md').map((f) => f.replace(/\.(ya?ml|md)$/, '')).sort();
}

/** Every heading of the original (with text under it or not), and the imported plan's text under each. */
async function compareSections(imported: string): Promise<{ headings: string[]; original: Map<string, string>; rebuilt: Map<string, string> }> {
  const [original, rebuilt] = await Promise.all([sectionTexts(EXAMPLE_PLAN), sectionTexts(imported)]);
  return { headings: [...original.keys()], original, rebuilt };
}

describe('import of the DOCX plansmith builds from the example plan', () => {
  let plan = '';
  let docx = '';

  beforeAll(async () => {
    const dir = await scratchDir('import-docx');
    const built = await buildPlan(EXAMPLE_PLAN, { formats: ['docx'], outDir: join(dir, 'original') });
    docx = built.written[0].path;
    plan = join(dir, 'plan');
    await importPlan(docx, plan, noStart);
  }, 180_000);

  it('gives every section file of the example, and check --strict finds nothing: no error, no warning', async () => {
    const imported = await sectionFiles(plan);
    for (const file of await sectionFiles(EXAMPLE_PLAN)) expect(imported).toContain(file);
    const check = await checkPlan(plan, { strict: true });
    expect(check.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}: ${d.message}`)).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('rebuilds every section with the text of the original, section by section, and the same title page', async () => {
    const { headings, original, rebuilt } = await compareSections(plan);
    expect(headings.filter((h) => original.get(h)).length).toBeGreaterThan(80);
    expect(headings).toContain(TITLE_PAGE);
    for (const heading of headings) expect(rebuilt.get(heading), heading).toBe(original.get(heading));
    expect([...rebuilt.keys()]).toEqual([...original.keys()]);
  }, 120_000);

  it.skipIf(!onPath('pandoc'))('builds a DOCX whose text, as pandoc reads it, is the original DOCX\'s', async () => {
    const rebuilt = await buildPlan(plan, { formats: ['docx'], outDir: join(plan, 'out') });
    const text = async (path: string) => (await run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], { maxBuffer: BIG_OUTPUT })).stdout;
    const [before, after] = await Promise.all([text(docx), text(rebuilt.written[0].path)]);
    expect(after.length).toBeGreaterThan(50_000);
    expect(after).toBe(before);
  }, 180_000);

  it('writes the pictures the content names (the logo, the system diagram) and not the Gantt charts it draws again', async () => {
    const assets = await readdir(join(plan, 'assets'));
    expect(assets).toHaveLength(2);
  });
});

/**
 * pandoc drops the `<br>` line breaks of table cells, so lines of a cell run together ("processor32 GB memory");
 * the Markdown carries no title page or version history. Text is compared without white space, and these differ:
 */
const PANDOC_DIFFERS: Record<string, string> = {
  'Version History': 'the Markdown has no version history: the import writes its own version 0.1',
  'Business Logic Layer': 'a configuration cell whose lines pandoc ran together is one line, read as a list at its commas: the commas are gone',
};

describe.skipIf(!onPath('pandoc'))('import of a DOCX pandoc writes from the Markdown of the example', () => {
  let plan = '';

  beforeAll(async () => {
    const dir = await scratchDir('import-pandoc-example');
    await writePandocInput(EXAMPLE_PLAN, join(dir, 'plan.md'));
    // The charts' paths are relative to the plan folder, as the benchmark runs pandoc.
    await run('pandoc', ['--from', 'gfm', join(dir, 'plan.md'), '--output', join(dir, 'plan.docx')], { cwd: EXAMPLE_PLAN, timeout: 60_000 });
    plan = join(dir, 'plan');
    await importPlan(join(dir, 'plan.docx'), plan, noStart);
  }, 180_000);

  it('gives every section file of the example, and check finds no error', async () => {
    const imported = await sectionFiles(plan);
    for (const file of await sectionFiles(EXAMPLE_PLAN)) expect(imported).toContain(file);
    const check = await checkPlan(plan);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('rebuilds every heading of the original, with its text as far as the Markdown carries it', async () => {
    const { headings, original, rebuilt } = await compareSections(plan);
    const bare = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');
    const body = headings.filter((h) => h !== TITLE_PAGE);
    for (const heading of body) expect(rebuilt.has(heading), heading).toBe(true);
    const same = body.filter((h) => bare(rebuilt.get(h)) === bare(original.get(h)));
    expect(body.filter((h) => !same.includes(h))).toEqual(Object.keys(PANDOC_DIFFERS));
    // Nothing of the words is lost where the text differs: the original's letters and digits are all there.
    const letters = (text: string | undefined) => (text ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    expect(letters(rebuilt.get('Business Logic Layer'))).toBe(letters(original.get('Business Logic Layer')));
  }, 120_000);
});

/**
 * pandoc's HTML reader gives the title page as lines of labels and values under a title of its own, so the title
 * page is not read; the system diagram is an SVG, which pandoc leaves out without rsvg-convert, so its caption
 * comes back as text.
 */
const PANDOC_HTML_DIFFERS = [TITLE_PAGE, 'System Organization'];

describe.skipIf(!onPath('pandoc'))('import of a DOCX pandoc writes from plansmith\'s HTML of the example', () => {
  it('gives every section file, check finds no error, and the text of every section but the title page and the diagram', async () => {
    const html = await buildExample('html');
    const dir = await scratchDir('import-pandoc-html');
    try {
      await run('pandoc', [html.path, '--output', join(dir, 'plan.docx')], { cwd: html.dir, timeout: 60_000 });
    } finally {
      await rm(html.dir, { recursive: true, force: true });
    }
    const plan = join(dir, 'plan');
    await importPlan(join(dir, 'plan.docx'), plan, noStart);
    const imported = await sectionFiles(plan);
    for (const file of await sectionFiles(EXAMPLE_PLAN)) expect(imported).toContain(file);
    expect((await checkPlan(plan)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { headings, original, rebuilt } = await compareSections(plan);
    const differ = headings.filter((h) => rebuilt.get(h) !== original.get(h));
    for (const heading of differ) expect(PANDOC_HTML_DIFFERS, heading).toContain(heading);
  }, 180_000);
});

describe.skipIf(!onPath('pandoc'))('import of a DOCX pandoc writes from the roadmap seed', () => {
  it('reads headings, lists and tables as the text import does: the same inconsistencies are found', async () => {
    const tmp = await scratchDir('import-pandoc-roadmap');
    await run('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', join(tmp, 'roadmap.docx'), ROADMAP], { timeout: 60_000 });
    await importPlan(join(tmp, 'roadmap.docx'), join(tmp, 'from-docx'), options);
    await importPlan(ROADMAP, join(tmp, 'from-text'), options);
    const found = async (dir: string) =>
      (await checkPlan(dir)).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}: ${d.message}`).sort();
    const [fromDocx, fromText] = await Promise.all([found(join(tmp, 'from-docx')), found(join(tmp, 'from-text'))]);
    expect(fromDocx).toContain('budget.yaml total-mismatch: the grand total is 450,000 USD, but the amounts add up to 455,000 USD');
    expect(fromDocx).toEqual(fromText);
  }, 120_000);
});
