import { readFile } from 'node:fs/promises';
import { formatDiagnostic, summarize } from '../diagnostics/format';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { SourceFile } from '../content/source';

export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

export const processOutput: Output = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
};

/** Prints diagnostics compiler-style, with code frames from the files they point into. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: Iterable<SourceFile | undefined>, io: Output): void {
  const texts = new Map<string, string>();
  for (const source of sources) if (source) texts.set(source.file, source.text);
  for (const d of diagnostics) io.err(formatDiagnostic(d, texts, io.color));
  if (diagnostics.length) io.err(summarize(diagnostics));
}

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
