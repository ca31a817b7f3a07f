import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseDate } from '../lifecycle/date';
import { formatDiff } from './diffReport';
import { serializeManifest } from '../lifecycle/manifest';
import { release, ReleaseRefused } from '../lifecycle/release';
import { printable } from '../diagnostics/printable';
import { describeFailure } from './failure';
import { dateOrUsage } from './init';
import { COMMANDS } from './commands';
import { packageVersion, printDiagnostics, progress, type Output } from './io';
import { planDir } from './planDir';
import { UsageError } from './usage';

/** `plansmith release [dir] --minor|--major --summary "..."`: the next version, archived. */
export async function releaseCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.release.flags });
  if (values.minor === values.major) throw new UsageError('release needs exactly one of --minor (small changes) or --major (significant changes)');
  const summary = values.summary?.trim();
  if (!summary) throw new UsageError('release needs --summary "..." (the key differences, for the version history)');
  const author = values.author?.trim();
  if (values.author !== undefined && !author) throw new UsageError('--author must not be empty');
  const dir = await planDir(positionals);
  const date = dateOrUsage(() => chooseDate({ flag: values.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, now: new Date() }));
  const bump = values.major ? 'major' : 'minor';

  const status = progress(io, 'release', !values.json);
  const started = performance.now();
  try {
    const result = await release({
      planDir: dir,
      archiveDir: values.archive,
      bump,
      summary,
      author,
      date,
      tool: { name: 'plansmith', version: await packageVersion() },
      allowUnchanged: values['allow-unchanged'],
      onStep: (step) => status.show(step),
      onChanges: (changes) => {
        status.clear();
        if (!changes) {
          io.err(`first release into ${values.archive}: no earlier version to compare with`);
          return;
        }
        const { diff, previous } = changes;
        for (const line of formatDiff(diff, previous, dir)) io.err(printable(line));
        if (diff.verdict.level !== 'none' && diff.verdict.level !== bump) {
          io.err(`note: you chose --${bump}, but by the rule above the changes look ${diff.verdict.level}`);
        }
      },
    });
    status.clear();
    if (!result.ok) {
      printDiagnostics(result.diagnostics, result.sources, io);
      io.err(
        result.stage === 'check'
          ? `release refused: ${dir} does not pass check --strict; nothing was written`
          : 'release stopped: the documents could not be built; nothing was written',
      );
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (values.json) io.out(serializeManifest(result.manifest).trimEnd());
    io.err(`released ${result.manifest.version} (${date}) into ${join(values.archive, result.manifest.version)}: ${Object.keys(result.manifest.files).length} files in ${seconds} s`);
    return 0;
  } catch (error) {
    status.clear();
    if (error instanceof ReleaseRefused) {
      io.err(`plansmith release: ${error.message}`);
      return 1;
    }
    const nothing = `nothing was released: ${values.archive} and ${dir}/plan.yaml are as they were`;
    // The file system refused (a read-only archive, a full disk): its reason in words, exit 2 as for any such refusal.
    const refused = describeFailure(error);
    if (refused.exitCode === 2) {
      io.err(`${refused.message}\n${nothing}`);
      return 2;
    }
    io.err(`release failed: ${printable((error as Error).message)}\n${nothing}`);
    return 1;
  }
}
