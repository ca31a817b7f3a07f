import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The bundled DejaVu faces every writer sets text in; each piece of text names one. */
export type FontKey = 'sans' | 'sans-bold' | 'sans-oblique' | 'sans-boldoblique' | 'mono';

const FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  'sans-oblique': 'DejaVuSans-Oblique.ttf',
  'sans-boldoblique': 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

/** Every bundled face. */
export const FONT_KEYS = Object.keys(FILES) as FontKey[];

let fontDir: string | undefined;

/** Font files come from the dejavu-fonts-ttf package wherever npm put it, never from a fixed path. */
export function fontPath(key: FontKey): string {
  if (!fontDir) fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return join(fontDir, FILES[key]);
}

/** The face for a combination of marks; code is always upright regular mono (DejaVu Sans Mono). */
export function fontFor(marks: { bold?: boolean; italic?: boolean; code?: boolean }): FontKey {
  if (marks.code) return 'mono';
  if (marks.bold && marks.italic) return 'sans-boldoblique';
  if (marks.bold) return 'sans-bold';
  if (marks.italic) return 'sans-oblique';
  return 'sans';
}
