import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { Drawing } from '../../../src/render/tree/doctree';
import { arrowGeometry } from '../../../src/render/tree/drawingArrow';
import { drawingToSvg, fontFamilyList } from '../../../src/render/tree/drawingSvg';
import { escapeXml } from '../../../src/render/tree/xml';
import { fontPath } from '../../../src/fonts/faces';
import { glyphOutlines } from '../../../src/fonts/outlines';

const HOSTILE = `T<01> & "quoted" 'single' </text><script>alert(1)</script>\u0001`;

function sampleDrawing(label = 'T01 Plan'): Drawing {
  return {
    type: 'drawing',
    width: 200,
    height: 100,
    alt: `Chart of ${label}`,
    caption: 'Gantt chart',
    shapes: [
      { type: 'rect', x: 10, y: 10, w: 50.123456, h: 8, fill: '#C00000', stroke: '#7A0000', strokeWidth: 0.5 },
      { type: 'rect', x: 0, y: 0, w: 200, h: 100, stroke: '#595959' },
      { type: 'line', x1: 60, y1: 14, x2: 90, y2: 14, stroke: '#6E6E6E', strokeWidth: 0.6, arrow: 'end' },
      { type: 'line', x1: 100, y1: 0, x2: 100, y2: 100, stroke: '#E36C09', strokeWidth: 1, dash: [3, 2] },
      { type: 'polygon', points: [[120, 10], [124.5, 14.5], [120, 19], [115.5, 14.5]], fill: '#1F3864', stroke: '#1F3864' },
      { type: 'text', x: 5, y: 40, text: label, size: 7, color: '#1A1A1A', anchor: 'start', bold: true },
      { type: 'text', x: 100, y: 60, text: 'Jan', size: 6.5, color: '#595959', anchor: 'middle' },
    ],
  };
}

describe('drawingToSvg', () => {
  it('is a well-formed SVG document a strict XML parser reads, sized in points', () => {
    const svg = drawingToSvg(sampleDrawing(), { fontFamily: fontFamilyList('DejaVu Sans') });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('width="200pt" height="100pt" viewBox="0 0 200 100"');
    const rendered = new Resvg(svg, { font: { loadSystemFonts: false } });
    // 200 pt at 96 dpi.
    expect(Math.abs(rendered.width - 266.67)).toBeLessThan(1);
  });

  it('escapes every text, so a label can never become markup, and drops characters XML cannot hold', () => {
    const svg = drawingToSvg(sampleDrawing(HOSTILE), { fontFamily: fontFamilyList('Evil"><script>') });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</text><');
    expect(svg).toContain('T&lt;01&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;\uFFFD');
    expect(svg).toContain(`aria-label="Chart of T&lt;01&gt;`);
    expect(svg).toContain(`font-family="&#39;Evil&gt;&lt;script&gt;&#39;, sans-serif"`);
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    // The same text with an unescaped "<" is what a parser would reject.
    expect(() => new Resvg(svg.replace('T&lt;01', 'T<01'), { font: { loadSystemFonts: false } })).toThrow();
  });

  it('carries the text alternative as role="img", aria-label and title', () => {
    const svg = drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Chart of T01 Plan"/);
    expect(svg).toContain('<title>Chart of T01 Plan</title>');
  });

  it('writes each shape with its paint, numbers to two decimals', () => {
    const svg = drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif' });
    expect(svg).toContain('<rect x="10" y="10" width="50.12" height="8" fill="#C00000" stroke="#7A0000" stroke-width="0.5"/>');
    expect(svg).toContain('<rect x="0" y="0" width="200" height="100" fill="none" stroke="#595959" stroke-width="1"/>');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('<polygon points="120,10 124.5,14.5 120,19 115.5,14.5" fill="#1F3864"');
    expect(svg).toContain('<text x="5" y="40" font-size="7" fill="#1A1A1A" text-anchor="start" font-weight="bold">T01 Plan</text>');
    expect(svg).toContain('text-anchor="middle">Jan</text>');
  });

  it('ends an arrow in a filled head whose tip is the line end, the shaft stopping at its base', () => {
    const svg = drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif' });
    const { shaftEnd, head } = arrowGeometry({ type: 'line', x1: 60, y1: 14, x2: 90, y2: 14, stroke: '#6E6E6E', strokeWidth: 0.6 });
    expect(head[0]).toEqual([90, 14]);
    expect(shaftEnd[0]).toBeLessThan(90);
    expect(shaftEnd[1]).toBe(14);
    expect(svg).toContain(`<line x1="60" y1="14" x2="${Math.round(shaftEnd[0] * 100) / 100}" y2="14"`);
    expect(svg).toMatch(/<polygon points="90,14 [^"]+" fill="#6E6E6E"\/>/);
  });

  it('fills the width of its container when asked to', () => {
    const svg = drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif', fluid: true });
    expect(svg).toContain('width="100%" style="max-width: 100%; height: auto" viewBox="0 0 200 100"');
    expect(svg).not.toContain('height="100pt"');
  });

  it('gives the same text for the same drawing', () => {
    expect(drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif' })).toBe(drawingToSvg(sampleDrawing(), { fontFamily: 'sans-serif' }));
  });
});

describe('escapeXml', () => {
  it('replaces lone surrogates and control characters, keeps tabs, line ends and astral characters', () => {
    expect(escapeXml('a\tb\nc\u0007\uD800d\uDC00e😀')).toBe('a\tb\nc\uFFFD\uFFFDd\uFFFDe😀');
  });

  describe('with labels as outlines', () => {
    const fontFiles = [fontPath('sans'), fontPath('sans-bold')];
    const pixels = (svg: string, fonts: boolean) =>
      new Resvg(svg, { fitTo: { mode: 'width', value: 800 }, background: '#FFFFFF', font: { loadSystemFonts: false, fontFiles: fonts ? fontFiles : [] } }).render().pixels;

    it('draws each label from glyph outlines defined once, so no text (and nothing a label says) stays in the SVG', () => {
      const svg = drawingToSvg(sampleDrawing(`${HOSTILE} PP`), { fontFamily: fontFamilyList('DejaVu Sans'), outlines: glyphOutlines });
      expect(svg).not.toContain('<text');
      expect(svg).not.toContain('<script');
      const defined = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(defined).size).toBe(defined.length);
      expect(svg.match(/<use /g)!.length).toBeGreaterThan(defined.length);
    });

    it('looks as the text does when a rasterizer sets it in DejaVu Sans', () => {
      const drawing = sampleDrawing('T01 Plan the office moves');
      const text = pixels(drawingToSvg(drawing, { fontFamily: fontFamilyList('DejaVu Sans') }), true);
      const outlined = pixels(drawingToSvg(drawing, { fontFamily: fontFamilyList('DejaVu Sans'), outlines: glyphOutlines }), false);
      let differing = 0;
      let inked = 0;
      for (let i = 0; i < text.length; i += 4) {
        if (text[i] < 128) inked++;
        if (Math.abs(text[i] - outlined[i]) > 64) differing++;
      }
      expect(inked).toBeGreaterThan(500);
      expect(differing / inked).toBeLessThan(0.05);
    });
  });
});
