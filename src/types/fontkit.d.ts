/** The part of fontkit's API plansmith uses (fontkit ships no types). */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    /** The outline in font units, y up. */
    path: { toSVG(): string };
  }
  export interface Font {
    unitsPerEm: number;
    /** hhea ascender, descender (negative) and line gap, in font units. */
    ascent: number;
    descent: number;
    lineGap: number;
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    /** Shapes text (kerning, ligatures): the glyphs and each one's advance and offset in font units. */
    layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
  }
  export function create(buffer: Uint8Array): Font;
}
