/**
 * Vitest global setup: the tests' temporary folder is a fresh one of this run's (TMPDIR, which os.tmpdir() and the
 * readers we start honour), so what the tests leave behind is told apart from what other runs on the machine make.
 * After the run the folder is removed; the run FAILS when a test left one of its own folders there (plansmith-*),
 * since a user's machine would keep them.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names of what the tests themselves make in the temporary folder (what the readers they start make is theirs). */
const OURS = /^plansmith-/;

export default function setup(): () => void {
  const system = tmpdir();
  const run = mkdtempSync(join(system, 'plansmith-test-run-'));
  process.env.TMPDIR = run;
  return () => {
    const left = readdirSync(run).filter((name) => OURS.test(name));
    rmSync(run, { recursive: true, force: true });
    process.env.TMPDIR = system;
    if (left.length) {
      // Vitest reports an error thrown here but would still exit 0.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} folder(s) in the temporary folder (clean up every mkdtemp, also on failure): ${left.sort().join(', ')}`);
    }
  };
}
