import { describe, expect, it } from 'vitest';
import { checkFiles, rows } from '../fixtures/planFiles';

const intro = (text: string) => ({ 'introduction.yaml': `text: ${JSON.stringify(text)}\n` });

describe('leftover template text', () => {
  it.each([
    ['This plan implements [System Name] in production.', 'bracketed template instruction', '[System Name]'],
    ['Training runs XX/XX/XXXX to 03/01/2027.', 'date placeholder', 'XX/XX/XXXX'],
    ['Write to xxxx@xxx.xxxx for access.', 'email placeholder', 'xxxx@xxx'],
    ['Call xxx.xxx.xxxx (cell).', 'phone placeholder', 'xxx.xxx.xxxx'],
    ['Install Ver. X.XX of the browser.', 'number placeholder', 'Ver. X.XX'],
    ['Name', 'name placeholder', 'Name'],
    ['Budget owner TBD.', 'unfinished text', 'TBD'],
  ])('flags %j as a %s', (text, what, match) => {
    expect(rows(checkFiles(intro(text)), 'placeholder')).toEqual([
      ['introduction.yaml', 1, 7, `leftover template text (${what}): "${match}"`],
    ]);
  });

  it('leaves Markdown links, task boxes and real names alone', () => {
    expect(rows(checkFiles(intro('See [the charter](https://example.org) and - [ ] item, Named Entity.')), 'placeholder')).toEqual([]);
  });

  it('is a warning in drafts and an error with --strict', () => {
    expect(checkFiles(intro('[System Name]')).diagnostics[0].severity).toBe('warning');
    expect(checkFiles(intro('[System Name]')).ok).toBe(true);
    const strict = checkFiles(intro('[System Name]'), { strict: true });
    expect(strict.diagnostics[0].severity).toBe('error');
    expect(strict.ok).toBe(false);
  });
});
