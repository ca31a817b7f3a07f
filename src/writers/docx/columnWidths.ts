import { plainText, type Cell, type Table } from '../../render/doctree';
import { columnCount } from '../pagination';

/** A line is counted up to this many ems; longer text wraps anyway. */
const MAX_NATURAL_EM = 28;
/** When not every word fits whole, a single long word (an id, a URL) may claim at most this many ems. */
const MAX_WORD_EM = 9;
/** Header cells are bold, which DejaVu Sans sets about a sixth wider. */
const BOLD_FACTOR = 1.16;
/** Room for the estimate being short, so text estimated to just fit its natural width does fit. */
const SLACK_EM = 0.5;
/** The same for a column's longest word: less, as ten-column tables have little room to spare. */
const WORD_SLACK_EM = 0.3;

/**
 * Approximate advance widths of characters in ems, by the classes DejaVu Sans (the default font) sets alike. Close
 * enough to keep words such as ids from breaking; exact widths would need the font's metrics.
 */
const CHAR_CLASSES: [RegExp, number][] = [
  [/[ijlIft.,:;'|!()[\]{}\s/-]/, 0.34],
  [/[rsz]/, 0.52],
  [/[mwMW@#%&]/, 0.95],
  [/[A-Z]/, 0.72],
  [/[0-9]/, 0.64],
  [/[a-z]/, 0.62],
];
const OTHER_EM = 0.7;

function classEm(char: string): number {
  return CHAR_CLASSES.find(([pattern]) => pattern.test(char))?.[1] ?? OTHER_EM;
}

/** The classes looked up once for ASCII: tables measure every character of every cell, often several times. */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) => classEm(String.fromCharCode(code)));

export function textEm(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    width += code < 128 ? ASCII_EM[code] : classEm(char);
  }
  return width;
}

interface ColumnNeed {
  /** Width in ems that sets the column's longest line without wrapping. */
  natural: number;
  /** Width in ems of its longest word: narrower and words break mid-word. */
  minimum: number;
}

/**
 * Where a line may break: between words, or, when whole words cannot all fit, also after hyphens
 * ("MERAKI-ENT-" / "2026-3310"), as Word and LibreOffice do; never inside an e-mail address.
 */
const BREAKS = { words: /\s+/, hyphens: /\s+|(?<=-)/ } as const;
type Breaks = keyof typeof BREAKS;

function cellNeed(cell: Cell, factor: number, breaks: Breaks, maxWordEm: number): ColumnNeed {
  const lines = plainText(cell).split('\n');
  const words = lines.flatMap((line) => line.split(BREAKS[breaks]));
  const natural = Math.max(0, ...lines.map(textEm)) * factor;
  const minimum = Math.max(0, ...words.map(textEm)) * factor;
  return { natural: Math.min(natural, MAX_NATURAL_EM), minimum: Math.min(minimum, maxWordEm) };
}

/** Each column's needs in ems before padding, by way of breaking: the same for every font size a table is tried at. */
const rawNeedsCache = new WeakMap<Table, Map<string, ColumnNeed[]>>();

function rawColumnNeeds(table: Table, breaks: Breaks, maxWordEm: number, headers: boolean): ColumnNeed[] {
  let byKey = rawNeedsCache.get(table);
  if (!byKey) rawNeedsCache.set(table, (byKey = new Map()));
  const key = `${breaks} ${maxWordEm} ${headers}`;
  let needs = byKey.get(key);
  if (!needs) {
    needs = Array.from({ length: columnCount(table) }, (_, column) => {
      const header = cellNeed(table.header[column] ?? [], BOLD_FACTOR, breaks, maxWordEm);
      const body = table.rows.map((row) => cellNeed(row[column] ?? [], 1, breaks, maxWordEm));
      const minimum = Math.max(header.minimum, ...body.map((n) => n.minimum));
      const bodyNatural = body.length > 0 ? Math.max(...body.map((n) => n.natural)) : header.natural;
      const natural = headers ? Math.max(bodyNatural, header.natural) : bodyNatural;
      return { natural: Math.max(natural, minimum), minimum };
    });
    byKey.set(key, needs);
  }
  return needs;
}

/**
 * What a column needs. Its natural width comes from the body cells only, unless `headers` says the header's counts
 * too: a header that wraps costs one row, a body column that wraps costs every row. Header words still count towards
 * the minimum, so they never break mid-word.
 */
function columnNeeds(table: Table, paddingEm: number, breaks: Breaks, maxWordEm = Infinity, headers = false): ColumnNeed[] {
  return rawColumnNeeds(table, breaks, maxWordEm, headers).map(({ natural, minimum }) => ({
    natural: natural + paddingEm + SLACK_EM,
    minimum: minimum + paddingEm + WORD_SLACK_EM,
  }));
}

/** Integer parts of `total` in proportion to `weights`, summing exactly to `total` (largest remainder first). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : total / weights.length));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Widths between each column's minimum and natural width that add up to `capacity`: every column gets its natural
 * width up to a common level, and at least its minimum. Short columns (ids, dates) are then set whole and the long
 * ones share what is left, as browsers size auto tables.
 */
function levelled(needs: readonly ColumnNeed[], capacity: number): number[] {
  const at = (level: number) => needs.map((n) => Math.max(n.minimum, Math.min(n.natural, level)));
  const total = (level: number) => at(level).reduce((a, b) => a + b, 0);
  let low = 0;
  let high = Math.max(...needs.map((n) => n.natural));
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (total(middle) > capacity) high = middle;
    else low = middle;
  }
  return at(low);
}

