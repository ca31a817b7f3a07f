import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePlanFolder } from './generate';
import { spawnQuiet } from './measure';

/**
 * Where a build spends its time: `node --cpu-prof` on a whole `plansmith build` process, summarised by
 * self time per function and per area (a package, a file of src/, node internals, garbage collection),
 * and by inclusive time per function of src/ (what the writers and the pipeline cost, callees included).
 *
 *   tsx bench/profile.ts [--scale 10] [--format docx]
 */

export interface CostLine {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  task: string;
  totalMs: number;
  byArea: CostLine[];
  selfByFunction: CostLine[];
  inclusiveBySrcFunction: CostLine[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Profiles one `plansmith build` of `formats` and summarises the main thread's profile. */
export async function profileBuild(repo: string, planDir: string, work: string, formats: readonly string[]): Promise<ProfileSummary> {
  const task = formats.length > 1 ? 'all' : formats[0];
  const dir = join(work, `profile-${task}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const argv = ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(repo, 'bin/plansmith.js'), 'build', planDir, '--format', formats.join(','), '--out', join(dir, 'out'), '--name', 'plan'];
  const { code, stderr } = await spawnQuiet(process.execPath, argv, repo);
  if (code !== 0) throw new Error(`profiled build failed (${code}): ${stderr.slice(-1000)}`);
  const profiles = await Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile),
  );
  // The main thread has the most samples; tsx's loader thread only compiles.
  const main = profiles.sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!main) throw new Error(`node wrote no CPU profile into ${dir}`);
  return summarise(task, main, repo);
}

export function summarise(task: string, profile: CpuProfile, repo: string, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || us <= 0) return;
    totalUs += us;
    add(self, functionKey(node.callFrame, repo), us);
    add(areas, areaOf(node.callFrame, repo), us);
    // Each src/ function on the stack counts the sample once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!relative(frame.url, repo).startsWith('src/')) continue;
      const key = functionKey(frame, repo);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, us);
      }
    }
  });
  const lines = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { task, totalMs: totalUs / 1000, byArea: lines(areas), selfByFunction: lines(self), inclusiveBySrcFunction: lines(inclusive) };
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function relative(url: string, repo: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path.startsWith(`${repo}/`) ? path.slice(repo.length + 1) : path;
}

function functionKey(frame: CpuProfile['nodes'][number]['callFrame'], repo: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name} (${relative(frame.url, repo).replace(/^node_modules\//, '')}:${frame.lineNumber + 1})`;
}

/** A package of node_modules, a file of src/, node's own code, or V8's pseudo-frames. */
function areaOf(frame: CpuProfile['nodes'][number]['callFrame'], repo: string): string {
  if (!frame.url) {
    if (frame.functionName === '(garbage collector)') return 'garbage collection';
    if (frame.functionName === '(program)') return 'V8 and native code (program)';
    if (frame.functionName === '(idle)') return 'idle (waiting for I/O)';
    return `native: ${frame.functionName || '(anonymous)'}`;
  }
  if (frame.url.startsWith('node:')) return 'node internals';
  const path = relative(frame.url, repo);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg;
  return path;
}

/** The summary as Markdown: areas, then the heaviest functions by self and by inclusive time. */
export function profileMarkdown(summary: ProfileSummary, label: string): string {
  const table = (title: string, lines: CostLine[]) => [
    `| ${title} | ms | share |`,
    '|---|---:|---:|',
    ...lines.map((l) => `| \`${l.name.replace(/\|/g, '\\|')}\` | ${l.ms.toFixed(0)} | ${(l.share * 100).toFixed(1)}% |`),
  ];
  return [
    `#### ${label}: ${(summary.totalMs / 1000).toFixed(2)} s of samples on the main thread`,
    '',
    ...table('Area (self time)', summary.byArea.slice(0, 8)),
    '',
    ...table('Function (self time)', summary.selfByFunction.slice(0, 10)),
    '',
    ...table('src/ function (inclusive time)', summary.inclusiveBySrcFunction.slice(0, 10)),
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const scale = Number(option('--scale') ?? '10');
  const formats = (option('--format') ?? 'html,docx,pdf').split(',');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const work = join(tmpdir(), `plansmith-profile-${scale}`);
  const planDir = join(work, 'plan');
  await writePlanFolder(planDir, scale);
  for (const format of formats) {
    console.log(profileMarkdown(await profileBuild(repo, planDir, work, [format]), `build --format ${format} at N=${scale}`));
  }
}
