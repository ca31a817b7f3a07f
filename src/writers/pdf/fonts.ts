import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The five DejaVu faces the PDF embeds; every piece of text names one of these. */
export type FontKey = 'sans' | 'sans-bold' | 'sans-oblique' | 'sans-boldoblique' | 'mono';

const FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  'sans-oblique': 'DejaVuSans-Oblique.ttf',
  'sans-boldoblique': 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

let fontDir: string | undefined;

/** Font files come from the dejavu-fonts-ttf package wherever npm put it, never from a fixed path. */
export function fontPath(key: FontKey): string {
  if (!fontDir) {
    const require = createRequire(import.meta.url);
    fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  }
  return join(fontDir, FILES[key]);
}

/**
 * Makes `key` the current font. Faces are selected by file path, the same string the constructor gets for
 * the default face: pdfkit caches fonts by that string, while an alias (`registerFont`) of the default face
 * would miss its cache and re-read and re-parse the file on every switch.
 */
export function useFont(doc: PDFKit.PDFDocument, key: FontKey): PDFKit.PDFDocument {
  return doc.font(fontPath(key));
}

/** The face for a combination of marks; code is always upright regular mono (DejaVu Sans Mono). */
export function fontFor(marks: { bold?: boolean; italic?: boolean; code?: boolean }): FontKey {
  if (marks.code) return 'mono';
  if (marks.bold && marks.italic) return 'sans-boldoblique';
  if (marks.bold) return 'sans-bold';
  if (marks.italic) return 'sans-oblique';
  return 'sans';
}