/** Whether every column can be as wide as its longest word (header words in bold), so no word breaks. */
export function wordsFit(table: Table, available: number, em: number, padding: number, breaks: Breaks = 'words'): boolean {
  return columnNeeds(table, padding / em, breaks).reduce((sum, n) => sum + n.minimum, 0) <= available / em;
}

/** The smallest size a table steps down to so its words fit their columns whole; smaller is hard to read. */
export const SMALLEST_TABLE_FONT = 7;

/**
 * The table's font size: `size`, stepping down half a point at a time (to 7 pt at most) until every word fits its
 * column whole, so ids and e-mail addresses in a ten-column inventory do not break. The PDF writer does the same,
 * measuring with the font itself; this estimate errs wide, so it stops half a point earlier. `units` gives, for a
 * font size in points, the em and the cell padding (left plus right) in the unit of `available`.
 */
export function fittingFontSize(table: Table, available: number, size: number, units: (size: number) => { em: number; padding: number }): number {
  let fitting = size;
  while (fitting > SMALLEST_TABLE_FONT && !wordsFit(table, available, units(fitting).em, units(fitting).padding)) fitting -= 0.5;
  return fitting;
}

/** What each column needs, breaking words no more than the width forces to. */
function fittingNeeds(table: Table, available: number, em: number, padding: number, headers: boolean): ColumnNeed[] {
  if (wordsFit(table, available, em, padding, 'words')) return columnNeeds(table, padding / em, 'words', Infinity, headers);
  if (wordsFit(table, available, em, padding, 'hyphens')) return columnNeeds(table, padding / em, 'hyphens', Infinity, headers);
  return columnNeeds(table, padding / em, 'hyphens', MAX_WORD_EM, headers);
}

export interface WidthOptions {
  /**
   * Whether a column's header counts towards its natural width when room is short. Word pages are printed, where a
   * wrapped header costs one row and a wrapped column every row; a browser window may be wide enough for both.
   */
  wholeHeaders?: boolean;
}

/**
 * Column widths (in twips) that fill `available`. Widths the template gives win; otherwise columns get what their
 * content needs: all of it, headers unwrapped too, spread out, when everything fits; else short columns whole and
 * long ones what is left; and when not even the longest words fit, shares by longest word. `em` is the table's font
 * size and `padding` the cell's left plus right margin, both in twips.
 */
export function columnWidths(table: Table, available: number, em: number, padding: number, options: WidthOptions = {}): number[] {
  if (table.widths && table.widths.length === columnCount(table)) return apportion(table.widths, available);
  const capacity = available / em;
  const whole = columnNeeds(table, padding / em, 'words', Infinity, true);
  if (whole.reduce((sum, n) => sum + n.natural, 0) <= capacity) return apportion(whole.map((n) => n.natural), available);
  const needs = fittingNeeds(table, available, em, padding, options.wholeHeaders ?? false);
  const natural = needs.reduce((sum, n) => sum + n.natural, 0);
  if (natural <= capacity) return apportion(needs.map((n) => n.natural), available);
  const minimum = needs.reduce((sum, n) => sum + n.minimum, 0);
  if (minimum >= capacity) return apportion(needs.map((n) => n.minimum), available);
  return apportion(levelled(needs, capacity), available);
}
