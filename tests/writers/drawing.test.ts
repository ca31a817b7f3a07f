/**
 * A drawing (the Gantt chart) in each writer: inline SVG in HTML, a PNG picture with alt text in DOCX, vector shapes
 * and real text in PDF (what poppler reads of it: tests/conformance/writers/drawing.poppler.test.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx/index';
import { writeHtml } from '../../src/writers/html/index';
import { chart, TEXT_WIDTH, treeWith } from '../fixtures/drawingTree';

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

  it('is an SVG picture, with a PNG fallback at 1.5 times its size in 96-dpi pixels', () => {
    const media = Object.keys(files).filter((path) => path.startsWith('word/media/'));
    const svgs = media.filter((path) => strFromU8(files[path]).startsWith('<svg'));
    expect(svgs).toHaveLength(1);
    expect(strFromU8(files[svgs[0]])).toContain(`viewBox="0 0 ${drawing.width} ${drawing.height}"`);
    const pictures = media.map((path) => files[path]).filter((data) => Buffer.from(data.subarray(1, 4)).toString('latin1') === 'PNG');
    const expected = { width: Math.round(Math.round((TEXT_WIDTH * 96) / 72) * 1.5), height: Math.round((drawing.height * 96) / 72) * 1.5 };
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
