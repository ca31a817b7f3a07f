/** The part of subset-font's API plansmith uses (it ships no types). */
declare module 'subset-font' {
  /** A font with only the glyphs `text` needs (and the tables a word processor needs to use it), as TrueType. */
  export default function subsetFont(font: Uint8Array, text: string, options: { targetFormat: 'truetype' }): Promise<Buffer>;
}
