import { describe, expect, it } from 'vitest';
import { escapeCell, escapeInline, formatDate, formatMoney, proseForCell } from '../../../src/render/markdown/text';

describe('markdown text', () => {
  it('escapes every character Markdown could interpret', () => {
    expect(escapeInline('# 1. - + > ! [x](y) `c` _e_ ~s~ <b> & |')).toBe('\\# 1\\. \\- \\+ \\> \\! \\[x\\]\\(y\\) \\`c\\` \\_e\\_ \\~s\\~ \\<b\\> \\& \\|');
  });
  it('writes nothing for missing values and lines for lists in cells', () => {
    expect(escapeInline(undefined)).toBe('');
    expect(escapeCell(['one', 'two'])).toBe('one<br>two');
  });
  it('formats ISO dates as written in US documents', () => {
    expect(formatDate('2027-03-26')).toBe('March 26, 2027');
    expect(formatDate('not a date')).toBe('not a date');
  });
  it('formats money exactly from cents', () => {
    expect(formatMoney(0.1 + 0.2)).toBe('$0.30');
    expect(formatMoney(450000)).toBe('$450,000');
    expect(formatMoney(1999.99, 'EUR')).toBe('€1,999.99');
    expect(formatMoney(12, 'CHF')).toBe('12 CHF');
  });
});

describe('proseForCell', () => {
  it('keeps a row on one line: soft line ends, paragraph breaks and list items as <br>', () => {
    expect(proseForCell('first line\nsame paragraph\n\nnext paragraph\n- item one\n- item two')).toBe(
      'first line same paragraph<br><br>next paragraph<br>- item one<br>- item two',
    );
  });
  it('escapes bare pipes once and leaves escaped ones alone', () => {
    expect(proseForCell('a | b \\| c')).toBe('a \\| b \\| c');
  });
});
