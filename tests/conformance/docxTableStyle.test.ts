/**
 * Tables take their borders and header fill from the DOCX's table style, not from their cells, so this checks that
 * LibreOffice applies the style: poppler renders the page LibreOffice lays out, and the theme's border colour must draw
 * the table's grid and its header fill the header row, and only that row.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, DocTree, Table } from '../../src/render/tree/doctree';
import { themeSchema } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx';
import { sampleTree } from '../fixtures/sampleTree';
import { libreOfficePdf, onPath, run } from './readers';
import { scratchDir } from '../fixtures/scratch';

type Rgb = [number, number, number];

/** Colours no other part of the sample page is drawn in, so each pixel of them is the table's. */
const BORDER: Rgb = [0x10, 0x30, 0xc0];
const HEADER_FILL: Rgb = [0x30, 0xd0, 0x50];
const hexOf = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

const cell = (text: string): Cell => [{ type: 'text', text }];
const table: Table = {
  type: 'table',
  header: ['Site', 'Owner', 'Go-live'].map(cell),
  rows: [['Sacramento', 'Rosa Delgado', '2027-01-04'], ['Fresno', 'Marcus Chen', '2027-02-01'], ['Los Angeles', 'Priya Raman', '2027-03-01']].map((r) => r.map(cell)),
  align: [null, null, null],
};

interface Page {
  width: number;
  height: number;
  is: (x: number, y: number, rgb: Rgb) => boolean;
}

/** One page as poppler renders it without anti-aliasing, so lines and fills keep their exact colour (PPM: a text header, then RGB). */
async function renderedPage(pdfPath: string, page: number, dir: string): Promise<Page> {
  const out = join(dir, `page-${page}`);
  await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-aa', 'no', '-aaVector', 'no', '-singlefile', pdfPath, out]);
  const ppm = await readFile(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm wrote no PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const at = (x: number, y: number) => header[0].length + (y * width + x) * 3;
  const is = (x: number, y: number, rgb: Rgb) => rgb.every((c, i) => Math.abs(ppm[at(x, y) + i] - c) <= 8);
  return { width, height, is };
}

/** Runs of neighbouring indices, each as [first, last]: a line a few pixels thick counts once. */
function runs(indices: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const i of indices) {
    const last = result[result.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else result.push([i, i]);
  }
  return result;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const count = (indices: number[], test: (i: number) => boolean) => indices.filter(test).length;

describe.skipIf(!['pdftoppm', 'soffice'].every(onPath))('DOCX tables in LibreOffice', () => {
  let dir = '';
  let page: Page;

  beforeAll(async () => {
    dir = await scratchDir('docx-tblstyle');
    const sample = sampleTree({ rows: 1 });
    // The body is the one table, on page 2; the title page goes without its approvals table.
    const tree: DocTree = { ...sample, titlePage: { ...sample.titlePage, approvals: [] }, blocks: [table] };
    const theme = themeSchema.parse({ colors: { tableBorder: hexOf(BORDER), tableHeaderFill: hexOf(HEADER_FILL) } });
    const docx = join(dir, 'table.docx');
    await writeFile(docx, await writeDocx(tree, theme));
    page = await renderedPage(await libreOfficePdf(docx, dir), 2, dir);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  /** The table's vertical lines: pixel columns the border colour runs down for most of the table's height. */
  const verticalLines = () => {
    const xs = range(0, page.width - 1);
    const heights = xs.map((x) => count(range(0, page.height - 1), (y) => page.is(x, y, BORDER)));
    const tallest = Math.max(...heights);
    // The running header's and footer's rules share the colour but add a pixel or two to a column, not a table's height.
    return runs(xs.filter((x) => tallest > 40 && heights[x] > tallest * 0.8));
  };

  it('draws the grid in the theme border colour: a line left and right of every column, above and below every row', () => {
    const vertical = verticalLines();
    expect(vertical.length).toBe(table.header.length + 1);
    const [left, right] = [vertical[0][0], vertical[vertical.length - 1][1]];
    // The table's left line, the longest run down that column: the page rules cross it too.
    const [top, bottom] = runs(range(0, page.height - 1).filter((y) => page.is(left, y, BORDER))).reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
    const horizontal = runs(range(top, bottom).filter((y) => count(range(left, right), (x) => page.is(x, y, BORDER)) > (right - left) * 0.9));
    expect(horizontal.length).toBe(table.rows.length + 2);
  });

  it('fills the header row, and only it, with the theme header fill', () => {
    const vertical = verticalLines();
    const [left, right] = [vertical[0][0], vertical[vertical.length - 1][1]];
    const filledRows = runs(range(0, page.height - 1).filter((y) => count(range(left, right), (x) => page.is(x, y, HEADER_FILL)) > (right - left) * 0.5));
    expect(filledRows.length).toBe(1);
    const [first, last] = filledRows[0];
    // One row of table text at 100 dpi: some 15 to 30 pixels high.
    expect(last - first + 1).toBeGreaterThan(10);
    expect(last - first + 1).toBeLessThan(40);
    // It is the table's first row: border lines above it and below it, none inside.
    expect(page.is(left + 5, first - 1, BORDER) || page.is(left + 5, first - 2, BORDER)).toBe(true);
    expect(page.is(left + 5, last + 1, BORDER) || page.is(left + 5, last + 2, BORDER)).toBe(true);
  });
});
