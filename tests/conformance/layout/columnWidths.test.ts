/**
 * Column widths as the PDF shows them (pdftotext -bbox): in no table of the example plan is a column more than twice as
 * wide as its widest content needs while another column of the same table breaks a word or runs a cell past six lines.
 */
import { describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { plainText, type Table } from '../../../src/render/tree/doctree';
import { defaultTheme } from '../../../src/render/templates/theme';
import { textWidth } from '../../../src/fonts/metrics';
import { cellExtent, columnCount } from '../../../src/writers/shared/columnWidths';
import { pdfWords, type PageText } from '../../../scripts/layoutAudit';
import { buildExample, onPath, tablesOf } from '../readers';

/** pdftotext's word box is the font's ascent plus descent: 1.164 em for DejaVu Sans. */
const BOX_EM = 1.164;
const MAX_LINES = 6;

interface ColumnOnPage {
  left: number;
  width: number;
  /** The table's font size, from the header words' boxes. */
  size: number;
}

/** The table's columns where its header and first row are on a page (left edge, width, font size), and its pages. */
function columnsOnPage(pages: readonly PageText[], table: Table): { pages: number[]; columns: ColumnOnPage[] } | undefined {
  const firsts = table.header.map((cell) => plainText(cell).split(/\s+/)[0]);
  const found: { page: number; lefts: number[]; size: number; right: number }[] = [];
  pages.forEach((page, p) => {
    page.words.forEach((word) => {
      if (word.text !== firsts[0]) return;
      const lefts = [word.xMin];
      for (const first of firsts.slice(1)) {
        const next = page.words.find((w) => w.text === first && Math.abs(w.yMin - word.yMin) < 1 && w.xMin > lefts[lefts.length - 1]);
        if (!next) return;
        lefts.push(next.xMin);
      }
      // Tables of one kind share a header: this is the table's when its first row starts below, column by column.
      const firstRow = (table.rows[0] ?? []).map((cell) => plainText(cell).split(/\s+/)[0]);
      const below = (text: string, c: number) => text === '' || page.words.some((w) => w.text === text && Math.abs(w.xMin - lefts[c]) < 1 && w.yMin > word.yMin);
      if (firstRow.every(below)) found.push({ page: p, lefts, size: (word.yMax - word.yMin) / BOX_EM, right: page.width - defaultTheme.margins.right });
    });
  });
  if (found.length === 0) return undefined;
  const { lefts, size, right } = found[0];
  const pad = Math.max(2.5, size * 0.4);
  const edges = [...lefts.map((x) => x - pad), right];
  return { pages: found.map((f) => f.page), columns: lefts.map((_, c) => ({ left: edges[c], width: edges[c + 1] - edges[c], size })) };
}

describe.skipIf(!onPath('pdftotext'))('table column widths in the example PDF', () => {
  it('never leaves a column twice as wide as its content while another breaks words or runs past six lines', async () => {
    const { dir, path, tree } = await buildExample('pdf');
    const pages = await pdfWords(path).finally(() => rm(dir, { recursive: true, force: true }));
    const complaints: string[] = [];
    let measured = 0;
    for (const table of tablesOf(tree)) {
      if (columnCount(table) < 2 || table.header.some((cell) => plainText(cell).trim() === '')) continue;
      const found = columnsOnPage(pages, table);
      if (!found) continue;
      measured++;
      const { columns } = found;
      const tokens = new Set(found.pages.flatMap((p) => pages[p].words.map((w) => w.text)));
      const cells = (c: number) => [table.header[c], ...table.rows.map((row) => row[c] ?? [])];
      const inner = (c: number) => columns[c].width - 2 * Math.max(2.5, columns[c].size * 0.4);
      const widest = (c: number) => Math.max(...cells(c).map((cell, r) => cellExtent(cell, r === 0).max)) * columns[c].size;
      const roomy = columns.findIndex((_, c) => inner(c) > 2 * widest(c) + 1);
      if (roomy < 0) continue;
      columns.forEach((column, c) => {
        const broken = cells(c)
          .flatMap((cell) => plainText(cell).split(/\s+/))
          .filter((word) => word.length > 3 && !/[-–—/]/.test(word) && !tokens.has(word));
        const lines = Math.max(...cells(c).map((cell) => plainText(cell).split('\n').reduce((n, line) => n + Math.ceil(textWidth(line, column.size) / inner(c)), 0)));
        if (broken.length > 0 || lines > MAX_LINES)
          complaints.push(`${plainText(table.header[0])}…: column ${c + 1} (${broken.length} words broken, ${lines} lines) while column ${roomy + 1} is ${inner(roomy).toFixed(0)} pt for ${widest(roomy).toFixed(0)} pt of content`);
      });
    }
    expect(measured).toBeGreaterThan(10);
    expect(complaints).toEqual([]);
  }, 120_000);
});
