/**
 * An SVG figure, as the readers of our DOCX and PDF show it: Word has no SVG every reader draws and pdfkit draws
 * none, so both get a PNG rendering. Poppler renders the PDF page, LibreOffice lays out the DOCX, and the SVG's red
 * must be on the page, where before only its alt text was.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTree, Image } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx';
import { writePdf } from '../../src/writers/pdf';
import { sampleTree } from '../fixtures/sampleTree';
import { libreOfficePdf, onPath, run } from './readers';
import { scratchDir } from '../fixtures/scratch';

const RED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 24 12"><rect width="24" height="12" fill="#D00000"/></svg>';
const figure: Image = { type: 'image', src: 'red.svg', data: new TextEncoder().encode(RED_SVG), mime: 'image/svg+xml', width: 240, height: 120, alt: 'A red block' };

/** Pixels of the page that are clearly red, from poppler's rendering at 36 dpi (PPM: a text header, then RGB). */
async function redPixelsOnLastPage(pdfPath: string, dir: string): Promise<number> {
  const pages = Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [pdfPath])).stdout)?.[1]);
  const out = join(dir, `page-${pages}`);
  await run('pdftoppm', ['-f', String(pages), '-l', String(pages), '-r', '36', '-singlefile', pdfPath, out]);
  const ppm = await readFile(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
  let red = 0;
  for (let i = header![0].length; i + 2 < ppm.length; i += 3) if (ppm[i] > 180 && ppm[i + 1] < 60 && ppm[i + 2] < 60) red++;
  return red;
}

describe.skipIf(!['pdfinfo', 'pdftoppm', 'soffice'].every(onPath))('an SVG figure', () => {
  let dir = '';
  const tree: DocTree = { ...sampleTree({ rows: 1 }), blocks: [...sampleTree({ rows: 1 }).blocks, figure] };
  // 240 x 120 CSS pixels are 2.5 x 1.25 in: 90 x 45 pixels at 36 dpi.
  const drawnArea = 90 * 45;

  beforeAll(async () => {
    dir = await scratchDir('svg');
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('is drawn in the PDF at its own size', async () => {
    const pdf = join(dir, 'figure.pdf');
    await writeFile(pdf, await writePdf(tree, defaultTheme));
    const red = await redPixelsOnLastPage(pdf, dir);
    expect(red).toBeGreaterThan(drawnArea * 0.9);
    expect(red).toBeLessThan(drawnArea * 1.1);
  });

  it('is drawn in the DOCX as LibreOffice lays it out, at the same size', async () => {
    const docx = join(dir, 'figure.docx');
    await writeFile(docx, await writeDocx(tree, defaultTheme));
    const red = await redPixelsOnLastPage(await libreOfficePdf(docx, dir), dir);
    expect(red).toBeGreaterThan(drawnArea * 0.9);
    expect(red).toBeLessThan(drawnArea * 1.1);
  }, 120_000);
});
