import type { Diagnostic } from './diagnostic';
import { formatDiagnostic, summarize } from './format';

/**
 * How a list of diagnostics reads in a terminal, as ESLint prints it: errors in full (code frame and hint), a
 * warning on one line, a code that repeats many times (the placeholders of a fresh plan) counted rather than listed,
 * then a summary by code (with its hint, once) and by file.
 */
export interface ReportOptions {
  color?: boolean;
  /** Every diagnostic in full, none counted instead of listed. */
  verbose?: boolean;
  /** Errors only. */
  quiet?: boolean;
  /** Warnings as one line of counts (`build`, after `check` has listed them). */
  briefWarnings?: boolean;
}

/** A code with more warnings than this is summarized instead of listed one by one (unless --verbose). */
export const LISTED_PER_CODE = 10;
const WIDTH = 100;

export function reportDiagnostics(all: readonly Diagnostic[], texts: ReadonlyMap<string, string>, options: ReportOptions = {}): string[] {
  const diagnostics = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  if (diagnostics.length === 0) return [];
  const full = (d: Diagnostic) => formatDiagnostic(d, texts, options.color);
  if (options.verbose) return [...diagnostics.map(full), summarize(diagnostics)];

  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const byCode = groupBy(warnings, (d) => d.code);
  const listed = (d: Diagnostic) => d.severity === 'error' || (!options.briefWarnings && byCode.get(d.code)!.length <= LISTED_PER_CODE);
  const lines = diagnostics.filter(listed).map((d) => (d.severity === 'error' ? full(d) : headline(d, texts, options.color)));
  if (options.briefWarnings && warnings.length) {
    const counts = [...byCode].map(([code, group]) => `${group.length} ${code}`).join(', ');
    return [...lines, `${summarize(diagnostics)} (${counts}); plansmith check lists them`];
  }
  const repeated = [...byCode].filter(([, group]) => group.length > LISTED_PER_CODE);
  for (const [code, group] of repeated) {
    const files = new Set(group.map((d) => d.file)).size;
    lines.push(headline(group[0], texts, options.color));
    lines.push(`  ... and ${group.length - 1} more ${code} warnings, ${group.length} in ${plural(files, 'file')}, counted below (--verbose lists each)`);
    const hint = group.find((d) => d.hint)?.hint;
    if (hint) lines.push(`  hint: ${hint}`);
  }
  return [...lines, '', ...fileSummary(diagnostics), summarize(diagnostics)];
}

/** The first line of a diagnostic: `file:line:col: warning: message [code]`. */
function headline(d: Diagnostic, texts: ReadonlyMap<string, string>, color?: boolean): string {
  return formatDiagnostic(d, texts, color).split('\n')[0];
}

/** "points-of-contact.yaml: 34 placeholders" for each file, most problems first, several to a line. */
export function fileSummary(diagnostics: readonly Diagnostic[]): string[] {
  const entries = [...groupBy(diagnostics, (d) => d.file)]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([file, group]) => `${file}: ${[...groupBy(group, (d) => d.code)].map(([code, g]) => plural(g.length, code)).join(', ')}`);
  const lines: string[] = [];
  for (const entry of entries) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + entry.length + 2 <= WIDTH) lines[last] += `; ${entry}`;
    else lines.push(entry);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
