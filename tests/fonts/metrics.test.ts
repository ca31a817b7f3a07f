import { describe, expect, it } from 'vitest';
import { textEm, textWidth } from '../../src/fonts/metrics';

describe('textMetrics: widths from the bundled DejaVu fonts', () => {
  it("gives a character its advance width from the font ('a' is 1255 of 2048 units in DejaVu Sans)", () => {
    expect(textEm('a')).toBeCloseTo(1255 / 2048, 4);
  });

  it('adds up the characters of a string, and scales with the size', () => {
    expect(textEm('aa')).toBeCloseTo(2 * textEm('a'), 6);
    expect(textWidth('Plan', 10)).toBeCloseTo(textEm('Plan') * 10, 6);
  });

  it('tells narrow letters from wide ones, and bold from regular', () => {
    expect(textEm('i')).toBeLessThan(textEm('m') / 2);
    expect(textEm('Plan', 'sans-bold')).toBeGreaterThan(textEm('Plan'));
    expect(textEm('iiii', 'mono')).toBeCloseTo(textEm('mmmm', 'mono'), 6);
  });

  it('measures accented letters in either Unicode form alike, and characters beyond the BMP', () => {
    expect(textEm('é')).toBeGreaterThan(0);
    expect(textEm('\u{1D400}')).toBeGreaterThan(0);
    expect(textEm('')).toBe(0);
  });

  it('counts f-ligatures as the narrower glyphs they are set as, and leaves pairs unkerned (as LibreOffice sets a DOCX)', () => {
    const letters = (text: string) => [...text].reduce((em, c) => em + textEm(c), 0);
    expect(textEm('office')).toBeLessThan(letters('office'));
    expect(textEm('affluent')).toBeLessThan(letters('affluent'));
    expect(textEm('of fice')).toBeCloseTo(letters('of fice'), 6);
    expect(textEm('To')).toBeCloseTo(letters('To'), 6);
  });
});
