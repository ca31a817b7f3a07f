/**
 * The DOCX writer's output as LibreOffice lays it out: soffice converts it to PDF (without updating any field, so the
 * table of contents and page counts are the ones the writer cached), and pdftotext reads each page back.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, plainText, tocEntries, type Heading, type Table } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx';
import { sampleTree } from '../fixtures/sampleTree';
import { escapeRegExp as escape, libreOfficePdf, onPath, pdfPages, pdfPageSizes } from './readers';
import { scratchDir } from '../fixtures/scratch';

describe.skipIf(!onPath('soffice') || !onPath('pdftotext') || !onPath('pdfinfo'))('DOCX output in LibreOffice', () => {
  const tree = sampleTree();
  const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading');
  let dir = '';
  /** Text of each page, laid out as on the page; index 0 is page 1. */
  let pages: string[] = [];
  let landscapePages: number[] = [];

  beforeAll(async () => {
    dir = await scratchDir('docx-lo');
    const docxPath = join(dir, 'plan.docx');
    await writeFile(docxPath, await writeDocx(tree, defaultTheme));
    const pdfPath = await libreOfficePdf(docxPath, dir);
    const sizes = await pdfPageSizes(pdfPath);
    landscapePages = sizes.flatMap((size, i) => (size.width > size.height ? [i + 1] : []));
    pages = await pdfPages(pdfPath);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const all = () => pages.join('\n');
  /** A page's text with runs of whitespace as single spaces, for text that wraps. */
  const flat = (page: string) => page.replace(/\s+/g, ' ');
  /** Pages (1-based) on which a line starts with the text, beyond the table of contents page. */
  const pagesStartingLine = (text: string, except: number[] = []) =>
    pages.flatMap((page, i) => (!except.includes(i + 1) && new RegExp(`^\\s*${escape(text)}\\s*$`, 'm').test(page) ? [i + 1] : []));

  it('shows the title page without running header or footer', () => {
    expect(flat(pages[0])).toContain('Implementation Management Plan Analytix Platform Release 2.4');
    expect(pages[0]).toContain('Prepared by: Ana Núñez, Project Manager');
    expect(pages[0]).toContain('Rosa Delgado');
    expect(pages[0]).not.toMatch(/Page \d+ of \d+/);
    expect(pages[0]).not.toContain(tree.furniture.footerLeft);
  });

  it('shows the table of contents filled in, each entry with its number and page', () => {
    const tocPage = pages.findIndex((p) => p.includes('Table of Contents'));
    expect(tocPage).toBeGreaterThanOrEqual(0);
    for (const entry of tocEntries(tree)) {
      expect(pages[tocPage]).toMatch(new RegExp(`${escape(headingLabel(entry))}\\s*\\.{3,}\\s*\\d+`));
    }
  });

  it('gives every entry the page its heading is really on', () => {
    const tocPage = pages.findIndex((p) => p.includes('Table of Contents')) + 1;
    for (const entry of tocEntries(tree)) {
      const label = headingLabel(entry);
      const listed = Number(new RegExp(`${escape(label)}\\s*\\.{3,}\\s*(\\d+)`).exec(pages[tocPage - 1])?.[1]);
      expect(pagesStartingLine(label, [tocPage]), label).toEqual([listed]);
    }
  });

  it('shows every heading', () => {
    for (const heading of headings) expect(all()).toContain(headingLabel(heading));
  });

  it('shows all 200 rows of the long table', () => {
    const text = all();
    for (let i = 1; i <= 200; i++) expect(text).toMatch(new RegExp(`(^|\\s)T${i}\\s`));
  });

  it('shows the version history', () => {
    const history = tree.blocks.find((b): b is Table => b.type === 'table');
    const text = all();
    for (const row of [history?.header ?? [], ...(history?.rows ?? [])]) {
      for (const cell of row) for (const run of cell) if (run.type === 'text') expect(text).toContain(run.text);
    }
  });

  it('repeats the long table header row on every page the table runs over', () => {
    const tablePages = pages.flatMap((page, i) => (/^\s*T1\d\d\s/m.test(page) ? [i + 1] : []));
    expect(tablePages.length).toBeGreaterThan(1);
    // The header cells may wrap ("Task / ID"), so its first line reads "Task  Task  Planned  Planned" or the whole row.
    for (const n of tablePages) expect(pages[n - 1], `page ${n}`).toMatch(/^\s*Task(\s+ID)?\s+Task\s+Planned(\s+Start)?\s+Planned(\s+Finish)?\s*$/m);
  });

  it('sets the wide table on a landscape page, and only it', () => {
    const hardware = pages.findIndex((p) => p.includes('PL_PRDWEB#01')) + 1;
    expect(landscapePages).toEqual([hardware]);
    const hardwareTable = tree.blocks.filter((b): b is Table => b.type === 'table').find((t) => t.header.length >= defaultTheme.landscapeColumns);
    const words = (hardwareTable?.header ?? []).flatMap((cell) => plainText(cell).split(/\s+/));
    expect(words.length).toBe(20);
    for (const word of words) expect(pages[hardware - 1]).toContain(word);
  });

  it('runs the header and a "Page X of Y" footer on the pages after the title page', () => {
    const total = pages.length;
    expect(pages[1]).toMatch(new RegExp(`Page 2 of ${total}\\b`));
    for (const [i, page] of pages.entries()) {
      if (i === 0) continue;
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`);
      expect(page, `page ${i + 1}`).toContain('Department of Consumer Outreach');
      expect(page, `page ${i + 1}`).toContain('INTERNAL USE ONLY');
    }
  });

  it('keeps Unicode names intact', () => {
    expect(all()).toContain('Zoë Ångström, Łukasz Żółć, Nguyễn Thị Minh, Đặng, Ærø');
    expect(all()).toContain('Søren Østergaard');
  });
});
