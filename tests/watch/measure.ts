/**
 * Measures how long a one-field edit of the example plan takes to show in the preview: from writing the file
 * to the new HTML received from the preview server, as a browser reloading on the /events signal would.
 *
 *   npx tsx tests/watch/measure.ts [edits]      (default 10 measured edits, after 3 warm-up edits)
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWatch, type WatchBuild } from '../../src/watch';
import { fetchText, openEvents } from './previewClient';

const CONTENT = join(import.meta.dirname, '../../content');
const WARM_UP = 3;
const QUIET_MS = 100;
const measured = Number(process.argv[2] ?? 10);

const root = await mkdtemp(join(tmpdir(), 'plansmith-measure-'));
const dir = join(root, 'plan');
await cp(CONTENT, dir, { recursive: true });
const planFile = join(dir, 'plan.yaml');
const original = await readFile(planFile, 'utf8');
if (!/^classification: .*$/m.test(original)) throw new Error('plan.yaml has no classification field to edit');

const builds: WatchBuild[] = [];
const watch = await startWatch(dir, { outDir: join(root, 'out'), port: 0, quietMs: QUIET_MS, onBuild: (build) => builds.push(build) });
const events = await openEvents(watch.url);

const served: number[] = [];
const buildMs: number[] = [];
/** CPU time spent per edit: unlike wall time, it does not grow when other processes share the machine. */
const cpuMs: number[] = [];
try {
  for (let i = 0; i < WARM_UP + measured; i++) {
    const marker = `Internal Use Only (edit ${i})`;
    const next = events.next();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await writeFile(planFile, original.replace(/^classification: .*$/m, `classification: ${marker}`));
    await next;
    const page = await fetchText(watch.url);
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    // The classification is printed in capitals.
    if (!page.body.includes(marker.toUpperCase())) throw new Error(`edit ${i}: the preview does not show the edit`);
    const build = builds[builds.length - 1];
    if (!build.ok) throw new Error(`edit ${i}: the build failed`);
    if (i >= WARM_UP) {
      served.push(elapsed);
      buildMs.push(build.ms);
      cpuMs.push((cpu.user + cpu.system) / 1000);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
} finally {
  events.close();
  await watch.close();
  await rm(root, { recursive: true, force: true });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms: number) => Math.round(ms);
console.log(
  `edit -> new HTML served: median ${round(median(served))} ms over ${served.length} edits ` +
    `(min ${round(Math.min(...served))}, max ${round(Math.max(...served))}); ` +
    `of which the ${QUIET_MS} ms quiet period, and the build itself (load, check, render, write) median ${round(median(buildMs))} ms; ` +
    `CPU time per edit median ${round(median(cpuMs))} ms`,
);
