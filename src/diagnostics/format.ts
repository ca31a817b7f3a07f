import { formatPath, type Diagnostic } from './diagnostic';
import { frameLine, printable } from './printable';

/**
 * Compiler-style text: `file:line:col: error: message [code]`, the field path, a two-line code frame with
 * a caret under the column, and the hint. `texts` maps file names to their content for the frame.
 */
export function formatDiagnostic(d: Diagnostic, texts: ReadonlyMap<string, string>, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  // Everything from the plan (names, values, quoted lines) is printed through `printable`.
  const where = printable(d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file);
  const severity = d.severity === 'error' ? paint('1;31', 'error') : paint('1;33', 'warning');
  const lines = [`${paint('1', where)}: ${severity}: ${printable(d.message)} [${d.code}]`];
  if (d.path.length) lines.push(`  field: ${printable(formatPath(d.path))}`);
  const text = texts.get(d.file);
  if (text !== undefined && d.line > 0) lines.push(...codeFrame(text, d.line, d.col));
  if (d.hint) lines.push(`  ${paint('36', 'hint')}: ${printable(d.hint)}`);
  return lines.join('\n');
}

/** The line at `line` and the one before it, cut around `col` (see `frameLine`), and a caret under the column. */
function codeFrame(text: string, line: number, col: number): string[] {
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const out: string[] = [];
  let caret = 0;
  for (let n = first, at = lineStart(text, first); n <= line && at !== -1; n++) {
    const newline = text.indexOf('\n', at);
    const frame = frameLine(text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, ''), col);
    out.push(`  ${String(n).padStart(width)} | ${frame.shown}`);
    caret = frame.caret;
    at = newline === -1 ? -1 : newline + 1;
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(caret)}^`);
  return out;
}

/** Offset where 1-based line `line` starts, or -1 when the text has fewer lines. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const newline = text.indexOf('\n', at);
    if (newline === -1) return -1;
    at = newline + 1;
  }
  return at;
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
