import { parseArgs } from 'node:util';
import { buildPlan } from '../pipeline/build';
import { FORMATS, type Format } from '../writers';
import { printDiagnostics, type Output } from './io';
import { planDir } from './planDir';
import { UsageError } from './usage';

export async function buildCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: FORMATS.join(',') },
      out: { type: 'string', default: 'out' },
      paper: { type: 'string' },
      name: { type: 'string' },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const formats = parseFormats(values.format);
  if (values.paper !== undefined && values.paper !== 'letter' && values.paper !== 'a4') {
    throw new UsageError(`--paper must be "letter" or "a4", got "${values.paper}"`);
  }
  if (values.name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(values.name)) {
    throw new UsageError('--name must be a plain file name (letters, digits, ".", "_", "-")');
  }
  const dir = await planDir(positionals);
  const started = performance.now();
  const result = await buildPlan(dir, { formats, outDir: values.out, strict: values.strict, paper: values.paper as 'letter' | 'a4' | undefined, name: values.name });
  if (values.json) {
    io.out(JSON.stringify({ ok: result.ok, diagnostics: result.diagnostics, written: result.written }, null, 2));
  } else {
    printDiagnostics(result.diagnostics, result.sources, io);
    for (const file of result.written) io.err(`wrote ${file.path} (${formatSize(file.bytes)}, ${Math.round(file.ms)} ms)`);
    io.err(result.ok ? `built in ${((performance.now() - started) / 1000).toFixed(2)} s` : 'build stopped: nothing was written');
  }
  return result.ok ? 0 : 1;
}

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length || formats.length === 0) {
    throw new UsageError(`--format takes a comma-separated list of ${FORMATS.join(', ')}; got "${value}"`);
  }
  return [...new Set(formats)] as Format[];
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
