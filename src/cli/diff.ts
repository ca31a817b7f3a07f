import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { printable } from '../diagnostics/printable';
import { loadPlan, type LoadedPlan } from '../content/load';
import { archivedVersions, versionContentDir } from '../lifecycle/archive';
import { diffPlans } from '../lifecycle/diff';
import { formatDiff } from './diffReport';
import { VERSION_PATTERN } from '../lifecycle/version';
import { COMMANDS } from './commands';
import { printDiagnostics, type Output } from './io';
import { UsageError } from './usage';

/** `plansmith diff <a> <b>`: what changed between two released versions or plan folders, section by section. */
export async function diffCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.diff.flags });
  if (positionals.length !== 2) throw new UsageError('diff compares two things: plansmith diff <version|plan folder> <version|plan folder>');
  const [from, to] = await Promise.all(positionals.map((p) => resolveSide(p, values.archive)));
  const [before, after] = await Promise.all([loadPlan(from.dir), loadPlan(to.dir)]);
  for (const [side, loaded] of [[from, before], [to, after]] as const) {
    if (!loaded.plan) {
      printDiagnostics(loaded.diagnostics, Object.values(loaded.sources), io);
      io.err(`cannot compare: ${side.label} has no valid plan.yaml`);
      return 1;
    }
  }
  const diff = diffPlans(before as LoadedPlan, after as LoadedPlan);
  if (values.json) io.out(JSON.stringify({ from: from.label, to: to.label, ...diff }, null, 2));
  else for (const line of formatDiff(diff, from.label, to.label)) io.out(printable(line));
  return 0;
}

/** A version number released in the archive, or a plan folder (the working content). */
async function resolveSide(arg: string, archive: string): Promise<{ dir: string; label: string }> {
  if (VERSION_PATTERN.test(arg)) {
    const versions = await archivedVersions(archive);
    if (versions.includes(arg)) return { dir: versionContentDir(archive, arg), label: arg };
    if (!(await isFolder(arg))) {
      throw new UsageError(`version ${arg} is not in ${archive}/ (released: ${versions.join(', ') || 'none'})`);
    }
  }
  if (await isFolder(arg)) return { dir: arg, label: arg };
  throw new UsageError(`"${arg}" is neither a version released in ${archive}/ nor a plan folder`);
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
