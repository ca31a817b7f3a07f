import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/render/tree/doctree';
import { textWidth } from '../../../src/fonts/metrics';
import { lineCount } from '../../../src/writers/shared/lineCount';

const text = (value: string, marks: { bold?: boolean } = {}): Inline => ({ type: 'text', text: value, ...marks });

describe('lineCount', () => {
  it('breaks greedily at spaces, a word fitting to the point staying on its line', () => {
    const width = textWidth('alpha beta', 10);
    expect(lineCount([text('alpha beta')], width, 10)).toBe(1);
    expect(lineCount([text('alpha beta gamma')], width, 10)).toBe(2);
    expect(lineCount([text('alpha beta')], width - 1, 10)).toBe(2);
  });

  it('counts every line break and an empty paragraph as one line', () => {
    expect(lineCount([], 100, 10)).toBe(1);
    expect(lineCount([text('a'), { type: 'break' }, text('b'), { type: 'break' }, text('c')], 100, 10)).toBe(3);
  });

  it('keeps a word that runs across runs together, and measures bold text as bold', () => {
    const width = textWidth('word,', 10) + 0.1;
    expect(lineCount([text('word', { bold: false }), text(',')], width, 10)).toBe(1);
    expect(lineCount([text('word', { bold: true }), text(',')], width, 10)).toBe(2);
  });

  it('breaks after a hyphen and splits a word wider than the line', () => {
    const width = Math.max(textWidth('data-', 10), textWidth('driven', 10)) + 1;
    expect(lineCount([text('data-driven')], width, 10)).toBe(2);
    expect(lineCount([text('x'.repeat(30))], textWidth('x'.repeat(10), 10), 10)).toBe(3);
  });
});
