/**
 * The example plan (content/) built as DOCX by `buildPlan`, read by two independent readers: LibreOffice lays it out
 * (converted to PDF once, read back with poppler) and pandoc parses it. Headings, the table of contents and every
 * table cell must come through both.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, tocEntries, type DocTree } from '../../src/render/tree/doctree';
import {
  allCellTexts,
  buildExample,
  cellsNotShown,
  cellText,
  columnCells,
  elements,
  emailsInTables,
  escapeRegExp,
  headingBefore,
  headingsOf,
  lastBodyLine,
  libreOfficePdf,
  linesInOrder,
  onPath,
  pagesWithLine,
  pandocAst,
  pdfDrawnPages,
  pdfDrawnText,
  pdfPages,
  pdfPageSizes,
  runInLabels,
  stringify,
  tableRows,
  tablesOf,
  tocLines,
  versionHistoryRows,
  words,
  type PageSize,
} from './readers';

describe.skipIf(!['soffice', 'pdftotext', 'pdfinfo', 'pandoc'].every(onPath))('the example plan as DOCX', () => {
  let dir = '';
  let tree: DocTree;
  /** LibreOffice's layout, page by page. */
  let pages: string[] = [];
  let sizes: PageSize[] = [];
  let drawn = '';
  let drawnPages: string[] = [];
  let ast: { blocks: unknown[] } = { blocks: [] };

  beforeAll(async () => {
    let docx = '';
    ({ dir, path: docx, tree } = await buildExample('docx'));
    const [pdf, read] = await Promise.all([libreOfficePdf(docx, dir), pandocAst(docx)]);
    ast = read;
    [pages, sizes, drawn, drawnPages] = await Promise.all([pdfPages(pdf), pdfPageSizes(pdf), pdfDrawnText(pdf), pdfDrawnPages(pdf)]);
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const labels = () => headingsOf(tree).map(headingLabel);
  const isLandscape = (page: number) => sizes[page - 1].width > sizes[page - 1].height;

  describe('laid out by LibreOffice', () => {
    it('shows the table of contents filled in: every level 1-3 heading, in document order', () => {
      const expected = tocEntries(tree).map(headingLabel);
      expect(expected.length).toBeGreaterThan(60);
      expect(tocLines(pages).map((line) => line.label)).toEqual(expected);
    });

    it('gives every entry of the table of contents the page its heading is on', () => {
      const wrong = tocLines(pages).filter((line) => pagesWithLine(pages, line.label).join() !== String(line.page));
      expect(wrong.map((line) => `${line.label}: listed ${line.page}, found on ${pagesWithLine(pages, line.label).join()}`)).toEqual([]);
    });

    it('shows every heading, of every level, as a line of its own in document order', () => {
      const found = linesInOrder(pages, labels());
      expect(labels().filter((_, i) => found[i] === null)).toEqual([]);
    });

    it('never ends a page with a heading or a run-in label', () => {
      const keepWithNext = new Set([...labels(), ...runInLabels(tree)]);
      const endings = pages.map(lastBodyLine);
      expect(endings.flatMap((line, i) => (keepWithNext.has(line) ? [`page ${i + 1}: ${line}`] : []))).toEqual([]);
    });

    it('shows every table cell whole: no cell text lost or clipped, no word broken but after a hyphen or where a tall row goes on to the next page', () => {
      const cells = allCellTexts(tree);
      expect(cells.length).toBeGreaterThan(1000);
      expect(cellsNotShown(cells, drawn, drawnPages)).toEqual([]);
    });

    it('shows the version history, every e-mail address unbroken and every task id', () => {
      const text = pages.join('\n');
      const pageWords = new Set(words(text));
      const history = versionHistoryRows(tree);
      expect(history.map((row) => row[0])).toEqual(['Version #', '0.1', '0.2', '1.0']);
      for (const [version, date, author] of history.slice(1)) {
        expect(text).toMatch(new RegExp(`^\\s*${escapeRegExp(version)}\\s+${escapeRegExp(date)}\\s+${escapeRegExp(author)}\\s`, 'm'));
      }
      const emails = emailsInTables(tree);
      expect(emails.length).toBeGreaterThan(15);
      expect(emails.filter((email) => !pageWords.has(email))).toEqual([]);
      const tasks = columnCells(tree, 'Task ID');
      expect(tasks).toEqual(Array.from({ length: 16 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
      for (const task of tasks) expect(pageWords.has(task), task).toBe(true);
    });

    it('sets the ten-column inventories, and only them, on landscape pages, each with the heading and text introducing it', () => {
      const inventories = tablesOf(tree).filter((t) => t.header.length === 10);
      expect(inventories).toHaveLength(2);
      for (const table of inventories) {
        const heading = headingBefore(tree, table);
        const [page] = pagesWithLine(pages, heading ? headingLabel(heading) : '');
        expect(isLandscape(page), `${heading?.text} on page ${page}`).toBe(true);
        expect(pages[page - 1]).toContain(cellText(table.rows[0][0]).split(' ')[0]);
      }
      const inventoryPages = pages.flatMap((text, i) => (text.includes('Name / ID') ? [i + 1] : []));
      expect(sizes.flatMap((_, i) => (isLandscape(i + 1) ? [i + 1] : []))).toEqual(inventoryPages);
    });
  });

  describe('read by pandoc', () => {
    it('reads every heading, and nothing else, as a Header of its level', () => {
      const read = elements(ast.blocks)
        .filter((e) => e.t === 'Header')
        .map((e) => {
          const [level, , inlines] = e.c as [number, unknown, unknown];
          return `h${level} ${stringify(inlines)}`;
        });
      expect(read).toEqual(headingsOf(tree).map((h) => `h${h.level} ${headingLabel(h)}`));
    });

    it('reads the version history as a table: versions 0.1, 0.2 and 1.0 with their dates, authors and changes', () => {
      const tables = elements(ast.blocks).filter((e) => e.t === 'Table').map(tableRows);
      const history = versionHistoryRows(tree);
      expect(history.slice(1).map((row) => [row[0], row[2]])).toEqual([
        ['0.1', 'Ana Núñez'],
        ['0.2', 'Ana Núñez'],
        ['1.0', 'Ana Núñez'],
      ]);
      expect(tables).toContainEqual(history);
    });

    it('reads the title-page logo 1.625 in wide: the 25 % of the 6.5 in text width plan.yaml gives it', () => {
      const [logo] = elements(ast.blocks).filter((e) => e.t === 'Image');
      const [[, , attributes]] = logo.c as [[string, string[], [string, string][]]];
      expect(Object.fromEntries(attributes).width).toBe('1.625in');
    });

    it('reads every table of the plan with every cell', () => {
      const read = elements(ast.blocks).filter((e) => e.t === 'Table').map(tableRows);
      const expected = tablesOf(tree).map((table) => [table.header, ...table.rows].map((row) => row.map(cellText)));
      // The title page's approvals table comes first; the plan's tables follow in order. A table split around a figure
      // that floats reads as parts under the same header, joined here (read from the end, where the plan's tables are).
      const joined: string[][][] = [];
      let r = read.length - 1;
      for (let e = expected.length - 1; e >= 0 && r >= 0; e--) {
        let table = read[r--];
        while (table.length < expected[e].length && r >= 0 && JSON.stringify(read[r][0]) === JSON.stringify(table[0])) table = [...read[r--], ...table.slice(1)];
        joined.unshift(table);
      }
      expect(joined).toEqual(expected);
    });
  });
});
