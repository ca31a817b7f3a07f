import { formatPath, type Diagnostic } from './diagnostic';

/**
 * Compiler-style text: `file:line:col: error: message [code]`, the field path, a two-line code frame with
 * a caret under the column, and the hint. `texts` maps file names to their content for the frame.
 */
export function formatDiagnostic(d: Diagnostic, texts: ReadonlyMap<string, string>, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const severity = d.severity === 'error' ? paint('1;31', 'error') : paint('1;33', 'warning');
  const lines = [`${paint('1', where)}: ${severity}: ${d.message} [${d.code}]`];
  if (d.path.length) lines.push(`  field: ${formatPath(d.path)}`);
  const text = texts.get(d.file);
  if (text !== undefined && d.line > 0) lines.push(...codeFrame(text, d.line, d.col));
  if (d.hint) lines.push(`  ${paint('36', 'hint')}: ${d.hint}`);
  return lines.join('\n');
}

function codeFrame(text: string, line: number, col: number): string[] {
  const all = text.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line && n <= all.length; n++) {
    out.push(`  ${String(n).padStart(width)} | ${all[n - 1]}`);
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}^`);
  return out;
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
