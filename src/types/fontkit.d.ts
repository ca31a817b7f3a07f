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
    /** Shapes text (kerning, ligatures): each glyph's advance in font units. */
    layout(text: string): { positions: { xAdvance: number }[] };
  }
  export function create(buffer: Uint8Array): Font;
}
