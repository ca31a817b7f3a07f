import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { layOutGlyphs } from '../../src/fonts/outlines';
import { fontPath, type FontKey } from '../../src/fonts/faces';

/** The whole text shaped by fontkit in one run: what word-by-word shaping must reproduce. */
function shapedWhole(text: string, font: FontKey) {
  const face = create(readFileSync(fontPath(font)));
  const run = face.layout(text);
  let x = 0;
  return run.glyphs.map((glyph, i) => {
    const at = (x + run.positions[i].xOffset) / face.unitsPerEm;
    x += run.positions[i].xAdvance;
    return { key: `${font}-${glyph.id}`, x: at };
  });
}

describe('layOutGlyphs', () => {
  const labels = ['Office Wi-Fi AV Tower', 'Jan 2027  Feb', 'ffi flow: T.Y. "Phase 2" -- Week 14', 'Yardstick ATA VAT  To Tw', ' leading and trailing '];
  it.each(['sans', 'sans-bold'] as const)('places every glyph where shaping the whole label in %s would', (font) => {
    for (const label of labels) {
      const words = layOutGlyphs(label, font).glyphs.map(({ key, x }) => ({ key, x: Number(x.toFixed(9)) }));
      expect(words).toEqual(shapedWhole(label, font).map(({ key, x }) => ({ key, x: Number(x.toFixed(9)) })));
    }
  });
});
