import { describe, expect, it } from 'vitest';
import { parsePlanFiles, type PlanFile } from '../../src/content/load';

const file = (name: string, text: string | Uint8Array): PlanFile => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

const META = `title: Implementation Management Plan
system: { name: Analytix, version: "2.4" }
department: Department of Consumer Outreach
project: Analytix Modernization
preparedBy: Ana Nunez
versions:
  - { version: "1.0", date: 2026-09-01, author: Ana Nunez, summary: Initial release }
`;

describe('parsePlanFiles', () => {
  it('loads a minimal plan with no diagnostics', () => {
    const loaded = parsePlanFiles([file('plan.yaml', META), file('introduction.md', 'This plan **describes** it.\n')]);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.plan?.meta.system.name).toBe('Analytix');
    expect(loaded.plan?.introduction?.text).toBe('This plan **describes** it.');
  });

  it('reports a missing plan.yaml as an error on the file', () => {
    const { diagnostics, plan } = parsePlanFiles([]);
    expect(plan).toBeUndefined();
    expect(diagnostics).toMatchObject([{ file: 'plan.yaml', code: 'missing-file', severity: 'error' }]);
  });

  it('points an unknown key at its line and column and suggests the known key', () => {
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META.replace('preparedBy', 'preparedby'))]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'plan.yaml', line: 5, col: 1, code: 'unknown-key', hint: 'did you mean "preparedBy"?' }),
    );
  });

  it('reads a file whose only mistake is a misspelt key as the suggestion says, so the cross-checks still see it', () => {
    const { diagnostics, plan } = parsePlanFiles([file('plan.yaml', META.replace('preparedBy', 'preparedby'))]);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['unknown-key', 'unknown key "preparedby"']]);
    expect(plan?.meta.preparedBy).toBe('Ana Nunez');
  });

  it('reports non-UTF-8 bytes at the position of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('text: ok\ntext2: '), 0xff]);
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('introduction.yaml', bytes)]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'introduction.yaml', line: 2, col: 8, code: 'not-utf8', message: 'file is not valid UTF-8 (byte 0xff at offset 16)' }),
    ]);
  });

  it('reports an empty section file and a YAML duplicate key', () => {
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('major-tasks.yaml', '  \n'), file('introduction.yaml', 'text: a\ntext: b\n')]);
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual([
      ['introduction.yaml', 2, 1, 'duplicate-key', 'duplicate key: this key is already set earlier in the same mapping'],
      ['major-tasks.yaml', 1, 1, 'empty-file', 'file is empty'],
    ]);
  });

  it('still validates a file with a duplicate key: both mistakes are reported in one run', () => {
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('introduction.yaml', 'text: a\ntext: b\ntxet: c\n')]);
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual([
      ['introduction.yaml', 2, 1, 'duplicate-key', 'duplicate key: this key is already set earlier in the same mapping'],
      ['introduction.yaml', 3, 1, 'unknown-key', 'unknown key "txet"'],
    ]);
  });

  it('reports a YAML syntax error once, not the follow-on errors the parser gives after it', () => {
    const raci = 'roles: [A, B]\nactivities:\n  - activity: Plan\n    assignments: { A: R, B: A\n  - activity: Build\n    assignments: { A: A, B: R }\n';
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('raci.yaml', raci)]);
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual([
      ['raci.yaml', 5, 3, 'yaml-syntax', 'YAML: Flow map in block collection must be sufficiently indented and end with a }'],
    ]);
  });

  it('names an alias that has no anchor before it, at the alias', () => {
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('introduction.yaml', 'text: *intro\n')]);
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual([
      ['introduction.yaml', 1, 7, 'unresolved-alias', 'alias *intro names no anchor &intro set before it'],
    ]);
  });

  it('refuses a file whose aliases expand without bound, at its first alias, with no stack trace', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('introduction.yaml', `${laughs}\n`)]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'introduction.yaml',
        line: 2,
        col: 8,
        code: 'too-many-aliases',
        message: 'the aliases (*name) in this file expand to more than 100 copies of what they name',
      }),
    ]);
  });

  it('warns about a file that is not a section, suggesting the closest section name', () => {
    const { diagnostics } = parsePlanFiles([file('plan.yaml', META), file('introdution.yaml', 'text: x\n')]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unknown-file', severity: 'warning', hint: 'did you mean "introduction.yaml"?' })]);
  });
});
