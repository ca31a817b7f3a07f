import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../../src/render/tree/doctree';
import { defaultTheme } from '../../../src/render/templates/theme';
import { isWideTable, landscapeFlags } from '../../../src/writers/shared/pagination';

const text = (value: string) => [{ type: 'text' as const, text: value }];
const table = (columns: number, word: string): Table => ({ type: 'table', header: Array.from({ length: columns }, () => text(word)), rows: [], align: Array(columns).fill(null) });
const heading = (level: 1 | 2 | 3, id: string): Block => ({ type: 'heading', level, runs: text(id), text: id, id, toc: true });
const paragraph = (value = 'Some text.'): Block => ({ type: 'paragraph', runs: text(value) });

describe('isWideTable', () => {
  it('sends a table of landscapeColumns or more columns to landscape pages only when its words do not fit the portrait width at 8 pt', () => {
    expect(isWideTable(table(8, 'Administration'), defaultTheme)).toBe(true);
    expect(isWideTable(table(8, 'FTE'), defaultTheme)).toBe(false);
    expect(isWideTable(table(7, 'Administration'), defaultTheme)).toBe(false);
  });
});

describe('landscapeFlags', () => {
  it('takes a wide table\'s lead-in and, while a section holds only its introduction before it, that section\'s heading and introduction too', () => {
    const blocks = [paragraph(), table(3, 'x'), heading(2, '3.1'), paragraph(), heading(3, '3.1.1'), paragraph(), table(10, 'Administration')];
    expect(landscapeFlags(blocks, defaultTheme)).toEqual([false, false, true, true, true, true, true]);
  });

  it('leaves body text that is not a section\'s introduction on the portrait page', () => {
    const blocks = [heading(2, '3.1'), paragraph(), paragraph(), paragraph(), heading(3, '3.1.1'), paragraph(), table(10, 'Administration')];
    expect(landscapeFlags(blocks, defaultTheme)).toEqual([false, false, false, false, true, true, true]);
  });
});
