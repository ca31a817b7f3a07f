/**
 * Text widths from the bundled fonts' own advance widths: the one measure the writers, the column widths and the
 * Gantt labels share, so every format breaks a line where the others do. Kerning is left out: it moves a line by a
 * hair, never enough to change where a word breaks in a column sized with room to spare.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { fontPath, type FontKey } from './faces';

interface Face {
  font: Font;
  /** Advance widths in ems by code point, filled as characters are first met (NaN: not looked up yet). */
  bmp: Float32Array;
  astral: Map<number, number>;
}

const faces = new Map<FontKey, Face>();

function faceOf(key: FontKey): Face {
  let face = faces.get(key);
  if (!face) {
    face = { font: create(readFileSync(fontPath(key))), bmp: new Float32Array(0x10000).fill(Number.NaN), astral: new Map() };
    faces.set(key, face);
  }
  return face;
}

function advanceEm(face: Face, codePoint: number): number {
  if (codePoint < 0x10000) {
    let em = face.bmp[codePoint];
    if (Number.isNaN(em)) face.bmp[codePoint] = em = face.font.glyphForCodePoint(codePoint).advanceWidth / face.font.unitsPerEm;
    return em;
  }
  let em = face.astral.get(codePoint);
  if (em === undefined) face.astral.set(codePoint, (em = face.font.glyphForCodePoint(codePoint).advanceWidth / face.font.unitsPerEm));
  return em;
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
  const { font: face } = faceOf(font);
  return (face.ascent - face.descent + face.lineGap) / face.unitsPerEm;
}

/** Ascent of `font` in ems: how far above the baseline its tallest glyphs reach. */
export function ascentEm(font: FontKey = 'sans'): number {
  const { font: face } = faceOf(font);
  return face.ascent / face.unitsPerEm;
}
