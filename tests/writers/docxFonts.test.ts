import { unzipSync, strFromU8 } from 'fflate';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { DocTree } from '../../src/render/tree/doctree';
import { defaultTheme, themeSchema } from '../../src/render/templates/theme';
import { documentCharacters } from '../../src/writers/docx/fonts';
import { writeDocx } from '../../src/writers/docx/index';
import { sampleTree } from '../fixtures/sampleTree';

/** The fonts a DOCX embeds: each face's font table entry and its file, de-obfuscated with the entry's key. */
function embeddedFaces(docx: Uint8Array): { family: string; face: string; font: Uint8Array }[] {
  const files = unzipSync(docx);
  const table = strFromU8(files['word/fontTable.xml']);
  const rels = strFromU8(files['word/_rels/fontTable.xml.rels']);
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return [...table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)].flatMap(([, family, body]) =>
    [...body.matchAll(/<w:embed(\w+) r:id="([^"]+)" w:fontKey="\{([^}]+)\}"/g)].map(([, face, id, key]) => {
      const bytes = files[`word/${target(id)}`].slice();
      const keyBytes = key.replace(/-/g, '').match(/../g)!.map((pair) => parseInt(pair, 16)).reverse();
      for (let i = 0; i < 32; i++) bytes[i] ^= keyBytes[i % 16];
      return { family, face, font: bytes };
    }),
  );
}

const withText = (text: string): DocTree => {
  const tree = sampleTree({ rows: 1 });
  return { ...tree, blocks: [...tree.blocks, { type: 'paragraph', runs: [{ type: 'text', text }] }] };
};

describe('DOCX font embedding', () => {
  it("embeds the bundled faces the theme names, each a DejaVu font holding the document's characters", async () => {
    const faces = embeddedFaces(await writeDocx(withText('Señora Øster – ✓'), defaultTheme));
    expect(faces.map((f) => `${f.family} ${f.face}`)).toEqual([
      'DejaVu Sans Regular',
      'DejaVu Sans Bold',
      'DejaVu Sans Italic',
      'DejaVu Sans BoldItalic',
      'DejaVu Sans Mono Regular',
    ]);
    for (const { family, font } of faces) {
      const parsed = create(font) as unknown as { familyName: string; hasGlyphForCodePoint(code: number): boolean };
      expect(parsed.familyName).toBe(family);
      for (const character of 'ñØ–✓A9') expect(parsed.hasGlyphForCodePoint(character.codePointAt(0)!), `${family} ${character}`).toBe(true);
    }
  });

  it('cuts each face down to the characters used: far smaller than the font files', async () => {
    const faces = embeddedFaces(await writeDocx(withText('plain text'), defaultTheme));
    for (const { font } of faces) expect(font.length).toBeLessThan(60_000);
  });

  it('embeds nothing for families the fonts bundled with plansmith do not cover', async () => {
    const theme = themeSchema.parse({ font: { family: 'Calibri', mono: 'Consolas' } });
    expect(unzipSync(await writeDocx(sampleTree({ rows: 1 }), theme))['word/fonts/font1.odttf']).toBeUndefined();
  });

  it('lists every character of the tree once, printable ASCII always included, in code point order', () => {
    const characters = documentCharacters(withText('Ωmega Ω'));
    expect(characters).toContain('Ω');
    expect(characters.split('Ω')).toHaveLength(2);
    expect(characters.startsWith(' !"#')).toBe(true);
    expect([...characters].map((c) => c.codePointAt(0)!)).toEqual([...characters].map((c) => c.codePointAt(0)!).sort((a, b) => a - b));
  });
});
