import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import type { FontKey } from '../../src/fonts/faces';
import { layoutLines, type InlineOptions, type Line } from '../../src/writers/pdf/inline';
import { writePdf } from '../../src/writers/pdf/index';
import { stylesFor } from '../../src/writers/pdf/styles';
import { sampleTree } from '../fixtures/sampleTree';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('writePdf', () => {
  it('starts with the PDF header and ends with the end-of-file marker', async () => {
    const text = latin1(await writePdf(sampleTree({ rows: 5 }), defaultTheme));
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('writes byte-identical files for the same tree and theme', async () => {
    const first = await writePdf(sampleTree(), defaultTheme);
    const second = await writePdf(sampleTree(), defaultTheme);
    expect(first.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('dates the file with meta.date at midnight UTC and nothing else', async () => {
    const tree = sampleTree({ rows: 5 });
    const text = latin1(await writePdf(tree, defaultTheme));
    expect(text).toContain('(D:20261015000000Z)');
    const later = latin1(await writePdf({ ...tree, meta: { ...tree.meta, date: '2027-01-31' } }, defaultTheme));
    expect(later).toContain('(D:20270131000000Z)');
    expect(later).not.toContain('D:2026');
  });

  it('rejects a document date that is not YYYY-MM-DD', async () => {
    const tree = sampleTree({ rows: 5 });
    await expect(writePdf({ ...tree, meta: { ...tree.meta, date: 'October 2026' } }, defaultTheme)).rejects.toThrow(/not an ISO date/);
  });

  it('embeds only DejaVu faces: no standard-14 font is ever referenced', async () => {
    const text = latin1(await writePdf(sampleTree({ rows: 5 }), defaultTheme));
    const baseFonts = [...text.matchAll(/\/BaseFont \/([A-Za-z0-9+_-]+)/g)].map((m) => m[1].replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(baseFonts)).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSansMono']));
    expect(text).not.toMatch(/Helvetica|Times-Roman|Courier/);
  });

  it('marks PDF/A-2b output as such in its XMP metadata, with an sRGB output intent', async () => {
    const plain = latin1(await writePdf(sampleTree({ rows: 5 }), defaultTheme));
    const archival = latin1(await writePdf(sampleTree({ rows: 5 }), defaultTheme, { pdfa: true }));
    expect(plain).not.toContain('pdfaid:part');
    expect(archival).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(archival).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(archival).toContain('/OutputIntents');
  });

  it('is a tagged PDF with the document language and title display set', async () => {
    const text = latin1(await writePdf(sampleTree({ rows: 5 }), defaultTheme));
    expect(text).toContain('/StructTreeRoot');
    expect(text).toMatch(/\/Marked true/);
    expect(text).toContain('/Lang (en-US)');
    expect(text).toContain('/DisplayDocTitle true');
  });
});

describe('line breaking', () => {
  // Every character is 0.5 em wide: widths are easy to reason about.
  const measure = (text: string, _font: FontKey, size: number) => Array.from(text).length * size * 0.5;
  const options: InlineOptions = { linkColor: '#0000FF', linkable: (href) => href !== '#missing' };
  const body = { ...stylesFor(defaultTheme).body, size: 10 };
  const text = (value: string, marks: Partial<Extract<Inline, { type: 'text' }>> = {}): Inline => ({ type: 'text', text: value, ...marks });
  const lineTexts = (lines: Line[]) => lines.map((l) => l.fragments.map((f) => f.text).join(''));

  it('fills lines greedily and never starts or ends a line with a space', () => {
    const lines = layoutLines([text('aaa bbb ccc ddd')], body, 40, measure, options);
    expect(lineTexts(lines)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(lines[0].width).toBe(35);
  });

  it('keeps a word whole across runs with different marks', () => {
    const lines = layoutLines([text('xx '), text('bold', { bold: true }), text(', tail')], body, 35, measure, options);
    expect(lineTexts(lines)).toEqual(['xx', 'bold,', 'tail']);
    expect(lines[1].fragments.map((f) => f.font)).toEqual(['sans-bold', 'sans']);
  });

  it('never breaks at a no-break space', () => {
    expect(lineTexts(layoutLines([text('aa bb\u00A0cc')], body, 35, measure, options))).toEqual(['aa', 'bb\u00A0cc']);
  });

  it('starts a new line at a hard break', () => {
    expect(lineTexts(layoutLines([text('one'), { type: 'break' }, text('two')], body, 500, measure, options))).toEqual(['one', 'two']);
  });

  it('cuts a word wider than the line after a slash or hyphen, else between characters', () => {
    expect(lineTexts(layoutLines([text('abcd/efgh')], body, 30, measure, options))).toEqual(['abcd/', 'efgh']);
    expect(lineTexts(layoutLines([text('abcdefghij')], body, 30, measure, options))).toEqual(['abcdef', 'ghij']);
  });

  it('keeps links it can honour and sets unknown anchors as plain text', () => {
    const [line] = layoutLines([text('here', { href: 'https://example.org' }), text(' '), text('there', { href: '#missing' })], body, 500, measure, options);
    expect(line.fragments.map((f) => [f.text, f.href, f.color])).toEqual([
      ['here', 'https://example.org', '#0000FF'],
      [' there', undefined, body.color],
    ]);
  });

});
