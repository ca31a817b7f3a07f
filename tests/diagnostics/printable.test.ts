import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format';
import { FRAME_WIDTH, printable } from '../../src/diagnostics/printable';
import { checkFiles } from '../fixtures/planFiles';

const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({ file: 'a.yaml', line: 1, col: 1, path: [], severity: 'error', code: 'x', message: 'm', ...over });

describe('printable', () => {
  it('writes control and bidi characters as escapes and leaves the rest alone', () => {
    expect(printable('\u001b]0;owned\u0007\u001b[2J')).toBe('\\x1b]0;owned\\x07\\x1b[2J');
    expect(printable('a\u202eb\u0085c\u007f')).toBe('a\\u202eb\\x85c\\x7f');
    expect(printable('Ana Núñez — 😀 plan.yaml')).toBe('Ana Núñez — 😀 plan.yaml');
  });
});

describe('formatDiagnostic in a terminal', () => {
  it('escapes what comes from the plan: file name, message, field, hint and quoted lines', () => {
    const text = formatDiagnostic(
      diagnostic({ file: 'x\u001b]0;title\u0007.yaml', message: 'unknown person "\u001b[2J"', path: ['a\u001b'], hint: 'did you mean "\u202eevil"?', line: 2, col: 3 }),
      new Map([['x\u001b]0;title\u0007.yaml', 'first\u001b[31m\nsecond \u001b]0;t\u0007 line\n']]),
    );
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('x\\x1b]0;title\\x07.yaml:2:3');
    expect(text).toContain('2 | second \\x1b]0;t\\x07 line');
  });

  it('cuts a long line to a frame around the column, with the caret still under it', () => {
    const line = `${'a'.repeat(500_000)}X${'b'.repeat(500_000)}`;
    const text = formatDiagnostic(diagnostic({ line: 1, col: 500_001 }), new Map([['a.yaml', line]]));
    const [, frame, caret] = text.split('\n');
    expect(frame.length).toBeLessThan(FRAME_WIDTH + 20);
    expect(frame).toMatch(/^ {2}1 \| …a+Xb+…$/);
    expect(frame[caret.indexOf('^')]).toBe('X');
  });

  it('puts the caret under the column when escapes come before it', () => {
    const text = formatDiagnostic(diagnostic({ line: 1, col: 3 }), new Map([['a.yaml', '\u001b\u001bX']]));
    const [, frame, caret] = text.split('\n');
    expect(frame[caret.indexOf('^')]).toBe('X');
  });

  it('keeps a person reference holding an escape sequence from reaching the terminal as one', () => {
    const result = checkFiles({ 'plan.yaml': 'title: "T\\e]0;pwned\\a"\n' });
    const printed = result.diagnostics.map((d) => formatDiagnostic(d, new Map([['plan.yaml', 'title: "T\u001b]0;pwned\u0007"\n']]))).join('\n');
    expect(printed).not.toMatch(CONTROL);
  });
});
