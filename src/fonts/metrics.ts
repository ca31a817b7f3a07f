/**
 * Text widths from the bundled fonts' own advance widths: the one measure the writers, the column widths and the
 * Gantt labels share, so every format breaks a line where the others do. The f-ligatures are counted as the glyphs
 * they become ("office" is 0.05 em narrower than its letters), as LibreOffice sets them: a column sized to its text
 * breaks its lines where LibreOffice does. Kerning is left out, as LibreOffice leaves it out of a Word document that
 * does not ask for it; pdfkit kerns, so a PDF line comes out a hair shorter than measured, never longer.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { fontPath, type FontKey } from './faces';

interface Face {
  font: Font;
  /** What each f-ligature takes off the width of its letters, in ems, longest first. */
  ligatures?: [string, number][];

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

const F_LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl'];

/** Width of `text` as fontkit shapes it, in ems. */
function setEm(face: Face, text: string): number {
  return face.font.layout(text).positions.reduce((em, position) => em + position.xAdvance, 0) / face.font.unitsPerEm;
}

function ligaturesOf(face: Face): [string, number][] {
  if (!face.ligatures) {
    const letters = (text: string) => [...text].reduce((em, c) => em + advanceEm(face, c.codePointAt(0)!), 0);
    face.ligatures = F_LIGATURES.map((text): [string, number] => [text, letters(text) - setEm(face, text)]).filter(([, saved]) => saved !== 0);
  }
  return face.ligatures;
}

/** The fontkit font of a bundled face, loaded once. */
export function fontOf(key: FontKey): Font {
  return faceOf(key).font;
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
      const ligature = ligaturesOf(face).find(([letters]) => text.startsWith(letters, at));
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
  const { font: face } = faceOf(font);
  return (face.ascent - face.descent + face.lineGap) / face.unitsPerEm;
}

/** Ascent of `font` in ems: how far above the baseline its tallest glyphs reach. */
export function ascentEm(font: FontKey = 'sans'): number {
  const { font: face } = faceOf(font);
  return face.ascent / face.unitsPerEm;
}
