import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import type { DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { fontPath, type FontKey } from '../../fonts/faces';

/** A family the DOCX embeds: its name as the document names it, and the faces Word sets its text in. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold?: Buffer;
  italic?: Buffer;
  boldItalic?: Buffer;
}

/** The bundled families by the names a theme gives them, with the file of each face. */
const BUNDLED: Record<string, { data: FontKey; bold?: FontKey; italic?: FontKey; boldItalic?: FontKey }> = {
  'DejaVu Sans': { data: 'sans', bold: 'sans-bold', italic: 'sans-oblique', boldItalic: 'sans-boldoblique' },
  'DejaVu Sans Mono': { data: 'mono' },
};

/**
 * The bundled fonts the theme names, to embed in the DOCX: Word on a machine without DejaVu would set the text in
 * another font, with other line breaks than the page numbers plansmith stores. Each face is cut down to the characters
 * the document holds and printable ASCII (a few dozen kilobytes instead of 700), the same subset for the same text.
 */
export async function embeddedFonts(tree: DocTree, theme: Theme): Promise<EmbeddedFont[]> {
  const families = [...new Set([theme.font.family, theme.font.mono])].filter((name) => name in BUNDLED);
  if (families.length === 0) return [];
  const text = documentCharacters(tree);
  return Promise.all(
    families.map(async (name) => {
      const faces = Object.entries(BUNDLED[name]) as [keyof EmbeddedFont, FontKey][];
      const subsets = await Promise.all(faces.map(async ([face, key]) => [face, await subsetFont(await readFile(fontPath(key)), text, { targetFormat: 'truetype' })] as const));
      return { name, ...Object.fromEntries(subsets) } as EmbeddedFont;
    }),
  );
}

/** Every character of the tree's text (its strings, walked whole), printable ASCII included, in code point order. */
export function documentCharacters(tree: DocTree): string {
  const seen = new Set<string>();
  for (let code = 0x20; code < 0x7f; code++) seen.add(String.fromCharCode(code));
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const character of value) seen.add(character);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) Object.values(value).forEach(walk);
  };
  walk(tree);
  return [...seen].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
