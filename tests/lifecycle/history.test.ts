import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { appendVersionEntry } from '../../src/lifecycle/history';

const EXAMPLE_PLAN = join(import.meta.dirname, '../../content/plan.yaml');
const entry = { version: '1.1', date: '2027-01-20', author: 'Ana Núñez', summary: 'Moved the Fresno go-live by one week.' };

describe('appendVersionEntry', () => {
  it('adds the entry after the last one and leaves every other byte as written', async () => {
    const before = await readFile(EXAMPLE_PLAN, 'utf8');
    const after = appendVersionEntry(before, entry);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      '  - version: "1.1"\n    date: 2027-01-20\n    author: Ana Núñez\n    summary: Moved the Fresno go-live by one week.\n',
    );
    const versions = parseDocument(after).toJS().versions as { version: string }[];
    expect(versions.map((v) => v.version)).toEqual(['0.1', '0.2', '1.0', '1.1']);
  });

  it('keeps comments and the lines after the history', () => {
    const before = [
      '# the plan',
      'versions:   # oldest first',
      '- version: "1.0"   # baseline',
      '  date: 2027-01-04',
      '  author: Ana',
      '  summary: >-',
      '    Approved',
      '    baseline.',
      '',
      '# approvals follow',
      'approvals: []',
      '',
    ].join('\n');
    const after = appendVersionEntry(before, { ...entry, version: '1.10' });
    expect(after).toBe(
      before.replace('\n# approvals follow', '- version: "1.10"\n  date: 2027-01-20\n  author: Ana Núñez\n  summary: Moved the Fresno go-live by one week.\n\n# approvals follow'),
    );
    // "1.10" stays a string, not the number 1.1.
    expect(parseDocument(after).toJS().versions[1].version).toBe('1.10');
  });

  it('appends to a history that ends the file without a newline', () => {
    const after = appendVersionEntry('versions:\n  - version: "1.0"\n    date: 2027-01-04\n    author: A\n    summary: B', entry);
    expect(parseDocument(after).toJS().versions).toHaveLength(2);
  });

  it('folds a long summary and keeps characters YAML would misread', () => {
    const summary = 'Replaced: the "IV&V" contact, #3 of the list; moved task T03 — and a long tail that goes past sixty characters.';
    const after = appendVersionEntry('versions:\n  - version: "1.0"\n    date: 2027-01-04\n    author: A\n    summary: B\n', { ...entry, summary });
    expect(after).toContain('    summary: >-\n');
    expect(parseDocument(after).toJS().versions[1].summary).toBe(summary);
  });

  it('re-serializes a history written in flow style, the one case without lines to splice', () => {
    const after = appendVersionEntry('versions: [{ version: "1.0", date: 2027-01-04, author: A, summary: B }]\n', entry);
    expect(parseDocument(after).toJS().versions).toEqual([{ version: '1.0', date: '2027-01-04', author: 'A', summary: 'B' }, entry]);
  });

  it('refuses a plan.yaml without a version history list', () => {
    expect(() => appendVersionEntry('title: x\n', entry)).toThrow(/no version history list/);
    expect(() => appendVersionEntry('versions: none\n', entry)).toThrow(/no version history list/);
  });
});
