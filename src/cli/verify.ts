import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyArchive, type VersionReport } from '../lifecycle/verify';
import { COMMANDS } from './commands';
import { packageVersion, printDiagnostics, progress, type Output } from './io';
import { UsageError } from './usage';

/** `plansmith verify [archive]`: hashes and byte-for-byte rebuilds of every released version. */
export async function verifyCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.verify.flags });
  if (positionals.length > 1) throw new UsageError(`expected one archive folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const archive = positionals[0] ?? 'archive';
  if (!(await stat(archive).catch(() => undefined))?.isDirectory()) throw new UsageError(`archive folder "${archive}" does not exist or is not a folder`);

  const status = progress(io, 'verify', !values.json);
  const reports = await verifyArchive(archive, {
    installedVersion: await packageVersion(),
    rebuild: !values['hashes-only'],
    onStep: (step) => status.show(step),
  });
  status.clear();
  const ok = reports.length > 0 && reports.every((r) => r.ok);
  if (values.json) {
    io.out(JSON.stringify({ ok, versions: reports.map(toJson) }, null, 2));
    return ok ? 0 : 1;
  }
  if (reports.length === 0) {
    io.err(`${archive}: no released versions (folders named like 1.0 with a manifest.json)`);
    return 1;
  }
  for (const report of reports) {
    for (const line of describe(report)) io.err(line);
    if (report.rebuild.status === 'failed') printDiagnostics(report.rebuild.diagnostics, report.rebuild.sources, io);
  }
  const failed = reports.filter((r) => !r.ok).map((r) => r.version);
  io.err(failed.length ? `${archive}: ${failed.length} of ${reports.length} versions FAILED verification (${failed.join(', ')})` : `${archive}: all ${reports.length} versions verified`);
  return ok ? 0 : 1;
}

/** A report as lines: what is wrong, by file name, in plain words. */
export function describe(report: VersionReport): string[] {
  const { version } = report;
  if (report.manifestError) return [`${version}: FAILED: ${report.manifestError}`];
  const lines: string[] = [];
  if (report.toolMismatch) {
    lines.push(
      `${version}: built with plansmith ${report.toolMismatch.archived}, but plansmith ${report.toolMismatch.installed} is installed: ` +
        'the hashes are checked; a rebuild with another version need not give the same bytes',
    );
  }
  for (const file of report.missing) lines.push(`${version}: missing: ${file} (listed in the manifest, not in the folder)`);
  for (const file of report.altered) lines.push(`${version}: altered: ${file} (its SHA-256 differs from the manifest)`);
  for (const file of report.extra) lines.push(`${version}: extra: ${file} (in the folder, not in the manifest)`);
  const { rebuild } = report;
  if (rebuild.status === 'differs') {
    const note = report.toolMismatch ? ' (expected with another plansmith version)' : '';
    for (const file of rebuild.differing) lines.push(`${version}: not reproduced: rebuilding gives different bytes for ${file}${note}`);
  } else if (rebuild.status === 'failed' || (rebuild.status === 'skipped' && !report.ok)) {
    lines.push(`${version}: not rebuilt: ${rebuild.reason}`);
  }
  const count = report.manifest ? Object.keys(report.manifest.files).length : 0;
  if (report.ok) {
    const rebuilt = rebuild.status === 'reproduced' ? '; the documents were rebuilt byte for byte' : rebuild.reason ? `; ${rebuild.reason}` : '';
    lines.push(`${version}: ok: ${count} files match the manifest${rebuilt}`);
  } else {
    lines.push(`${version}: FAILED`);
  }
  return lines;
}

function toJson(report: VersionReport) {
  const { manifest, rebuild, ...rest } = report;
  return { ...rest, date: manifest?.date, tool: manifest?.tool, rebuild: { status: rebuild.status, differing: rebuild.differing, reason: rebuild.reason, diagnostics: rebuild.diagnostics } };
}
