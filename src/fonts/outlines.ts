import { fontOf } from './metrics';
import type { FontKey } from './faces';

/** A glyph of a laid-out text: its key in a set of outlines (`outlineOf`) and where it starts, in ems. */
export interface PlacedGlyph {
  key: string;
  x: number;
  y: number;
}

/** Text laid out as fontkit shapes it (kerning, ligatures): its glyphs and its width, in ems. */
export function layOutGlyphs(text: string, font: FontKey): { glyphs: PlacedGlyph[]; width: number } {
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
  const at = key.lastIndexOf('-');
  const font = fontOf(key.slice(0, at) as FontKey);
  const glyph = font.getGlyph(Number(key.slice(at + 1)));
  const scale = 1 / font.unitsPerEm;
  // Font units have y up; the path is scaled and flipped where it is used (see drawingSvg's `transform`).
  return glyph.path.toSVG().replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * scale * 1e4) / 1e4));
}
