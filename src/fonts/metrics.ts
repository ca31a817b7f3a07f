/**
 * Text widths from the bundled fonts' own advance widths: the one measure the writers, the column widths and the
 * Gantt labels share, so every format breaks a line where the others do. The f-ligatures are counted as the glyphs
 * they become ("office" is 0.05 em narrower than its letters), as LibreOffice sets them: a column sized to its text
 * breaks its lines where LibreOffice does. Kerning is left out, as LibreOffice leaves it out of a Word document that
 * does not ask for it; pdfkit kerns, so a PDF line comes out a hair shorter than measured, never longer.
 */
import type { FontKey } from './faces';
import table from './metrics.json';

/** One face's metrics as metrics.json holds them (scripts/fontMetrics.ts writes it). Lengths in font units. */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** The advance of a character the face has no glyph for (it draws .notdef). */
  missing: number;
  /** Rows of consecutive code points: the first, then the advance of each. */
  advances: number[][];
  /** What each f-ligature takes off the width of its letters, in ems, longest first. */
  ligatures: [string, number][];
}

export type MetricsTable = Record<FontKey, FaceMetrics>;

/** A face's metrics in ems. */
interface Face {
  /** Advance widths by code point. */
  bmp: Float32Array;
  astral: Map<number, number>;
  /** The advance of a character the face has no glyph for. */
  missing: number;
  ligatures: [string, number][];
  ascent: number;
  lineHeight: number;
}

const faces = new Map<FontKey, Face>();

// The table rather than the font files: reading those took fontkit, its Unicode tables and a parse of each face
// (scripts/fontMetrics.ts writes it; a test holds it to the installed fonts).
function faceOf(key: FontKey): Face {
  let face = faces.get(key);
  if (!face) {
    const { unitsPerEm, ascent, descent, lineGap, ligatures, advances, missing } = (table as unknown as MetricsTable)[key];
    const em = (units: number) => units / unitsPerEm;
    const bmp = new Float32Array(0x10000).fill(em(missing));
    const astral = new Map<number, number>();
    for (const [first, ...widths] of advances) {
      widths.forEach((units, i) => (first + i < 0x10000 ? (bmp[first + i] = em(units)) : astral.set(first + i, em(units))));
    }
    face = { bmp, astral, missing: em(missing), ligatures, ascent: em(ascent), lineHeight: em(ascent - descent + lineGap) };
    faces.set(key, face);
  }
  return face;
}

function advanceEm(face: Face, codePoint: number): number {
  return codePoint < 0x10000 ? face.bmp[codePoint] : (face.astral.get(codePoint) ?? face.missing);
}

/** Width of `text` in ems of `font`. */
export function textEm(text: string, font: FontKey = 'sans'): number {
  const face = faceOf(font);
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    em += advanceEm(face, code);
  }
  if (text.includes('f')) {
    // Longest first: "ffi" is one ligature, not "ff" and an "i".
    for (let at = text.indexOf('f'); at !== -1; ) {
      const ligature = face.ligatures.find(([letters]) => text.startsWith(letters, at));
      if (ligature) em -= ligature[1];
      at = text.indexOf('f', at + (ligature ? ligature[0].length : 1));
    }
  }
  return em;
}

/** Width in points of `text` set in `font` at `size` points. */
export function textWidth(text: string, size: number, font: FontKey = 'sans'): number {
  return textEm(text, font) * size;
}

/**
 * Height of one single-spaced line of `font` in ems: ascent plus descent, as LibreOffice and Word space lines of a
 * face without line gap. The bundled faces share it.
 */
export function lineHeightEm(font: FontKey = 'sans'): number {
  return faceOf(font).lineHeight;
}

/** Ascent of `font` in ems: how far above the baseline its tallest glyphs reach. */
export function ascentEm(font: FontKey = 'sans'): number {
  return faceOf(font).ascent;
}
