/** What poppler reads of a drawing (the Gantt chart) in the PDF: real text, a tagged Figure, whole on a page. */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTree } from '../../../src/render/tree/doctree';
import { defaultTheme } from '../../../src/render/templates/theme';
import { writePdf } from '../../../src/writers/pdf/index';
import { chart, treeWith } from '../../fixtures/drawingTree';
import { onPath } from '../readers';
import { scratchDir } from '../../fixtures/scratch';

const run = promisify(execFile);

describe.skipIf(!['pdftotext', 'pdfinfo'].every(onPath))('a drawing in PDF', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await scratchDir('drawing-pdf');
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function pdfOf(tree: DocTree, name: string): Promise<{ text: string; pages: number; raw: string }> {
    const bytes = await writePdf(tree, defaultTheme);
    const path = join(dir, `${name}.pdf`);
    await writeFile(path, bytes);
    const [{ stdout: text }, { stdout: info }] = await Promise.all([run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']), run('pdfinfo', [path])]);
    return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), raw: Buffer.from(bytes).toString('latin1') };
  }

  it('draws the labels as real text pdftotext reads', async () => {
    const { text } = await pdfOf(treeWith([chart()]), 'labels');
    for (const label of ['T01', 'Plan the implementation', 'M1', 'Go-live', 'P1: Preparation', 'January 2027', 'Critical path', 'Milestone']) {
      expect(text, label).toContain(label);
    }
    expect(text).toContain('Gantt chart: Implementation Schedule');
  }, 60_000);

  it('tags it as a Figure with its alt text', async () => {
    const { raw } = await pdfOf(treeWith([chart()]), 'tagged');
    expect(raw).toMatch(/\/S \/Figure[\s\S]{0,200}\/Alt/);
  }, 60_000);

  it('keeps each drawing whole on a page: two charts taller than half a page take one page more than one, a chart taller than a page is scaled onto one', async () => {
    const high = { ...chart(), height: 400 };
    const [one, two, tall] = await Promise.all([
      pdfOf(treeWith([high]), 'one'),
      pdfOf(treeWith([high, high]), 'two'),
      pdfOf(treeWith([{ ...chart(), height: 2000 }]), 'tall'),
    ]);
    // Title page plus the body page.
    expect(one.pages).toBe(2);
    expect(two.pages).toBe(3);
    const pages = tall.text.split('\f');
    const chartPage = pages.findIndex((page) => page.includes('Gantt chart: Implementation Schedule'));
    for (const label of ['P1: Preparation', 'T01', 'Go-live', 'Critical path']) expect(pages[chartPage], label).toContain(label);
    expect(tall.pages).toBeLessThanOrEqual(4);
    expect(tall.text).toContain('After the chart.');
  }, 60_000);
});
