/**
 * The example plan (content/) built as PDF by `buildPlan`, read back by qpdf and poppler: structure, fonts, metadata,
 * the table of contents against the pages the headings really are on, and every table cell, whole.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, tocEntries, type DocTree } from '../../src/render/tree/doctree';
import {
  allCellTexts,
  BIG_OUTPUT,
  buildExample,
  cellText,
  cellsNotShown,
  columnCells,
  emailsInTables,
  escapeRegExp,
  headingBefore,
  headingsOf,
  lastBodyLine,
  linesInOrder,
  onPath,
  pagesWithLine,
  pdfDrawnPages,
  pdfDrawnText,
  pdfPages,
  pdfPageSizes,
  run,
  runInLabels,
  tablesOf,
  tocLines,
  versionHistoryRows,
  words,
  type PageSize,
} from './readers';

describe.skipIf(!['qpdf', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdfimages'].every(onPath))('the example plan as PDF', () => {
  let dir = '';
  let pdf = '';
  let tree: DocTree;
  let pages: string[] = [];
  let sizes: PageSize[] = [];
  let drawn = '';

  beforeAll(async () => {
    ({ dir, path: pdf, tree } = await buildExample('pdf'));
    [pages, sizes, drawn] = await Promise.all([pdfPages(pdf), pdfPageSizes(pdf), pdfDrawnText(pdf)]);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const labels = () => headingsOf(tree).map(headingLabel);
  const isLandscape = (page: number) => sizes[page - 1].width > sizes[page - 1].height;

  it('passes qpdf --check', async () => {
    const { stdout, stderr } = await run('qpdf', ['--check', pdf]);
    expect(stderr).toBe('');
    expect(stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds every font it uses', async () => {
    const { stdout } = await run('pdffonts', [pdf]);
    const rows = stdout.split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns after the name and type: encoding, emb, sub, uni, object id, generation.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  });

  it('carries the plan title and author in its metadata', async () => {
    const { stdout } = await run('pdfinfo', [pdf]);
    expect(stdout).toMatch(new RegExp(`^Title:\\s+${tree.meta.title}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Author:\\s+${tree.meta.author}$`, 'm'));
    expect(tree.meta.title).toBe('Implementation Management Plan: Insight Analytics Modernization Project');
  });

  it('lists every level 1-3 heading in the table of contents, in document order', () => {
    const expected = tocEntries(tree).map(headingLabel);
    expect(expected.length).toBeGreaterThan(60);
    expect(tocLines(pages).map((line) => line.label)).toEqual(expected);
  });

  it('prints, for every entry of the table of contents, the page its heading is on', () => {
    for (const line of tocLines(pages)) expect(pagesWithLine(pages, line.label), line.label).toEqual([line.page]);
  });

  it('has a bookmark outline of every heading in its hierarchy, each opening the page its heading is on (as qpdf reads it)', async () => {
    const { stdout } = await run('qpdf', ['--json=2', '--json-key=outlines', pdf], { maxBuffer: BIG_OUTPUT });
    interface Outline { title: string; destpageposfrom1: number; kids: Outline[] }
    const flat = (items: Outline[], level: number): [number, string, number][] =>
      items.flatMap((o) => [[level, o.title, o.destpageposfrom1] as [number, string, number], ...flat(o.kids, level + 1)]);
    const outline = flat((JSON.parse(stdout) as { outlines: Outline[] }).outlines, 1);
    expect(outline.map(([level, title]) => [level, title])).toEqual(headingsOf(tree).map((h) => [h.level, headingLabel(h)]));
    for (const [, title, page] of outline) expect(pagesWithLine(pages, title), title).toContain(page);
  });

  it('makes every entry of the table of contents a link into the document', async () => {
    const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', '--json-key=pages', pdf], { maxBuffer: BIG_OUTPUT });
    const json = JSON.parse(stdout) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>]; pages: { object: string }[] };
    const objects = json.qpdf[1];
    const value = (ref: unknown) => objects[`obj:${String(ref)}`]?.value ?? {};
    const tocPages = [...new Set(tocLines(pages).map((line) => pages.findIndex((text) => text.includes(`${line.label} .`))))];
    const internalLinks = tocPages.flatMap((index) =>
      ((value(json.pages[index].object)['/Annots'] as string[] | undefined) ?? [])
        .map(value)
        .filter((annot) => annot['/Subtype'] === '/Link' && value(annot['/A'])['/S'] === '/GoTo'),
    );
    expect(internalLinks).toHaveLength(tocEntries(tree).length);
  });

  it('sets every heading, of every level, as a line of its own in document order', () => {
    const found = linesInOrder(pages, labels());
    expect(labels().filter((_, i) => found[i] === null)).toEqual([]);
  });

  it('never ends a page with a heading or a run-in label', () => {
    const keepWithNext = new Set([...labels(), ...runInLabels(tree)]);
    expect(keepWithNext).toContain('Data requiring special handling');
    const endings = pages.map(lastBodyLine);
    expect(endings.flatMap((line, i) => (keepWithNext.has(line) ? [`page ${i + 1}: ${line}`] : []))).toEqual([]);
  });

  it('draws every table cell whole: no cell text lost, clipped or broken into pieces but where a tall row goes on to the next page', async () => {
    const cells = allCellTexts(tree);
    expect(cells.length).toBeGreaterThan(1000);
    expect(cellsNotShown(cells, drawn, await pdfDrawnPages(pdf))).toEqual([]);
  });

  it('shows the version history, every e-mail address, every task id and every inventory id', () => {
    const text = pages.join('\n');
    const pageWords = new Set(words(text));
    const history = versionHistoryRows(tree);
    expect(history.map((row) => [row[0], row[2]])).toEqual([['Version #', 'Author'], ['0.1', 'Ana Núñez'], ['0.2', 'Ana Núñez'], ['1.0', 'Ana Núñez']]);
    for (const [version, date, author] of history.slice(1)) {
      expect(text).toMatch(new RegExp(`^\\s*${escapeRegExp(version)}\\s+${escapeRegExp(date)}\\s+${escapeRegExp(author)}\\s`, 'm'));
    }
    const emails = emailsInTables(tree);
    expect(emails).toContain('ana.nunez@dco.example.gov');
    expect(emails).toContain('kevin.obrien@brightline.example.com');
    for (const email of emails) expect(pageWords.has(email), email).toBe(true);
    const tasks = columnCells(tree, 'Task ID');
    expect(tasks).toEqual(Array.from({ length: 16 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
    for (const task of tasks) expect(pageWords.has(task), task).toBe(true);
    const ids = columnCells(tree, 'Name / ID');
    expect(ids).toContain('IAP-IR-01');
    expect(ids).toContain('Microsoft Entra ID P2');
    for (const id of ids) expect(drawn, id).toContain(id);
  });

  it('sets the ten-column inventories, and only them, on landscape pages, each with the heading and text introducing it', () => {
    const inventories = tablesOf(tree).filter((t) => t.header.length === 10);
    expect(inventories).toHaveLength(2);
    for (const table of inventories) {
      const heading = headingBefore(tree, table);
      const [page] = pagesWithLine(pages, heading ? headingLabel(heading) : '');
      expect(isLandscape(page), `${heading?.text} on page ${page}`).toBe(true);
      expect(pages[page - 1]).toContain(cellText(table.rows[0][5]));
    }
    // Each inventory page repeats the header row, whose first cell is "Name / ID".
    const inventoryPages = pages.flatMap((text, i) => (text.includes('Name / ID') ? [i + 1] : []));
    expect(sizes.flatMap((_, i) => (isLandscape(i + 1) ? [i + 1] : []))).toEqual(inventoryPages);
  });

  it('sets the title page logo at the width plan.yaml gives it: 25 % of the 6.5 in text width', async () => {
    const { stdout } = await run('pdfimages', ['-list', '-f', '1', '-l', '1', pdf]);
    const [logo] = stdout.split('\n').slice(2).filter(Boolean).map((row) => row.trim().split(/\s+/));
    const [width, xPpi] = [Number(logo[3]), Number(logo[12])];
    // Inches across: pixels over pixels per inch (pdfimages rounds the ppi).
    expect(width / xPpi).toBeCloseTo(1.625, 1);
  });
});
