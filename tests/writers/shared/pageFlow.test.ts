import { describe, expect, it } from 'vitest';
import { flowPages, type FlowBox, type LinesBox } from '../../../src/writers/shared/pageFlow';

const options = { height: 100, spaceAfterBreak: true, lonely: 2 };
const lines = (count: number, extra: Partial<LinesBox> = {}): LinesBox => ({ kind: 'lines', lines: Array(count).fill(10), before: 0, after: 0, ...extra });
const pageOf = (boxes: FlowBox[], mark = 1) => flowPages(boxes, options).marks.get(mark);

describe('flowPages', () => {
  it('fills a page with lines and carries the rest onto the next', () => {
    expect(flowPages([lines(10)], options).pageCount).toBe(1);
    expect(flowPages([lines(11)], options).pageCount).toBe(2);
    expect(pageOf([lines(10), lines(1, { mark: 1 })])).toBe(2);
  });

  it('adds the larger of the space below one paragraph and above the next', () => {
    // 5 lines, 20 below, 15 above the next: 50 + 20 + 3 lines = 100 fits; a fourth line does not.
    expect(pageOf([lines(5, { after: 20 }), lines(3, { before: 15, mark: 1 })])).toBe(1);
    expect(flowPages([lines(5, { after: 20 }), lines(4, { before: 15 })], options).pageCount).toBe(2);
  });

  it('drops space above at the top of a page text ran onto, keeps it after a break', () => {
    const ran = flowPages([lines(10), lines(10, { before: 50 })], options);
    expect(ran.pageCount).toBe(2);
    const broken = flowPages([lines(1), { kind: 'break' }, lines(10, { before: 50 })], options);
    expect(broken.pageCount).toBe(3);
  });

  it('moves a heading kept with the next paragraph to the page of its first lines', () => {
    expect(pageOf([lines(8), lines(1, { keepNext: true, keepLines: true, mark: 1 }), lines(4)])).toBe(2);
    expect(pageOf([lines(7), lines(1, { keepNext: true, keepLines: true, mark: 1 }), lines(4)])).toBe(1);
  });

  it('leaves no single line of a paragraph alone at the foot or the head of a page', () => {
    // 9 lines used: one more line would be an orphan, so the 3-line paragraph moves whole.
    expect(pageOf([lines(9), lines(3, { mark: 1 })])).toBe(2);
    // 8 used, 3 lines: two could stay, but one would be a widow; too short to split, it moves whole.
    expect(pageOf([lines(8), lines(3, { mark: 1 })])).toBe(2);
    // 8 used, 4 lines: two stay and two go.
    expect(flowPages([lines(8), lines(4), lines(8, { mark: 1 })], options).marks.get(1)).toBe(2);
  });

  it('keeps table rows whole and repeats the header on the next page', () => {
    const table: FlowBox = { kind: 'rows', header: [20], rows: [{ height: 30 }, { height: 30 }, { height: 30 }], closing: 0 };
    // 20 + 30 + 30 = 80 on page 1; the third row goes to page 2 below the repeated header: 20 + 30 = 50.
    expect(pageOf([table, lines(5, { mark: 1 })])).toBe(2);
    expect(pageOf([table, lines(6, { keepLines: true, mark: 1 })])).toBe(3);
  });

  it('splits a tall row allowed to, leaving the lines that fit, down to a single line on either side (as LibreOffice does)', () => {
    const tall = (lines: number) => ({ height: 2 + 10 * lines, split: { line: 10, lines, padding: 2 } });
    // 20 header + 42 = 62; 38 left: 3 lines of the 6-line row fit, the other 3 go below the repeated header (20 + 32).
    const split: FlowBox = { kind: 'rows', header: [20], rows: [{ height: 42 }, tall(6)], closing: 0 };
    expect(pageOf([split, lines(4, { mark: 1 })])).toBe(2);
    expect(pageOf([split, lines(5, { keepLines: true, mark: 1 })])).toBe(3);
    // 4 lines of a 5-line row fit: they stay, and the last goes below the repeated header (20 + 12).
    const widow: FlowBox = { kind: 'rows', header: [20], rows: [{ height: 32 }, tall(5)], closing: 0 };
    expect(pageOf([widow, lines(6, { keepLines: true, mark: 1 })])).toBe(2);
    expect(pageOf([widow, lines(7, { keepLines: true, mark: 1 })])).toBe(3);
    // A row not allowed to split moves whole.
    const whole: FlowBox = { kind: 'rows', header: [20], rows: [{ height: 42 }, { height: 62 }], closing: 0 };
    expect(pageOf([whole, lines(1, { mark: 1 })])).toBe(2);
    expect(pageOf([whole, lines(2, { mark: 1 })])).toBe(3);
  });

  it('sets a section on pages of its own height', () => {
    const result = flowPages([lines(1), { kind: 'break', height: 50 }, lines(6, { mark: 1 })], options);
    expect(result.marks.get(1)).toBe(2);
    expect(result.pageCount).toBe(3);
  });

  describe('with floats', () => {
    const floating = { ...options, floats: true };
    const figure = (height: number, starts: object): LinesBox => ({ kind: 'lines', lines: [height], before: 0, after: 0, float: 1, starts });
    const block = (count: number, starts: object, extra: Partial<LinesBox> = {}): LinesBox => lines(count, { starts, ...extra });

    it('sets a figure too tall for the rest of the page before the first block that no longer fits, the blocks between filling the page', () => {
      const [chart, a, b, c] = [{}, {}, {}, {}];
      // 6 lines used; the 50-point chart does not fit the 40 left, so the 2-line and 1-line blocks after it fill the
      // page and the chart waits until the 3-line block, which does not fit either.
      const result = flowPages([lines(6), figure(50, chart), block(2, a), block(1, b), block(3, c, { mark: 1 })], floating);
      expect(result.floats.get(chart)).toEqual({ before: c, row: undefined });
      expect(result.marks.get(1)).toBe(2);
    });

    it('keeps a figure in its place when it fits, and figures waiting in their order', () => {
      const [small, first, second, after] = [{}, {}, {}, {}];
      expect(flowPages([lines(2), figure(30, small), block(1, after)], floating).floats.size).toBe(0);
      const waiting = flowPages([lines(8), figure(50, first), figure(20, second), block(1, after), block(5, {})], floating);
      expect([...waiting.floats.keys()]).toEqual([first, second]);
      expect(waiting.floats.get(second)).toEqual(waiting.floats.get(first));
    });

    it('splits a table between rows for a waiting figure: the rows that fit stay, the rest go on under the header', () => {
      const [chart, table] = [{}, {}];
      const rows: FlowBox = { kind: 'rows', header: [10], rows: [10, 10, 10, 10, 10, 10].map((height) => ({ height })), closing: 0, table };
      // 5 lines used; the chart (60) waits; the header and rows 0 to 3 fill the page, and the chart goes before row 4.
      const result = flowPages([lines(5), figure(60, chart), rows], floating);
      expect(result.floats.get(chart)).toEqual({ before: table, row: 4 });
    });

    it('sets figures still waiting at a break before it, and at the end of the flow', () => {
      const [chart, chapter] = [{}, {}];
      const broken = flowPages([lines(8), figure(50, chart), lines(1), { kind: 'break', starts: chapter }, lines(1)], floating);
      expect(broken.floats.get(chart)).toEqual({ before: chapter, row: undefined });
      expect(flowPages([lines(8), figure(50, chart), lines(1)], floating).floats.get(chart)).toEqual({ before: undefined, row: undefined });
    });

    it('moves nothing without `floats`', () => {
      expect(flowPages([lines(8), figure(50, {}), lines(1)], options).floats.size).toBe(0);
    });
  });
});
