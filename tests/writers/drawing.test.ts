/**
 * A drawing (the Gantt chart) in each writer: inline SVG in HTML, a PNG picture with alt text in DOCX, vector shapes
 * and real text in PDF.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocTree, Drawing } from '../../src/render/doctree';
import { defaultTheme } from '../../src/render/theme';
import { ganttDrawings } from '../../src/schedule/gantt';
import { writeDocx } from '../../src/writers/docx/index';
import { writeHtml } from '../../src/writers/html';
import { writePdf } from '../../src/writers/pdf/index';
import { scheduleOf, SMALL } from '../fixtures/ganttSchedules';
import { sampleTree } from '../fixtures/sampleTree';

const run = promisify(execFile);
const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));

const TEXT_WIDTH = 468;

function chart(maxHeight = 500): Drawing {
  const [drawing] = ganttDrawings(scheduleOf(SMALL), { width: TEXT_WIDTH, maxHeight, title: 'Implementation Schedule', groupNames: { P1: 'Preparation' } });
  return drawing;
}

/** The sample document's furniture around a heading, the given drawings and a closing paragraph. */
function treeWith(drawings: readonly Drawing[]): DocTree {
  const base = sampleTree({ rows: 1 });
  const blocks: Block[] = [
    { type: 'heading', level: 1, number: '1', text: 'Implementation Schedule', id: 'implementation-schedule', toc: true, runs: [{ type: 'text', text: 'Implementation Schedule' }] },
    ...drawings,
    { type: 'paragraph', runs: [{ type: 'text', text: 'After the chart.' }] },
  ];
  return { ...base, blocks };
}

describe('a drawing in HTML', () => {
  const drawing = chart();
  const html = new TextDecoder().decode(writeHtml(treeWith([drawing]), defaultTheme));

  it('is inline SVG in a figure, with role="img", its alt text as aria-label and its caption', () => {
    const figure = /<figure class="drawing">\n(<svg [^>]*>)[\s\S]*?<\/svg>\n<figcaption>([^<]*)<\/figcaption>\n<\/figure>/.exec(html);
    expect(figure).not.toBeNull();
    const [, svgTag, caption] = figure!;
    expect(svgTag).toContain('role="img"');
    expect(svgTag).toContain(`aria-label="${drawing.alt}"`);
    expect(svgTag).toContain(`viewBox="0 0 ${TEXT_WIDTH} ${drawing.height}"`);
    expect(caption).toBe('Gantt chart: Implementation Schedule');
  });

  it('sets the labels as SVG text in the theme font', () => {
    expect(html).toContain('font-family="&#39;DejaVu Sans&#39;, sans-serif"');
    expect(html).toMatch(/<text [^>]*font-weight="bold">T01<\/text>/);
    expect(html).toContain('>Plan the implementation</text>');
    expect(html).not.toContain('<script');
  });
});

describe('a drawing in DOCX', () => {
  const drawing = chart();
  let files: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    files = unzipSync(await writeDocx(treeWith([drawing]), defaultTheme));
  }, 60_000);

  const pngSize = (png: Uint8Array) => ({ width: Buffer.from(png).readUInt32BE(16), height: Buffer.from(png).readUInt32BE(20) });

  it('is a PNG picture rendered at twice its size in 96-dpi pixels', () => {
    const media = Object.keys(files).filter((path) => path.startsWith('word/media/'));
    const pictures = media.map((path) => files[path]).filter((data) => Buffer.from(data.subarray(1, 4)).toString('latin1') === 'PNG');
    const expected = { width: Math.round((TEXT_WIDTH * 96) / 72) * 2, height: Math.round((drawing.height * 96) / 72) * 2 };
    const sizes = pictures.map(pngSize);
    expect(sizes.some((s) => Math.abs(s.width - expected.width) <= 2 && Math.abs(s.height - expected.height) <= 2), JSON.stringify(sizes)).toBe(true);
  });

  it('carries the alt text as the picture description, with the caption below it', () => {
    const document = strFromU8(files['word/document.xml']);
    const alt = drawing.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(document).toContain(`descr="${alt}"`);
    const picture = document.indexOf(`descr="${alt}"`);
    const caption = document.indexOf('Gantt chart: Implementation Schedule');
    expect(caption).toBeGreaterThan(picture);
  });

  it('sits within the text width, at its own size', () => {
    const document = strFromU8(files['word/document.xml']);
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const emuPerPoint = 12700;
    expect(extents.some(([cx]) => Math.abs(cx / emuPerPoint - TEXT_WIDTH) < 1)).toBe(true);
  });
});

describe.skipIf(!['pdftotext', 'pdfinfo'].every(onPath))('a drawing in PDF', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plansmith-drawing-pdf-'));
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
