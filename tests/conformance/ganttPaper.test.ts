/**
 * A Gantt chart is as wide as the text of the paper the document is set on: poppler draws the PDF's chart page and
 * the ink of the chart reaches the right margin of A4 (or letter), not further and not short of it, and its labels
 * are the same size on both papers (a chart laid out for another width would be scaled to fit).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/pipeline/build';
import { EXAMPLE_PLAN, onPath, pdfPages, run } from './readers';
import { scratchDir } from '../fixtures/scratch';

const MARGIN = 72;
const PAPER_WIDTH = { a4: 595.28, letter: 612 };
const CAPTION = 'Gantt chart: Implementation Schedule';

/** Leftmost and rightmost inked column (in points) between two heights of a page, drawn by pdftoppm at 72 dpi. */
async function inkExtent(pdf: string, page: number, top: number, bottom: number, dir: string): Promise<{ left: number; right: number }> {
  const prefix = join(dir, `page-${page}`);
  await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', '-gray', '-singlefile', pdf, prefix]);
  const pgm = await readFile(`${prefix}.pgm`);
  // Binary PGM: "P5", width height, maximum value, each on its own line, then one byte a pixel.
  const size = pgm.subarray(0, 40).toString('latin1').split('\n')[1];
  const [width] = size.split(' ').map(Number);
  const header = pgm.indexOf('\n', pgm.indexOf('\n', pgm.indexOf('\n') + 1) + 1) + 1;
  let left = width;
  let right = -1;
  for (let y = Math.ceil(top); y < bottom; y++) {
    for (let x = 0; x < width; x++) {
      if (pgm[header + y * width + x] < 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right: right + 1 };
}

/** The page with the chart's caption, and the top of the chart (its first label) and its caption, from pdftotext. */
async function chartPlace(pdf: string): Promise<{ page: number; top: number; bottom: number; labelHeight: number }> {
  const page = (await pdfPages(pdf)).findIndex((text) => text.includes(CAPTION)) + 1;
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']);
  const words = [...stdout.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ y: Number(m[1]), height: Number(m[2]) - Number(m[1]), text: m[3] }));
  const caption = words.find((w) => w.text === 'Gantt' && words.some((c) => c.y === w.y && c.text === 'Implementation'))!;
  // The chart's timeline starts with the year above the weeks.
  const year = words.find((w) => /^20\d\d$/.test(w.text) && w.y < caption.y)!;
  return { page, top: year.y, bottom: caption.y - 2, labelHeight: year.height };
}

describe.skipIf(!['pdftoppm', 'pdftotext'].every(onPath))('the Gantt chart on the paper asked for', () => {
  // Removed after the file by tests/setup/scratch.ts, as every scratchDir() folder is.
  let dir = '';

  beforeAll(async () => {
    dir = await scratchDir('gantt-paper');
  });

  it('spans the text width of A4 and of letter, margin to margin, drawn for that width rather than shrunk to it', async () => {
    const labelHeights: number[] = [];
    for (const paper of ['a4', 'letter'] as const) {
      const built = await buildPlan(EXAMPLE_PLAN, { formats: ['pdf'], outDir: join(dir, paper), paper });
      expect(built.ok).toBe(true);
      const pdf = built.written[0].path;
      const { page, top, bottom, labelHeight } = await chartPlace(pdf);
      const { left, right } = await inkExtent(pdf, page, top, bottom, dir);
      const textRight = PAPER_WIDTH[paper] - MARGIN;
      expect(left, paper).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(right, paper).toBeLessThanOrEqual(textRight + 1);
      expect(right, paper).toBeGreaterThan(textRight - 4);
      labelHeights.push(labelHeight);
    }
    // A chart laid out for letter's wider text and scaled onto A4 would have its labels 451/468 the size.
    expect(labelHeights[0]).toBeCloseTo(labelHeights[1], 2);
  }, 180_000);
});
