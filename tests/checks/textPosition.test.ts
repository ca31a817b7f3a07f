import { describe, expect, it } from 'vitest';
import { locateInValue } from '../../src/checks/textPosition';
import { parseYamlSource } from '../../src/content/source';

/** Where "KPI" stands in the value at `path`, as the checks see the value after YAML parsing. */
function locateKpi(text: string, path: (string | number)[]) {
  const { source } = parseYamlSource('f.yaml', text);
  const value = String(source.doc.getIn(path));
  return locateInValue(source, path, value, value.indexOf('KPI'));
}

describe('locateInValue', () => {
  it('finds a word in plain, quoted, folded and literal scalars', () => {
    expect(locateKpi('a: the KPI list\n', ['a'])).toEqual({ line: 1, col: 8 });
    expect(locateKpi('a: "the KPI list"\n', ['a'])).toEqual({ line: 1, col: 9 });
    expect(locateKpi("a: 'the KPI list'\n", ['a'])).toEqual({ line: 1, col: 9 });
    expect(locateKpi('a: plain text\n  then the KPI\n', ['a'])).toEqual({ line: 2, col: 12 });
    expect(locateKpi('x: 1\na: >-\n  first line\n\n    indented KPI\n', ['a'])).toEqual({ line: 5, col: 14 });
    expect(locateKpi('list:\n  - one\n  - |\n    two\n    the KPI\n', ['list', 1])).toEqual({ line: 5, col: 9 });
  });

  it('gives up on quoted scalars with escapes, where characters differ from the file', () => {
    expect(locateKpi('a: "the \\"KPI\\" list"\n', ['a'])).toBeUndefined();
    expect(locateKpi("a: 'it''s the KPI'\n", ['a'])).toBeUndefined();
  });

  it('finds a word in the body of a Markdown file, and in its front matter', () => {
    const text = '---\ntitle: the KPI\n---\nFirst paragraph.\n\nThe KPI list.\n';
    const { source } = parseYamlSource('s.md', text.slice(4, text.indexOf('\n---') + 1), 1);
    source.file = 's.md';
    source.text = text;
    const body = 'First paragraph.\n\nThe KPI list.';
    expect(locateInValue(source, ['text'], body, body.indexOf('KPI'), 'text')).toEqual({ line: 6, col: 5 });
    expect(locateInValue(source, ['title'], 'the KPI', 4, 'text')).toEqual({ line: 2, col: 12 });
  });
});
