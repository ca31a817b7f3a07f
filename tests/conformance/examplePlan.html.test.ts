/**
 * The example plan (content/) built as HTML by `buildPlan`, opened in headless Chromium: the DOM it builds
 * (--dump-dom, console messages logged) and the document it prints (--print-to-pdf, read back with poppler).
 */
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, tocEntries, type DocTree } from '../../src/render/tree/doctree';
import {
  allCellTexts,
  buildExample,
  chromium,
  columnCells,
  consoleLines,
  emailsInTables,
  headingBefore,
  headingsOf,
  htmlText,
  linesInOrder,
  onPath,
  pdfDrawnText,
  pdfPages,
  pdfPageSizes,
  tablesOf,
  versionHistoryRows,
  words,
  type PageSize,
} from './readers';

describe.skipIf(!['chromium', 'pdftotext', 'pdfinfo'].every(onPath))('the example plan as HTML', () => {
  let dir = '';
  let tree: DocTree;
  let dom = '';
  let log = '';
  /** The printed document, page by page. */
  let pages: string[] = [];
  let sizes: PageSize[] = [];
  let drawn = '';

  beforeAll(async () => {
    let html = '';
    ({ dir, path: html, tree } = await buildExample('html'));
    const url = pathToFileURL(html).href;
    const pdf = html.replace(/\.html$/, '.printed.pdf');
    const [dumped] = await Promise.all([
      chromium(dir, ['--enable-logging=stderr', '--v=0', '--dump-dom', url]),
      chromium(dir, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url]),
    ]);
    dom = dumped.stdout;
    log = consoleLines(dumped.stderr, url).join('\n');
    [pages, sizes, drawn] = await Promise.all([pdfPages(pdf), pdfPageSizes(pdf), pdfDrawnText(pdf)]);
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  const labels = () => headingsOf(tree).map(headingLabel);

  describe('the DOM Chromium builds', () => {
    const nav = () => /<nav class="toc"[^>]*>[\s\S]*?<\/nav>/.exec(dom)?.[0] ?? '';

    it('lists every level 1-3 heading in the table of contents, in document order', () => {
      const listed = [...nav().matchAll(/<a href="#[^"]*">([\s\S]*?)<\/a>/g)].map((m) => htmlText(m[1]));
      const expected = tocEntries(tree).map(headingLabel);
      expect(expected.length).toBeGreaterThan(60);
      expect(listed).toEqual(expected);
    });

    it('links every entry of the table of contents to the id of its heading', () => {
      const targets = [...nav().matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets).toEqual(tocEntries(tree).map((entry) => entry.id));
      const headingIds = new Map([...dom.matchAll(/<h[1-6] id="([^"]+)"[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => [m[1], htmlText(m[2])]));
      for (const entry of tocEntries(tree)) expect(headingIds.get(entry.id), entry.id).toBe(headingLabel(entry));
    });

    it('has every heading, of every level, in document order', () => {
      const seen = [...dom.matchAll(/<h([1-6]) id="[^"]+"[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => `h${m[1]} ${htmlText(m[2])}`);
      expect(seen).toEqual(headingsOf(tree).map((h) => `h${h.level} ${headingLabel(h)}`));
    });

    it('has every table cell with its text', () => {
      const domCells = new Set([...dom.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/g)].map((m) => htmlText(m[2])));
      const cells = allCellTexts(tree);
      expect(cells.length).toBeGreaterThan(1000);
      expect(cells.filter((cell) => !domCells.has(cell))).toEqual([]);
    });

    it('logs no console message (script error, blocked resource) for the page', () => {
      expect(log).toBe('');
    });
  });

  describe('the printed document', () => {
    /** What reads as a line of its own, in order: the version history, the table of contents, then the body. */
    const printedOrder = () => [labels()[0], tocTitle(), ...tocEntries(tree).map(headingLabel), ...labels().slice(1)];
    const tocTitle = () => tree.blocks.find((b) => b.type === 'toc')?.title ?? '';

    it('prints the table of contents, then every heading, each as a line of its own, in document order', () => {
      const found = linesInOrder(pages, printedOrder());
      expect(printedOrder().filter((_, i) => found[i] === null)).toEqual([]);
    });

    it('prints every table cell whole: no cell text lost or clipped', () => {
      expect(allCellTexts(tree).filter((cell) => !drawn.includes(cell))).toEqual([]);
    });

    it('prints the version history, every e-mail address (broken, if at all, only after a hyphen) and every task id', () => {
      const pageWords = new Set(words(pages.join('\n')));
      expect(versionHistoryRows(tree).map((row) => row[0])).toEqual(['Version #', '0.1', '0.2', '1.0']);
      for (const row of versionHistoryRows(tree)) expect(drawn).toContain(row.join(' '));
      const drawnWords = new Set(words(drawn));
      expect(emailsInTables(tree).filter((email) => !drawnWords.has(email))).toEqual([]);
      const tasks = columnCells(tree, 'Task ID');
      expect(tasks).toHaveLength(16);
      for (const task of tasks) expect(pageWords.has(task), task).toBe(true);
    });

    it('prints the ten-column inventories on landscape pages, each with its heading', () => {
      const inventories = tablesOf(tree).filter((t) => t.header.length === 10);
      expect(inventories).toHaveLength(2);
      const found = linesInOrder(pages, printedOrder());
      for (const table of inventories) {
        const heading = headingBefore(tree, table);
        // The heading's place in the body, past its entry in the table of contents.
        const at = found[printedOrder().lastIndexOf(heading ? headingLabel(heading) : '')];
        const page = at?.[0] ?? 0;
        expect(sizes[page - 1]?.width, `${heading?.text} on page ${page}`).toBeGreaterThan(sizes[page - 1]?.height);
      }
    });
  });
});
