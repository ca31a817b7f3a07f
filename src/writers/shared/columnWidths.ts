/**
 * Column widths for every writer, by the rule browsers use for automatic table layout: each column's minimum content
 * width (its widest word) and maximum content width (its widest unwrapped line), measured with the bundled fonts'
 * metrics; space beyond what every column needs is shared in proportion to the maximums, and no column gets less
 * than its minimum while the minimums fit. A column is thus never much wider than its content while another wraps.
 */
import type { Cell, Inline, Table } from '../../render/tree/doctree';
import { fontFor } from '../../fonts/faces';
import { textEm } from '../../fonts/metrics';

/** What a column's content needs, in ems of the table's font size, without cell padding. */
export interface ColumnExtent {
  min: number;
  max: number;
}

/**
 * White space a line may break at: any but the no-break spaces (U+00A0, U+202F), which glue words. Captured, so
 * `split` keeps the spaces between the words.
 */
export const BREAKABLE_SPACE = /([^\S\u00A0\u202F]+)/;
/** Where a word may break when whole words do not fit: after a hyphen or dash, as Word and LibreOffice do. */
export const AFTER_HYPHEN = /(?<=[-\u2010-\u2014])/;

/**
 * A cell's extent in ems: its widest word (or, with `hyphens`, widest piece between hyphens) and its widest line.
 * Header cells are set in bold.
 */
export function cellExtent(cell: Cell, header: boolean, hyphens = false): ColumnExtent {
  let min = 0;
  let max = 0;
  let line = 0;
  let word = 0;
  const endWord = () => {
    min = Math.max(min, word);
    word = 0;
  };
  for (const run of cell as readonly Inline[]) {
    if (run.type === 'break') {
      endWord();
      line = 0;
      continue;
    }
    const font = fontFor({ bold: header || run.bold, italic: run.italic, code: run.code });
    for (const part of run.text.split(BREAKABLE_SPACE)) {
      if (part === '') continue;
      if (BREAKABLE_SPACE.test(part)) {
        endWord();
        line += textEm(' ', font);
      } else {
        const pieces = hyphens ? part.split(AFTER_HYPHEN) : [part];
        pieces.forEach((piece, i) => {
          if (i > 0) endWord();
          const em = textEm(piece, font);
          word += em;
          line += em;
        });
      }
      max = Math.max(max, line);
    }
  }
  endWord();
  return { min, max: Math.max(max, min) };
}

/** Columns in a table: the header's, or more when a row has more cells. */
export function columnCount(table: Table): number {
  return table.rows.reduce((most, row) => Math.max(most, row.length), table.header.length);
}

/**
 * Extents by table, measured once for each way of breaking words: every writer sizes the same tables, some more than
 * once (is it wide? at what size do its words fit?), and watch rebuilds keep the tables of unedited sections.
 */
const measured = { words: new WeakMap<Table, readonly ColumnExtent[]>(), hyphens: new WeakMap<Table, readonly ColumnExtent[]>() };

/** Each column's extent over its header and body cells. */
export function tableExtents(table: Table, hyphens = false): readonly ColumnExtent[] {
  const kept = hyphens ? measured.hyphens : measured.words;
  let extents = kept.get(table);
  if (!extents) kept.set(table, (extents = measureExtents(table, hyphens)));
  return extents;
}

