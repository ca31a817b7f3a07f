import { parseArgs } from 'node:util';
import { buildPlan } from '../pipeline/build';
import { COMMANDS } from './commands';
import { parseFormats, parseName, parsePaper } from './outputOptions';
import { parseMaxWarnings, printDiagnostics, progress, tooManyWarnings, type Output } from './io';
import { planDir } from './planDir';

export async function buildCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.build.flags });
  const formats = parseFormats(values.format);
  const paper = parsePaper(values.paper);
  const name = parseName(values.name);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const dir = await planDir(positionals);
  const started = performance.now();
  const status = progress(io, 'build', !values.json);
  const result = await buildPlan(dir, { formats, outDir: values.out, strict: values.strict, paper, name, onStep: status.show }).finally(status.clear);
  if (values.json) {
    io.out(JSON.stringify({ ok: result.ok, diagnostics: result.diagnostics, written: result.written }, null, 2));
  } else {
    // What `check` lists in full, a build counts: its errors in full, its warnings on one line.
    printDiagnostics(result.diagnostics, result.sources, io, { ...values, briefWarnings: !values.verbose });
    for (const file of result.written) io.err(`wrote ${file.path} (${formatSize(file.bytes)}, ${Math.round(file.ms)} ms)`);
    io.err(result.ok ? `built in ${((performance.now() - started) / 1000).toFixed(2)} s` : 'build stopped: nothing was written');
  }
  return result.ok && !tooManyWarnings(result.diagnostics, maxWarnings, io) ? 0 : 1;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
