/** The part of fontkit's API plansmith uses (fontkit ships no types). */
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    /** hhea ascender, descender (negative) and line gap, in font units. */
    ascent: number;
    descent: number;
    lineGap: number;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Uint8Array): Font;
}
