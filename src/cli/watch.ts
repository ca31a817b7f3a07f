import { parseArgs } from 'node:util';
import { summarize } from '../diagnostics/format';
import type { ReportOptions } from '../diagnostics/report';
import { startWatch, type Watch, type WatchBuild } from '../watch';
import { COMMANDS } from './commands';
import { parseFormats, parseName, parsePaper } from './outputOptions';
import { printDiagnostics, type Output } from './io';
import { planDir } from './planDir';
import { UsageError } from './usage';

/** `plansmith watch`: runs until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly and exits 0. */
export async function watchCommand(args: string[], io: Output): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runWatch(args, io, stop.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The command itself, stopped by `signal` rather than by the process's signals (so tests can drive it). */
export async function runWatch(args: string[], io: Output, signal: AbortSignal): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.watch.flags });
  const formats = parseFormats(values.format);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port takes a port number (0 for any free port), got "${values.port}"`);
  const paper = parsePaper(values.paper);
  const name = parseName(values.name);
  const dir = await planDir(positionals);
  const report = values.json ? jsonReporter(io) : textReporter(io, values);

  let watch: Watch;
  try {
    watch = await startWatch(dir, {
      outDir: values.out,
      formats,
      port,
      paper,
      name,
      strict: values.strict,
      onBuild: report,
      onError: (error) => io.err(`plansmith watch: ${error instanceof Error ? error.message : String(error)}`),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.err(
      code === 'EADDRINUSE'
        ? `plansmith: port ${port} is in use; choose another with --port, or --port 0 for any free port`
        : `plansmith: ${(error as Error).message}`,
    );
    return 1;
  }
  if (values.json) io.out(JSON.stringify({ type: 'ready', url: watch.url, port: watch.port }));
  else io.err(`watching ${dir}, writing ${formats.join(', ')} to ${values.out}; preview at ${watch.url} (Ctrl-C to stop)`);

  if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  await watch.close();
  if (!values.json) io.err('stopped watching');
  return 0;
}

type Reporter = (build: WatchBuild) => void;

/** One JSON object per line and build, for tools that follow the watch. */
function jsonReporter(io: Output): Reporter {
  return (build) => {
    const { sequence, ok, changed, diagnostics, written, error } = build;
    io.out(JSON.stringify({ type: 'build', sequence, ok, ms: Math.round(build.ms), changed, diagnostics, written, error }));
  };
}

/**
 * Diagnostics only when they differ from the last build's (an unchanged set is not printed again), then one
 * line saying what happened.
 */
function textReporter(io: Output, options: ReportOptions): Reporter {
  let shown = '[]';
  return (build) => {
    const key = JSON.stringify(build.diagnostics.map(({ file, line, col, severity, code, message }) => [file, line, col, severity, code, message]));
    const changed = key !== shown;
    if (changed) printDiagnostics(build.diagnostics, build.sources, io, options);
    if (changed && build.diagnostics.length === 0) io.err('no problems left');
    shown = key;

    const ms = Math.round(build.ms);
    const files = build.changed.length ? ` (${build.changed.slice(0, 3).join(', ')}${build.changed.length > 3 ? ', ...' : ''})` : '';
    if (build.ok) io.err(`${build.sequence === 1 ? 'built' : 'rebuilt'} in ${ms} ms${files}`);
    else if (build.error) io.err(`build failed: ${build.error}; the preview keeps the last good build`);
    else io.err(`not rebuilt${changed ? '' : `, still ${summarize(build.diagnostics)}`}: the preview keeps the last good build${files}`);
  };
}

