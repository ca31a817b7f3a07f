// Regenerates src/fonts/metrics.json, the bundled fonts' metrics as the writers measure text with them:
//   npx tsx scripts/fontMetrics.ts
// Reading them from the fonts took fontkit, its Unicode tables and a parse of each font on every run (a tenth of an
// HTML build); tests/fonts/metricsTable.test.ts fails when the file no longer agrees with the installed fonts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { FONT_KEYS, fontPath, type FontKey } from '../src/fonts/faces';
import type { FaceMetrics, MetricsTable } from '../src/fonts/metrics';

const TABLE = new URL('../src/fonts/metrics.json', import.meta.url);

/** The f-ligatures the faces may set, longest first. */
const F_LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl'];

function measureFace(key: FontKey): FaceMetrics {
  const font = create(readFileSync(fontPath(key))) as Font;
  const advance = (codePoint: number) => font.glyphForCodePoint(codePoint).advanceWidth;
  const codePoints = [...font.characterSet].sort((a, b) => a - b);
  // Consecutive code points in one row: [first, advance of first, of the next, ...].
  const advances: number[][] = [];
  for (const [i, codePoint] of codePoints.entries()) {
    if (i === 0 || codePoint !== codePoints[i - 1] + 1) advances.push([codePoint]);
    advances[advances.length - 1].push(advance(codePoint));
  }
  // What an f-ligature saves, from the same float32 ems the writers add up for its letters.
  const letters = (text: string) => [...text].reduce((em, c) => em + Math.fround(advance(c.codePointAt(0)!) / font.unitsPerEm), 0);
  const set = (text: string) => font.layout(text).positions.reduce((em, position) => em + position.xAdvance, 0) / font.unitsPerEm;
  const ligatures = F_LIGATURES.map((text): [string, number] => [text, letters(text) - set(text)]).filter(([, saved]) => saved !== 0);
  return { unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: font.descent, lineGap: font.lineGap, missing: font.getGlyph(0).advanceWidth, advances, ligatures };
}

/** The metrics of every bundled face, read from the font files with fontkit. */
export function measureFaces(): MetricsTable {
  return Object.fromEntries(FONT_KEYS.map((key) => [key, measureFace(key)])) as MetricsTable;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // One face per line and one row of code points per line: a change to the fonts reads as a short diff.
  const faces = Object.entries(measureFaces()).map(([key, face]) => {
    const { advances, ...rest } = face;
    const head = JSON.stringify(rest).slice(0, -1);
    return `${JSON.stringify(key)}: ${head}, "advances": [\n${advances.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]}`;
  });
  writeFileSync(TABLE, `{\n${faces.join(',\n')}\n}\n`);
}