function measureExtents(table: Table, hyphens: boolean): ColumnExtent[] {
  const extents = Array.from({ length: columnCount(table) }, () => ({ min: 0, max: 0 }));
  const visit = (row: readonly Cell[], header: boolean) =>
    row.forEach((cell, c) => {
      const e = cellExtent(cell, header, hyphens);
      extents[c].min = Math.max(extents[c].min, e.min);
      extents[c].max = Math.max(extents[c].max, e.max);
    });
  visit(table.header, true);
  for (const row of table.rows) visit(row, false);
  return extents;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** The largest value; a reduce, not a spread, as tables can have any number of columns. */
const largest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/**
 * Widths (in the unit of `available`) for columns whose content needs `min` and `max` (padding included): every
 * column its maximum, with the room left spread in proportion, when all fit; otherwise every column its content up
 * to a common level and at least its minimum, so short columns (ids, dates, names) are set whole and the long ones
 * share what is left alike; and when not even the minimums fit, every column its minimum up to a common cap, so only
 * the columns with the longest words (an e-mail address, a long id) break them.
 */
export function autoColumnWidths(needs: readonly ColumnExtent[], available: number): number[] {
  const maxTotal = sum(needs.map((n) => n.max));
  if (maxTotal <= available) return needs.map((n) => n.max + (maxTotal > 0 ? ((available - maxTotal) * n.max) / maxTotal : (available - maxTotal) / needs.length));
  const minTotal = sum(needs.map((n) => n.min));
  if (minTotal >= available) return cappedMinimums(needs.map((n) => n.min), available);
  return levelled(needs, available);
}

/** The level L at which `widthAt(L)` adds up to `available` (widthAt grows with L). */
function level(widthAt: (level: number) => number[], available: number, highest: number): number[] {
  let low = 0;
  let high = highest;
  for (let step = 0; step < 50; step++) {
    const middle = (low + high) / 2;
    if (sum(widthAt(middle)) > available) high = middle;
    else low = middle;
  }
  return widthAt(low);
}

/** Each column its content up to a common level, and at least its minimum; what rounding leaves, in proportion. */
function levelled(needs: readonly ColumnExtent[], available: number): number[] {
  const widths = level((l) => needs.map((n) => Math.max(n.min, Math.min(n.max, l))), available, largest(needs.map((n) => n.max)));
  const total = sum(widths);
  return widths.map((w) => (w * available) / total);
}

/** `mins` capped at the level where they add up to `available` (each column its minimum when all are below it). */
function cappedMinimums(mins: readonly number[], available: number): number[] {
  const widths = level((cap) => mins.map((m) => Math.min(m, cap)), available, largest(mins));
  const total = sum(widths);
  return widths.map((w) => (w * available) / total);
}

/** How a writer sets a table: its text width and what a font size costs in cell padding, both in one unit. */
export interface TableFrame {
  /** Room across, in the writer's unit. */
  available: number;
  /** Points to the writer's unit (1 for points, 20 for twips). */
  unit: number;
  /** Left plus right cell padding at a font size, in the writer's unit. */
  padding: (size: number) => number;
}

/**
 * The smallest size a table steps down to so its words fit their columns whole. Print wants 8 pt; only a table whose
 * words do not fit whole at 8 pt even on a landscape page (the ten-column inventories) goes below, as whole e-mail
 * addresses and ids matter more there.
 */
export const SMALLEST_TABLE_FONT = 7;
/** The smallest size print is legible at: whether a wide table fits portrait pages is judged at it. */
export const SMALLEST_PRINT_FONT = 8;

export interface TableSizing {
  /** Font size in points. */
  size: number;
  /** Column widths in the frame's unit, summing to its `available`. */
  widths: number[];
}

/**
 * The table's font size and column widths: `size`, stepping down half a point at a time (to `SMALLEST_TABLE_FONT` at most) until
 * every word fits its column whole; at the smallest size, words may break after their hyphens. Widths the template
 * gives win.
 */
export function sizeTable(table: Table, frame: TableFrame, size: number): TableSizing {
  const whole = tableExtents(table);
  const needsAt = (extents: readonly ColumnExtent[], at: number) =>
    extents.map((e) => ({ min: e.min * at * frame.unit + frame.padding(at), max: e.max * at * frame.unit + frame.padding(at) }));
  const fits = (extents: readonly ColumnExtent[], at: number) => sum(needsAt(extents, at).map((n) => n.min)) <= frame.available;
  let fitting = size;
  while (fitting > SMALLEST_TABLE_FONT && !fits(whole, fitting)) fitting = Math.max(SMALLEST_TABLE_FONT, fitting - 0.5);
  const count = columnCount(table);
  if (table.widths && table.widths.length === count) {
    const total = sum(table.widths) || 1;
    return { size: fitting, widths: table.widths.map((w) => (w / total) * frame.available) };
  }
  const extents = fits(whole, fitting) ? whole : tableExtents(table, true);
  return { size: fitting, widths: autoColumnWidths(needsAt(extents, fitting), frame.available) };
}

/** Integer parts of `total` in proportion to `weights`, summing exactly to `total` (largest remainder first). */
export function apportion(weights: readonly number[], total: number): number[] {
  const weightSum = sum(weights);
  const exact = weights.map((w) => (weightSum > 0 ? (w / weightSum) * total : total / weights.length));
  const parts = exact.map(Math.floor);
  let left = total - sum(parts);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}
