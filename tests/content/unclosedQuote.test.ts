import { describe, expect, it } from 'vitest';
import { checkFiles } from '../fixtures/planFiles';

const syntax = (text: string) =>
  checkFiles({ 'glossary.yaml': text }).diagnostics.filter((d) => d.code === 'yaml-syntax').map(({ line, col, message, hint }) => ({ line, col, message, hint }));

describe('an unclosed quote', () => {
  it('is reported at the opening quote, with a hint', () => {
    expect(syntax('intro: "Terms used\nterms:\n  - term: A\n    definition: b\n')).toEqual([{
      line: 1,
      col: 8,
      message: 'YAML: the quoted value that starts here has no closing "',
      hint: 'end the value with " on the line where it ends, or remove the opening " (a " inside the value is written \\")',
    }]);
  });

  it('is found after closed quotes, escaped quotes and apostrophes in plain text', () => {
    const found = syntax(`intro: "a \\"b\\" c"\nterms:\n  - term: it's\n    definition: 'x''s'\n  - term: 'open''\n    definition: d\n`);
    expect(found.map(({ line, col, message }) => [line, col, message])).toEqual([[5, 11, "YAML: the quoted value that starts here has no closing '"]]);
  });
});
