import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from './measure';

export type WatchResult =
  | { measured: true; medianMs: number; samplesMs: number[] }
  | { measured: false; reason: string };

const START_TIMEOUT_MS = 120_000;
const EDIT_TIMEOUT_MS = 30_000;
/** The field edited: the first sentence of the example's introduction. */
const EDITED_FILE = 'introduction.yaml';
const ANCHOR = 'This Implementation Management Plan describes';

/**
 * Save-to-HTML latency of `plansmith watch` on a copy of the example plan: the time from writing a one-field
 * edit to the HTML output holding the new text, as a user would see it in the preview. Measured through the
 * command line, as a user runs it; reported as not measured when the command is not there.
 */
export async function measureWatch(repo: string, work: string, edits: number): Promise<WatchResult> {
  if (!existsSync(join(repo, 'src/watch'))) return { measured: false, reason: 'watch not available (src/watch does not exist yet)' };
  const root = join(work, 'watch');
  const plan = join(root, 'plan');
  const out = join(root, 'out');
  await mkdir(root, { recursive: true });
  await cp(join(repo, 'content'), plan, { recursive: true });
  const original = await readFile(join(plan, EDITED_FILE), 'utf8');
  if (!original.includes(ANCHOR)) return { measured: false, reason: `the example's ${EDITED_FILE} no longer contains "${ANCHOR}"` };

  const watcher = startWatcher(repo, root);
  try {
    const first = await waitFor(() => htmlContaining(out, ANCHOR), START_TIMEOUT_MS, watcher);
    if (!first.ok) return { measured: false, reason: `watch wrote no HTML into ${out} within ${START_TIMEOUT_MS / 1000} s: ${first.reason}` };
    const samplesMs: number[] = [];
    for (let i = 1; i <= edits; i++) {
      await sleep(1000);
      const marker = `benchmark edit ${i}`;
      await writeFile(join(plan, EDITED_FILE), original.replace(ANCHOR, `${ANCHOR.replace(' describes', '')} (${marker}) describes`));
      const saved = performance.now();
      const seen = await waitFor(() => htmlContaining(out, marker), EDIT_TIMEOUT_MS, watcher);
      if (!seen.ok) return { measured: false, reason: `edit ${i} did not reach the HTML within ${EDIT_TIMEOUT_MS / 1000} s: ${seen.reason}` };
      samplesMs.push(performance.now() - saved);
    }
    return { measured: true, medianMs: median(samplesMs), samplesMs };
  } finally {
    await stop(watcher.child);
  }
}

interface Watcher {
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
}

function startWatcher(repo: string, cwd: string): Watcher {
  const child = spawn(process.execPath, [join(repo, 'bin/plansmith.js'), 'watch', 'plan', '--out', 'out', '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => {
    exited = true;
  });
  return { child, output: () => output, exited: () => exited };
}

async function htmlContaining(dir: string, text: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.html'))) {
    const html = await readFile(join(dir, name), 'utf8').catch(() => '');
    if (html.includes(text)) return true;
  }
  return false;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, watcher: Watcher): Promise<{ ok: true } | { ok: false; reason: string }> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await condition()) return { ok: true };
    if (watcher.exited()) return { ok: false, reason: `watch exited: ${watcher.output().trim().slice(-500)}` };
    await sleep(2);
  }
  return { ok: false, reason: `timed out; watch printed: ${watcher.output().trim().slice(-500) || '(nothing)'}` };
}

/** Ctrl-C, as a user stops it; killed if it does not stop within 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
