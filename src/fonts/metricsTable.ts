import type { FontKey } from './faces';

/** The bundled faces, in the order src/fonts/metrics.json lists them. */
export const FONT_KEYS: readonly FontKey[] = ['sans', 'sans-bold', 'sans-oblique', 'sans-boldoblique', 'mono'];

/** The f-ligatures the faces set, longest first. */
export const F_LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl'];

/** One face's metrics as src/fonts/metrics.json holds them (scripts/fontMetrics.ts writes it). Lengths in font units. */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** The advance of a character the face has no glyph for (it draws .notdef). */
  missing: number;
  /** Rows of consecutive code points: the first, then the advance of each. */
  advances: number[][];
  /** What each f-ligature takes off the width of its letters, in ems. */
  ligatures: [string, number][];
}

export type MetricsTable = Record<FontKey, FaceMetrics>;
