import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/render/tree/doctree';
import { apportion, autoColumnWidths, cellExtent, sizeTable, SMALLEST_TABLE_FONT, tableExtents } from '../../../src/writers/shared/columnWidths';
import { textEm } from '../../../src/fonts/metrics';

const cellsOf = (...texts: string[]) => texts.map((text) => [{ type: 'text' as const, text }]);
const table = (header: string[], body: string[][], widths?: number[]): Table => ({
  type: 'table',
  header: cellsOf(...header),
  rows: body.map((r) => cellsOf(...r)),
  align: header.map(() => null),
  widths,
});
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('cellExtent: what a cell needs, in ems', () => {
  it('needs its widest word at least and its widest line at most', () => {
    const e = cellExtent(cellsOf('a b longestword')[0], false);
    expect(e.min).toBeCloseTo(textEm('longestword'), 6);
    expect(e.max).toBeCloseTo(textEm('a b longestword'), 6);
  });

  it('sets header cells in bold, and starts a new line at a line break', () => {
    expect(cellExtent(cellsOf('Owner')[0], true).max).toBeCloseTo(textEm('Owner', 'sans-bold'), 6);
    const broken = cellExtent([{ type: 'text', text: 'first line' }, { type: 'break' }, { type: 'text', text: 'x' }], false);
    expect(broken.max).toBeCloseTo(textEm('first line'), 6);
  });

  it('keeps words joined by a no-break space whole, and may break after hyphens when asked', () => {
    expect(cellExtent(cellsOf('10\u00A0MB')[0], false).min).toBeCloseTo(textEm('10\u00A0MB'), 6);
    const id = cellsOf('MERAKI-ENT-2026')[0];
    expect(cellExtent(id, false).min).toBeCloseTo(textEm('MERAKI-ENT-2026'), 6);
    expect(cellExtent(id, false, true).min).toBeCloseTo(textEm('MERAKI-'), 6);
  });
});

describe('tableExtents: each column over all its cells', () => {
  it('takes the widest cell of each column, header in bold', () => {
    const t = table(['Id', 'Name'], [['A-1', 'Ana Nunez']]);
    const [id, name] = tableExtents(t);
    expect(id.max).toBeCloseTo(Math.max(textEm('Id', 'sans-bold'), textEm('A-1')), 9);
    expect(name.max).toBeCloseTo(Math.max(textEm('Name', 'sans-bold'), textEm('Ana Nunez')), 9);
  });

  it('measures a table once for each way of breaking words, however many writers ask', () => {
    const t = table(['Id', 'Name'], [['A-1', 'Ana Nunez']]);
    expect(tableExtents(t)).toBe(tableExtents(t));
    expect(tableExtents(t, true)).toBe(tableExtents(t, true));
    expect(tableExtents(t, true)[0].min).toBeLessThan(tableExtents(t)[0].min);
  });
});

describe('autoColumnWidths: automatic table layout as browsers do it', () => {
  it('gives every column its maximum and spreads the rest in proportion when all fit', () => {
    const widths = autoColumnWidths([{ min: 10, max: 20 }, { min: 10, max: 60 }], 160);
    expect(widths).toEqual([40, 120]);
  });

  it('sets short columns whole and lets the long ones share the rest alike, never below a minimum', () => {
    const needs = [
      { min: 30, max: 30 }, // an e-mail address: one long word
      { min: 20, max: 50 }, // a date
      { min: 8, max: 300 }, // an organisation: many short words
      { min: 8, max: 400 },
    ];
    const widths = autoColumnWidths(needs, 300);
    expect(sum(widths)).toBeCloseTo(300, 6);
    expect(widths[0]).toBeCloseTo(30, 6);
    expect(widths[1]).toBeCloseTo(50, 6);
    expect(widths[2]).toBeCloseTo(110, 6);
    expect(widths[3]).toBeCloseTo(110, 6);
  });

  it('caps the longest words when not even the minimums fit, so short words stay whole', () => {
    const widths = autoColumnWidths([{ min: 40, max: 60 }, { min: 300, max: 300 }, { min: 250, max: 400 }], 400);
    expect(widths[0]).toBeCloseTo(40, 6);
    expect(widths[1]).toBeCloseTo(180, 6);
    expect(widths[2]).toBeCloseTo(180, 6);
  });

  it('never makes a column wider than its content while another wraps', () => {
    const needs = [{ min: 40, max: 50 }, { min: 20, max: 400 }, { min: 15, max: 45 }];
    const widths = autoColumnWidths(needs, 300);
    widths.forEach((w, c) => expect(w).toBeLessThanOrEqual(needs[c].max + 1e-9));
  });
});

describe('sizeTable: font size and widths for a writer', () => {
  const frame = (available: number) => ({ available, unit: 1, padding: (size: number) => size * 0.9 });

  it('keeps the size when every word fits, and the widths fill the room', () => {
    const t = table(['ID', 'Description'], [['T01', 'Plan the work in detail with every team involved']]);
    const { size, widths } = sizeTable(t, frame(400), 10);
    expect(size).toBe(10);
    expect(sum(widths)).toBeCloseTo(400, 6);
    expect(widths[1]).toBeGreaterThan(widths[0]);
  });

  it('steps down half a point at a time until the words fit, but not below 7 pt', () => {
    const t = table(['A', 'B'], [['verylongidentifierword', 'anotherverylongidentifier']]);
    const needed = sum(tableExtents(t).map((e) => e.min * 9 + 9 * 0.9));
    expect(sizeTable(t, frame(needed + 0.01), 10).size).toBe(9);
    expect(sizeTable(t, frame(20), 10).size).toBe(SMALLEST_TABLE_FONT);
  });

  it('honours widths the template gives', () => {
    expect(sizeTable(table(['a', 'b'], [], [0.25, 0.75]), frame(400), 10).widths).toEqual([100, 300]);
  });
});

describe('apportion', () => {
  it('splits a total exactly, in whole parts', () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(sum(apportion([0.2, 0.8], 9360))).toBe(9360);
  });
});
