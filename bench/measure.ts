import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** One timed run of a whole process. */
export interface RunSample {
  /** Wall time from spawn to exit, seconds (measured here, to the microsecond). */
  wallS: number;
  /** Peak resident set size reported by GNU time, MiB; for a shell running several commands, the largest one. */
  peakMiB: number;
  /** User + system CPU time, seconds: above the wall time when a run uses more than one core. */
  cpuS: number;
}

export interface Command {
  argv: string[];
  cwd: string;
}

const TIME = '/usr/bin/time';

/**
 * Runs `command` under GNU time (`%M` gives the peak RSS of the process, or of the largest child), timing
 * the wall clock here. Throws with the end of stderr when the command fails, so no failed run is measured.
 */
export async function runMeasured(command: Command, scratch: string): Promise<RunSample> {
  const report = join(scratch, `time-${process.pid}.txt`);
  const started = process.hrtime.bigint();
  const { code, stderr } = await spawnQuiet(TIME, ['-f', '%M %U %S', '-o', report, ...command.argv], command.cwd);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) {
    throw new Error(`${command.argv.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
  }
  const [peakKiB, user, system] = (await readFile(report, 'utf8')).trim().split('\n').pop()!.split(' ').map(Number);
  await rm(report, { force: true });
  return { wallS, peakMiB: peakKiB / 1024, cpuS: user + system };
}

/** Spawns a process with stdout discarded and stderr kept (for the error message). */
export function spawnQuiet(file: string, args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Keep the tail only: wkhtmltopdf prints a progress bar for every page.
      stderr = (stderr + chunk).slice(-8000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stderr }));
  });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
