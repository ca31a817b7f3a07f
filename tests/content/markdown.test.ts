import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/content/markdown';

describe('decodeEntities', () => {
  it('decodes every HTML5 named reference, and decimal and hexadecimal ones', () => {
    expect(decodeEntities('a &amp; b &hellip; &check; &NotEqualTilde; &#233; &#x1F600;')).toBe('a & b … ✓ ≂̸ é 😀');
  });

  it('leaves a reference of an unknown name, or without its semicolon, as typed (as CommonMark does)', () => {
    expect(decodeEntities('&bogus; &amp &copy')).toBe('&bogus; &amp &copy');
  });

  it('turns a reference to no character into the replacement character', () => {
    expect(decodeEntities('&#0; &#xD800;')).toBe('\uFFFD \uFFFD');
  });
});
