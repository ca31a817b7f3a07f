import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { fileSummary, LISTED_PER_CODE, reportDiagnostics } from '../../src/diagnostics/report';

const texts = new Map([['plan.yaml', 'title: x\nowner: "[Name]"\n']]);

function diagnostic(over: Partial<Diagnostic>): Diagnostic {
  return { file: 'plan.yaml', line: 2, col: 8, path: ['owner'], severity: 'warning', code: 'placeholder', message: 'leftover "[Name]"', hint: 'replace it', ...over };
}

describe('the text report of diagnostics', () => {
  it('prints an error in full (code frame, hint) and a warning on one line', () => {
    const lines = reportDiagnostics([diagnostic({ severity: 'error', code: 'unknown-key' }), diagnostic({})], texts);
    expect(lines[0]).toContain('plan.yaml:2:8: error: leftover "[Name]" [unknown-key]\n  field: owner\n  1 | title: x\n  2 | owner: "[Name]"');
    expect(lines[0]).toContain('hint: replace it');
    expect(lines[1]).toBe('plan.yaml:2:8: warning: leftover "[Name]" [placeholder]');
    expect(lines.slice(-2)).toEqual(['plan.yaml: 1 unknown-key, 1 placeholder', '1 error, 1 warning']);
  });

  it('counts a code that repeats more than LISTED_PER_CODE times: one example, the count, the hint once', () => {
    const many = Array.from({ length: LISTED_PER_CODE + 5 }, (_, i) => diagnostic({ line: i + 1, file: i % 2 ? 'a.yaml' : 'b.yaml' }));
    const lines = reportDiagnostics(many, texts);
    expect(lines.slice(0, 3)).toEqual([
      'b.yaml:1:8: warning: leftover "[Name]" [placeholder]',
      `  ... and ${LISTED_PER_CODE + 4} more placeholder warnings, ${LISTED_PER_CODE + 5} in 2 files, counted below (--verbose lists each)`,
      '  hint: replace it',
    ]);
    expect(lines.slice(-2)).toEqual(['b.yaml: 8 placeholders; a.yaml: 7 placeholders', '0 errors, 15 warnings']);
  });

  it('--verbose lists every diagnostic in full', () => {
    const many = Array.from({ length: LISTED_PER_CODE + 1 }, () => diagnostic({}));
    const lines = reportDiagnostics(many, texts, { verbose: true });
    expect(lines).toHaveLength(LISTED_PER_CODE + 2);
    expect(lines[0]).toContain('  2 | owner: "[Name]"');
  });

  it('--quiet leaves the warnings out, and says nothing when no error is left', () => {
    expect(reportDiagnostics([diagnostic({})], texts, { quiet: true })).toEqual([]);
    expect(reportDiagnostics([diagnostic({}), diagnostic({ severity: 'error' })], texts, { quiet: true }).at(-1)).toBe('1 error, 0 warnings');
  });

  it('a build counts the warnings on one line, since check lists them', () => {
    const lines = reportDiagnostics([diagnostic({}), diagnostic({ code: 'undefined-abbreviation' }), diagnostic({})], texts, { briefWarnings: true });
    expect(lines).toEqual(['0 errors, 3 warnings (2 placeholder, 1 undefined-abbreviation); plansmith check lists them']);
  });

  it('packs the file summary several files to a line, most problems first', () => {
    const files = Array.from({ length: 12 }, (_, i) => diagnostic({ file: `section-number-${i}.yaml` }));
    const lines = fileSummary([...files, diagnostic({ file: 'z.yaml' }), diagnostic({ file: 'z.yaml' })]);
    expect(lines[0].startsWith('z.yaml: 2 placeholders; section-number-0.yaml: 1 placeholder;')).toBe(true);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(lines.join('; ').split('; ')).toHaveLength(13);
  });
});
