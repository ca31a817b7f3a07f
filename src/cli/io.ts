import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { reportDiagnostics, type ReportOptions } from '../diagnostics/report';
import type { SourceFile } from '../content/source';
import { statusLine, type StatusLine, type StatusStream } from './statusLine';
import { UsageError } from './usage';

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
  /** Where progress is drawn (stderr); only a terminal shows it. */
  status?: StatusStream;
}

export const processOutput: Output = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
  status: process.stderr,
};

/** Progress of a long command on a terminal (stage, format); nothing when piped or when `shown` is false (--json). */
export function progress(io: Output, label: string, shown: boolean): StatusLine {
  return statusLine(shown && io.status ? io.status : { write: () => {} }, label);
}

/** Prints diagnostics (see diagnostics/report.ts), with code frames from the files they point into. */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: Iterable<SourceFile | undefined>,
  io: Output,
  options: Omit<ReportOptions, 'color'> = {},
): void {
  const texts = new Map<string, string>();
  for (const source of sources) if (source) texts.set(source.file, source.text);
  for (const line of reportDiagnostics(diagnostics, texts, { ...options, color: io.color })) io.err(line);
}

/** --max-warnings N: a number, checked before the command does any work. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a number of warnings, got "${value}"`);
  return Number(value);
}

/** Whether the warnings exceed --max-warnings (said on stderr): the command then exits 1. */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], max: number | undefined, io: Output): boolean {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (max === undefined || warnings <= max) return false;
  io.err(`plansmith: ${warnings} warnings, more than --max-warnings ${max} allows`);
  return true;
}

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
