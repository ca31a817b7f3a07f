import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../src/checks/placeholders';
import { checkFiles, rows } from '../fixtures/planFiles';

const intro = (text: string) => ({ 'introduction.yaml': `text: ${JSON.stringify(text)}\n` });

describe('leftover template text', () => {
  // The value is double-quoted from column 7, so its text starts at column 8.
  it.each([
    ['This plan implements [System Name] in production.', 29, 'bracketed template instruction', '[System Name]'],
    ['Training runs XX/XX/XXXX to 03/01/2027.', 22, 'date placeholder', 'XX/XX/XXXX'],
    ['Write to xxxx@xxx.xxxx for access.', 17, 'email placeholder', 'xxxx@xxx'],
    ['Call xxx.xxx.xxxx (cell).', 13, 'phone placeholder', 'xxx.xxx.xxxx'],
    ['Install Ver. X.XX of the browser.', 16, 'number placeholder', 'Ver. X.XX'],
    ['Name', 8, 'name placeholder', 'Name'],
    ['Budget owner TBD.', 21, 'unfinished text', 'TBD'],
  ])('flags %j at column %i as a %s', (text, col, what, match) => {
    expect(rows(checkFiles(intro(text)), 'placeholder')).toEqual([
      ['introduction.yaml', 1, col, `leftover template text (${what}): "${match}"`],
    ]);
  });

  it('leaves Markdown links, task boxes and real names alone', () => {
    expect(rows(checkFiles(intro('See [the charter](https://example.org) and - [ ] item, Named Entity.')), 'placeholder')).toEqual([]);
  });

  it('reports every placeholder of a block scalar, each on its own line', () => {
    const result = checkFiles({
      'introduction.yaml': 'text: |\n  Scope of the plan.\n  This plan implements [System Name] in production.\n  Training starts XX/XX/XXXX.\n',
    });
    expect(rows(result, 'placeholder')).toEqual([
      ['introduction.yaml', 3, 24, 'leftover template text (bracketed template instruction): "[System Name]"'],
      ['introduction.yaml', 4, 19, 'leftover template text (date placeholder): "XX/XX/XXXX"'],
    ]);
  });

  it('finds a placeholder mid-line in a plain scalar, also on a continuation line', () => {
    expect(rows(checkFiles({ 'introduction.yaml': 'text: The owner is TBD until approval.\n' }), 'placeholder')).toEqual([
      ['introduction.yaml', 1, 20, 'leftover template text (unfinished text): "TBD"'],
    ]);
    expect(rows(checkFiles({ 'introduction.yaml': 'text: The budget owner\n  is TBD for now.\n' }), 'placeholder')).toEqual([
      ['introduction.yaml', 2, 6, 'leftover template text (unfinished text): "TBD"'],
    ]);
  });

  it('finds placeholders in quoted scalars, and falls back to the field when escapes hide the exact place', () => {
    expect(rows(checkFiles({ 'introduction.yaml': 'text: "Contact xxxx@xxx.xxxx or call xxx.xxx.xxxx."\n' }), 'placeholder')).toEqual([
      ['introduction.yaml', 1, 16, 'leftover template text (email placeholder): "xxxx@xxx"'],
      ['introduction.yaml', 1, 38, 'leftover template text (phone placeholder): "xxx.xxx.xxxx"'],
    ]);
    expect(rows(checkFiles({ 'introduction.yaml': "text: 'Deploy [System Name] on XX/XX/XXXX.'\n" }), 'placeholder')).toEqual([
      ['introduction.yaml', 1, 15, 'leftover template text (bracketed template instruction): "[System Name]"'],
      ['introduction.yaml', 1, 32, 'leftover template text (date placeholder): "XX/XX/XXXX"'],
    ]);
    expect(rows(checkFiles({ 'introduction.yaml': 'text: "The \\"new\\" [System Name]"\n' }), 'placeholder')).toEqual([
      ['introduction.yaml', 1, 7, 'leftover template text (bracketed template instruction): "[System Name]"'],
    ]);
  });

  it('finds placeholders in the body of a Markdown section file', () => {
    const result = checkFiles({ 'system-overview.md': 'The platform serves the division.\n\nIt replaces [Legacy System] by XX/XX/XXXX.\n' });
    expect(rows(result, 'placeholder')).toEqual([
      ['system-overview.md', 3, 13, 'leftover template text (bracketed template instruction): "[Legacy System]"'],
      ['system-overview.md', 3, 32, 'leftover template text (date placeholder): "XX/XX/XXXX"'],
    ]);
  });

  it('is a warning in drafts and an error with --strict', () => {
    expect(checkFiles(intro('[System Name]')).diagnostics[0].severity).toBe('warning');
    expect(checkFiles(intro('[System Name]')).ok).toBe(true);
    const strict = checkFiles(intro('[System Name]'), { strict: true });
    expect(strict.diagnostics[0].severity).toBe('error');
    expect(strict.ok).toBe(false);
  });
});

describe('placeholdersIn', () => {
  it('gives offsets into the untrimmed value, in order of position', () => {
    expect(placeholdersIn('  TBD: [System Name] by XX/XX/XXXX')).toEqual([
      { offset: 2, text: 'TBD', what: 'unfinished text' },
      { offset: 7, text: '[System Name]', what: 'bracketed template instruction' },
      { offset: 24, text: 'XX/XX/XXXX', what: 'date placeholder' },
    ]);
    expect(placeholdersIn('\n Project Name \n')).toEqual([{ offset: 2, text: 'Project Name', what: 'name placeholder' }]);
  });

  it('counts text two kinds cover once, as the kind listed first', () => {
    expect(placeholdersIn('Ver. X.XX')).toEqual([{ offset: 0, text: 'Ver. X.XX', what: 'number placeholder' }]);
    expect(placeholdersIn('[TBD by XX/XX/XXXX]')).toEqual([{ offset: 0, text: '[TBD by XX/XX/XXXX]', what: 'bracketed template instruction' }]);
  });
});
