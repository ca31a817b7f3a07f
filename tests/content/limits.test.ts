import { describe, expect, it } from 'vitest';
import { abbreviationsIn } from '../../src/checks/glossary';
import { markdownLimit } from '../../src/checks/markdownLimits';
import { placeholdersIn } from '../../src/checks/placeholders';
import { LIMITS } from '../../src/content/limits';
import { checkFiles } from '../fixtures/planFiles';

const codes = (result: ReturnType<typeof checkFiles>) => result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.line, d.col, d.code]);

describe('limits of a content file', () => {
  it('a file over the size limit is refused before it is decoded', () => {
    const result = checkFiles({ 'introduction.yaml': `text: >\n  ${'x y '.repeat(LIMITS.fileBytes / 4)}\n` });
    expect(codes(result)).toEqual([['introduction.yaml', 1, 1, 'file-too-large']]);
    expect(result.plan?.introduction).toBeUndefined();
  });

  it('a line over the length limit is refused at its first character past the limit, and never reaches a check', () => {
    const result = checkFiles({ 'introduction.yaml': `text: >\n  ${'x'.repeat(LIMITS.fileBytes - 100)}\n` });
    expect(codes(result)).toEqual([['introduction.yaml', 2, LIMITS.lineChars + 1, 'line-too-long']]);
    // Not parsed at all: the cost is one scan for line ends, whatever the checks do with long text.
    expect(result.plan?.introduction).toBeUndefined();
    expect(result.sources.introduction).toBeUndefined();
  });

  it('a file over the size limit is refused before it is decoded', () => {
    const result = checkFiles({ 'introduction.yaml': `text: >\n${'  many short words\n'.repeat(LIMITS.fileBytes / 16)}` });
    expect(codes(result)).toEqual([['introduction.yaml', 1, 1, 'file-too-large']]);
  });

  it('a 10,000-deep flow sequence is a nesting error, not the parser running out of stack', () => {
    const result = checkFiles({ 'glossary.yaml': `terms:\n${' [\n'.repeat(10_000)}${' ]\n'.repeat(10_000)}` });
    const found = result.diagnostics.filter((d) => d.file === 'glossary.yaml');
    expect(found.map((d) => d.code)).toEqual(['too-deep']);
    expect(found[0].line).toBeGreaterThan(1);
    expect(found[0].message).toBe(`values are nested more than ${LIMITS.yamlDepth} levels deep here`);
  });

  it('nesting the parser can read but deeper than the limit is an error where the limit is passed', () => {
    const depth = LIMITS.yamlDepth + 10;
    const result = checkFiles({ 'glossary.yaml': `terms:\n  - ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
    expect(codes(result)).toEqual([['glossary.yaml', 2, 5 + LIMITS.yamlDepth - 2, 'too-deep']]);
  });

  it('a list longer than the limit is an error at its first item past the limit', () => {
    const items = Array.from({ length: LIMITS.listItems + 5 }, (_, i) => `  - { term: T${i}, definition: d }`).join('\n');
    const result = checkFiles({ 'glossary.yaml': `terms:\n${items}\n` });
    expect(codes(result)).toEqual([['glossary.yaml', LIMITS.listItems + 2, 5, 'list-too-long']]);
  });
});

describe('limits of Markdown', () => {
  it('a list nested 1,000 deep is an error at the line that passes the limit', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    const result = checkFiles({ 'system-overview.md': `Intro.\n\n${list}\n` });
    const found = result.diagnostics.filter((d) => d.code === 'too-deep');
    expect(found.map((d) => [d.file, d.line, d.severity])).toEqual([['system-overview.md', 3 + LIMITS.markdownDepth - 1, 'error']]);
  });

  it('2,000 block quotes in one line are an error at that line', () => {
    expect(markdownLimit(`Intro.\n\n${'>'.repeat(2000)} deep\n`)).toMatchObject({ offset: 8, code: 'too-deep' });
    expect(markdownLimit('> quoted\n> > twice\n\n1. one\n   - two\n     ```\n' + ' '.repeat(200) + 'code\n     ```\n')).toBeUndefined();
  });

  it('a table longer than the limit is an error at its first row past the limit', () => {
    const table = ['| a | b |', '|---|---|', ...Array.from({ length: LIMITS.tableRows + 1 }, () => '| 1 | 2 |')].join('\n');
    const limit = markdownLimit(table);
    expect(limit).toMatchObject({ code: 'table-too-long', offset: (LIMITS.tableRows + 2) * 10 });
  });
});

describe('checks stay linear in the length of a line', () => {
  // Each of these took minutes on a quadratic or cubic pattern; at the line limit they must not.
  const line = LIMITS.lineChars;
  it.each([
    ['one long capitalised word', 'A'.repeat(line) + 'b'],
    ['a long word of "@"', 'a@'.repeat(line / 2)],
    ['hyphenated capitals', 'AB-'.repeat(line / 3) + 'b'],
    ['link openings', '](' .repeat(line / 2)],
    ['brackets', '[A'.repeat(line / 2)],
  ])('finds the abbreviations and placeholders of %s', (_, text) => {
    expect(Array.isArray(abbreviationsIn(text))).toBe(true);
    expect(Array.isArray(placeholdersIn(text))).toBe(true);
  });

  it('still finds an address, an abbreviation and a code among ordinary words', () => {
    expect(abbreviationsIn('Mail ana@dco.gov about the IAP and FRE-FW-01.').map((a) => a.abbreviation)).toEqual(['IAP']);
  });
});
