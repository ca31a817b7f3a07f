/**
 * The example plan's Gantt charts as real readers show them: poppler reads the PDF's vector labels, LibreOffice
 * places the DOCX picture at its size, Chromium builds the inline SVG into its DOM.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTree, Drawing } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { drawingImage, FALLBACK_ZOOM } from '../../src/writers/docx/drawing';
import { pageGeometry } from '../../src/writers/docx/geometry';
import { bodyImageSize } from '../../src/writers/docx/images';
import { buildExample, chromium, libreOfficePdf, onPath, pdfPages, run, squash, type BuiltExample } from './readers';

const drawingsOf = (tree: DocTree): Drawing[] => tree.blocks.filter((b): b is Drawing => b.type === 'drawing');
const ids = (drawing: Drawing) => drawing.shapes.flatMap((s) => (s.type === 'text' && s.bold && /^(T|WP)\d/.test(s.text) ? [s.text] : []));

/** The pages (1-based) whose text holds `text`. */
const pagesWith = (pages: readonly string[], text: string) => pages.flatMap((page, i) => (squash(page).includes(text) ? [i + 1] : []));

describe.skipIf(!['pdftotext', 'pdfinfo'].every(onPath))('the Gantt charts in the example PDF', () => {
  let built: BuiltExample;
  let pages: string[] = [];

  beforeAll(async () => {
    built = await buildExample('pdf');
    pages = await pdfPages(built.path);
  }, 180_000);

  afterAll(async () => {
    if (built) await rm(built.dir, { recursive: true, force: true });
  });

  it('has two charts, each whole on one page that shows every id in it as text', () => {
    const drawings = drawingsOf(built.tree);
    expect(drawings.map((d) => d.caption)).toEqual(['Gantt chart: Implementation Schedule', 'Gantt chart: Work packages by phase']);
    for (const drawing of drawings) {
      const [page, ...others] = pagesWith(pages, drawing.caption!);
      expect(others).toEqual([]);
      const words = squash(pages[page - 1]).split(' ');
      expect(ids(drawing).length).toBeGreaterThan(10);
      for (const id of ids(drawing)) expect(words, `${id} on page ${page}`).toContain(id);
      expect(squash(pages[page - 1])).toContain('Critical path');
    }
  });

  it('keeps the page count sane', async () => {
    const { stdout } = await run('pdfinfo', [built.path]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]);
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThan(30);
    expect(count).toBeLessThan(90);
  });
});

describe.skipIf(!['soffice', 'pdfimages', 'pdftotext', 'unzip'].every(onPath))('the Gantt charts of the example DOCX in LibreOffice', () => {
  let built: BuiltExample;
  let images: { page: number; width: number; height: number; xppi: number }[] = [];
  let pages: string[] = [];

  beforeAll(async () => {
    built = await buildExample('docx');
    const pdf = await libreOfficePdf(built.path, built.dir);
    const { stdout } = await run('pdfimages', ['-list', pdf]);
    images = stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image')
      .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]), xppi: Number(cols[12]) }));
    pages = await pdfPages(pdf);
  }, 240_000);

  afterAll(async () => {
    if (built) await rm(built.dir, { recursive: true, force: true });
  });

  it('shows each chart by its PNG fallback at 144 ppi of its size on the page, above its caption', () => {
    const page = pageGeometry(defaultTheme, 'portrait');
    for (const drawing of drawingsOf(built.tree)) {
      const shown = bodyImageSize(drawingImage(drawing), page);
      const width = Math.round(shown.width * FALLBACK_ZOOM);
      const picture = images.find((i) => Math.abs(i.width - width) <= 2 && Math.abs(i.height - (width * drawing.height) / drawing.width) <= 2);
      expect(picture, `${drawing.caption}: ${JSON.stringify(images)}`).toBeDefined();
      // Set at its size on the page: 96 dpi times the zoom, not shrunk or stretched.
      expect(Math.abs(picture!.xppi - 96 * FALLBACK_ZOOM)).toBeLessThanOrEqual(2);
      expect(pagesWith(pages, drawing.caption!)).toContain(picture!.page);
    }
  });

  it('carries each chart as SVG for Word to draw, labelled in it with its text alternative', async () => {
    const { stdout } = await run('unzip', ['-Z1', built.path]);
    const svgs = stdout.split('\n').filter((name) => name.startsWith('word/media/') && name.endsWith('.svg'));
    expect(svgs).toHaveLength(drawingsOf(built.tree).length);
    const texts = await Promise.all(svgs.map(async (name) => (await run('unzip', ['-p', built.path, name])).stdout));
    for (const drawing of drawingsOf(built.tree)) expect(texts.some((svg) => svg.includes(`aria-label="${drawing.alt}"`))).toBe(true);
  });
});

describe.skipIf(!onPath('chromium'))('the Gantt charts of the example HTML in Chromium', () => {
  let built: BuiltExample;
  let dom = '';

  beforeAll(async () => {
    built = await buildExample('html');
    dom = (await chromium(built.dir, ['--dump-dom', pathToFileURL(join(built.path)).href])).stdout;
  }, 180_000);

  afterAll(async () => {
    if (built) await rm(built.dir, { recursive: true, force: true });
  });

  it('builds each chart as an inline <svg role="img"> labelled with its text alternative', () => {
    const svgs = [...dom.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    const drawings = drawingsOf(built.tree);
    expect(svgs).toHaveLength(drawings.length);
    drawings.forEach((drawing, i) => {
      expect(svgs[i]).toContain('role="img"');
      expect(svgs[i]).toContain(`aria-label="${drawing.alt}"`);
    });
    const texts = [...dom.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const id of drawings.flatMap(ids)) expect(texts).toContain(id);
  });
});
