import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePlanFolder } from './generate';
import { spawnQuiet } from './measure';
import { distFolder, SourcePositions } from './sourcePositions';

/**
 * Where a build spends its time: `node --cpu-prof` on a whole `plansmith build` process, summarised by
 * self time per function and per area (a package, a file of src/, node internals, garbage collection),
 * and by inclusive time per function of src/ (what the writers and the pipeline cost, callees included).
 *
 *   tsx bench/profile.ts [--scale 10] [--format html,docx,pdf|check]
 */

export interface CostLine {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** What was profiled, e.g. "build --format pdf at N=10". */
  label: string;
  totalMs: number;
  byArea: CostLine[];
  selfByFunction: CostLine[];
  inclusiveBySrcFunction: CostLine[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Profiles one `plansmith` process (e.g. `build <plan> --format pdf`) and summarises its main thread. */
export async function profileCommand(repo: string, work: string, label: string, cliArgs: readonly string[]): Promise<ProfileSummary> {
  const dir = join(work, `profile-${label.replace(/[^A-Za-z0-9]+/g, '-')}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const argv = ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(repo, 'bin/plansmith.js'), ...cliArgs];
  const { code, stderr } = await spawnQuiet(process.execPath, argv, repo);
  if (code !== 0) throw new Error(`profiled run failed (${code}): ${stderr.slice(-1000)}`);
  const profiles = await Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile),
  );
  // The main thread is the busiest; tsx's loader thread mostly waits for the next module to compile.
  const main = profiles.sort((a, b) => busyUs(b) - busyUs(a))[0];
  if (!main) throw new Error(`node wrote no CPU profile into ${dir}`);
  return summarise(label, main, repo, await SourcePositions.load(distFolder(repo)));
}

/** `plansmith build` of one format (or several) into a scratch folder. */
export function profileBuild(repo: string, planDir: string, work: string, formats: readonly string[], label = `build --format ${formats.join(',')}`): Promise<ProfileSummary> {
  const out = join(work, `profile-out-${formats.join('-')}`);
  return profileCommand(repo, work, label, ['build', planDir, '--format', formats.join(','), '--out', out, '--name', 'plan']);
}

export function summarise(label: string, profile: CpuProfile, repo: string, positions?: SourcePositions, top = 12): ProfileSummary {
  // Frames of compiled code are named after the source they came from, so src/ reads the same bundled or not.
  const located = new Map<CallFrame, { url: string; line?: number }>();
  const where = (frame: CallFrame) => {
    let found = located.get(frame);
    if (!found) {
      const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
      const original = positions?.original(path, frame.lineNumber, frame.columnNumber);
      found = original ? { url: original.path, line: original.line } : { url: frame.url, line: path.endsWith('.ts') ? undefined : frame.lineNumber + 1 };
      located.set(frame, found);
    }
    return found;
  };
  const functionKey = (frame: CallFrame) => {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url) return name;
    const { url, line } = where(frame);
    return `${name} (${relative(url, repo).replace(/^.*node_modules\//, '')}${line === undefined ? '' : `:${line}`})`;
  };
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
    add(self, functionKey(node.callFrame), us);
    add(areas, areaOf({ ...node.callFrame, url: node.callFrame.url && where(node.callFrame).url }, repo), us);
    // Each src/ function on the stack counts the sample once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url || !relative(where(frame).url, repo).startsWith('src/')) continue;
      const key = functionKey(frame);
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
  return { label, totalMs: totalUs / 1000, byArea: lines(areas), selfByFunction: lines(self), inclusiveBySrcFunction: lines(inclusive) };
}

/** Sampled time not spent idle. */
function busyUs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0);
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function relative(url: string, repo: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path.startsWith(`${repo}/`) ? path.slice(repo.length + 1) : path;
}

/** A package of node_modules, a file of src/, node's own code, or V8's pseudo-frames. */
function areaOf(frame: CallFrame, repo: string): string {
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
export function profileMarkdown(summary: ProfileSummary): string {
  const table = (title: string, lines: CostLine[]) => [
    `| ${title} | ms | share |`,
    '|---|---:|---:|',
    ...lines.map((l) => `| \`${l.name.replace(/\|/g, '\\|')}\` | ${l.ms.toFixed(0)} | ${(l.share * 100).toFixed(1)}% |`),
  ];
  return [
    `#### ${summary.label}: ${(summary.totalMs / 1000).toFixed(2)} s of samples on the main thread`,
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
  // A comma-separated list of formats to build; "check" profiles `plansmith check` instead.
  const tasks = (option('--format') ?? 'html,docx,pdf').split(',');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [join(repo, 'scripts/bundle.mjs')], { stdio: 'inherit' }); // profile what users run
  // A folder of its own, removed when done: the plan, the profiles and the outputs are not kept.
  const work = await mkdtemp(join(tmpdir(), `plansmith-profile-${scale}-`));
  try {
    const planDir = join(work, 'plan');
    await writePlanFolder(planDir, scale);
    for (const task of tasks) {
      const summary = task === 'check'
        ? await profileCommand(repo, work, `check at N=${scale}`, ['check', planDir])
        : await profileBuild(repo, planDir, work, [task], `build --format ${task} at N=${scale}`);
      console.log(profileMarkdown(summary));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
