import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { fontPath, type FontKey } from './faces';

/** A glyph of a laid-out text: its key in a set of outlines (`outlineOf`) and where it starts, in ems. */
export interface PlacedGlyph {
  key: string;
  x: number;
  y: number;
}

export interface GlyphRun {
  glyphs: readonly PlacedGlyph[];
  width: number;
}

/**
 * Shaping is the costly part of drawing a label (fontkit runs the font's OpenType lookups) and charts repeat their
 * words (months, dates, phase and task names), so each word is shaped once per process; each glyph's outline
 * likewise. Bounded so a long watch session does not grow without end: past the bound a table starts again.
 */
const runs = new Map<string, GlyphRun>();
const outlines = new Map<string, string>();
const KEPT = 20_000;

const fonts = new Map<FontKey, Font>();

/** The fontkit font of a bundled face, parsed once. */
function fontOf(key: FontKey): Font {
  let font = fonts.get(key);
  if (!font) fonts.set(key, (font = create(readFileSync(fontPath(key))) as Font));
  return font;
}

function remembered<T>(table: Map<string, T>, key: string, make: () => T): T {
  let value = table.get(key);
  if (value === undefined) {
    if (table.size >= KEPT) table.clear();
    table.set(key, (value = make()));
  }
  return value;
}

/**
 * Text laid out as fontkit shapes it (kerning, ligatures): its glyphs and its width, in ems. Words are shaped one by
 * one, so a word met in many labels is shaped once: the bundled faces neither kern nor ligate across a space.
 */
export function layOutGlyphs(text: string, font: FontKey): GlyphRun {
  const glyphs: PlacedGlyph[] = [];
  let width = 0;
  for (const word of text.split(/( )/)) {
    if (!word) continue;
    const run = remembered(runs, `${font}\n${word}`, () => shape(word, font));
    for (const glyph of run.glyphs) glyphs.push({ key: glyph.key, x: width + glyph.x, y: glyph.y });
    width += run.width;
  }
  return { glyphs, width };
}

function shape(text: string, font: FontKey): GlyphRun {
  const face = fontOf(font);
  const run = face.layout(text);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    glyphs.push({ key: `${font}-${glyph.id}`, x: (x + position.xOffset) / face.unitsPerEm, y: position.yOffset / face.unitsPerEm });
    x += position.xAdvance;
  });
  return { glyphs, width: x / face.unitsPerEm };
}

/** The outline of a glyph `layOutGlyphs` placed, as SVG path data in ems with y down. */
export function outlineOf(key: string): string {
  return remembered(outlines, key, () => outline(key));
}

function outline(key: string): string {
  const at = key.lastIndexOf('-');
  const font = fontOf(key.slice(0, at) as FontKey);
  const glyph = font.getGlyph(Number(key.slice(at + 1)));
  const scale = 1 / font.unitsPerEm;
  // Font units have y up; the path is scaled and flipped where it is used (see drawingSvg's `transform`).
  return glyph.path.toSVG().replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * scale * 1e4) / 1e4));
}

/** Labels set as glyph outlines: the shaping and the outlines of the bundled faces, for `drawingToSvg`. */
export const glyphOutlines = { layOut: layOutGlyphs, outlineOf };
export type GlyphOutlines = typeof glyphOutlines;
