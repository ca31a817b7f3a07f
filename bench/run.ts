import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contendersFor, outputDirs, type Contender } from './contenders';
import { writePlanFolder } from './generate';
import { describeMachine, loadAverages, pdfPages } from './machine';
import { runMeasured, type RunSample } from './measure';
import { writePandocInput } from './pandocInput';
import { profileBuild, profileCommand, type ProfileSummary } from './profile';
import { EXAMPLE_SCALE, figuresMarkdown, scaleLabel, updateBenchmarksDocument, type Measurement, type Report } from './report';
import { snapshotCode } from './snapshot';
import { measureWatch } from './watch';

/**
 * `npm run bench`: plansmith against pandoc on the example plan (content/) and at N = 1, 10, 50 and 200, figures into
 * BENCHMARKS.md.
 *
 *   npm run bench                  full run: example, N = 1, 10, 50, 200; up to 5 rounds (one at N >= 200); profiles
 *   npm run bench -- --quick       N = 1 and 10, up to 3 rounds, no profiles; written to a scratch file
 *   options: --scales 1,10 --reps 3 --budget-minutes 14 --profile | --no-profile --keep
 *
 * Order of work: generate every plan and its Markdown; warm up; one round at every scale; CPU profiles and
 * the watch figure; then further rounds, smallest scale first, while a round still fits the time budget.
 */

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROFILE_SCALE = 10;
const CHECK_PROFILE_SCALE = 50;
const WATCH_EDITS = 7;
/** Scales this large are timed once: a run takes minutes, and the growth verdict needs only one. */
const SINGLE_RUN_SCALE = 200;

interface Options {
  quick: boolean;
  scales: number[];
  reps: number;
  budgetS: number;
  profile: boolean;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      reps: { type: 'string' },
      'budget-minutes': { type: 'string' },
      profile: { type: 'boolean' },
      'no-profile': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const scales = (values.scales ?? (quick ? '0,1,10' : '0,1,10,50,200')).split(',').map(Number);
  const reps = Number(values.reps ?? (quick ? 3 : 5));
  const budgetMinutes = Number(values['budget-minutes'] ?? (quick ? 8 : 14));
  if (scales.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(reps) || reps < 1 || !(budgetMinutes > 0)) {
    throw new Error('usage: npm run bench -- [--quick] [--scales 0,1,10,50,200 (0: the example plan)] [--reps 5] [--budget-minutes 14] [--profile|--no-profile] [--keep]');
  }
  const profile = values['no-profile'] ? false : (values.profile ?? !quick);
  return { quick, scales: [...new Set(scales)].sort((a, b) => a - b), reps, budgetS: budgetMinutes * 60, profile, keep: values.keep ?? false };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** One scale's plan, its contenders and every timed run so far. */
interface Scale {
  scale: number;
  planDir: string;
  contenders: Contender[];
  samples: Map<Contender, RunSample[]>;
  /** Wall time of the first round, seconds: what another round is expected to take. */
  roundS: number;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const deadline = started + options.budgetS * 1000;
  const work = await mkdtemp(join(tmpdir(), 'plansmith-bench-'));
  const code = await snapshotCode(REPO, work);
  const machine = describeMachine();
  const loadBefore = loadAverages();
  log(`plansmith bench: N = ${options.scales.join(', ')}, up to ${options.reps} rounds, budget ${options.budgetS / 60} min; scratch ${work}`);
  if (loadBefore[0] > machine.cores) log(`warning: load average ${loadBefore[0].toFixed(1)} on ${machine.cores} cores; other work slows every contender`);

  const scales: Scale[] = [];
  for (const scale of options.scales) scales.push(await prepareScale(scale, work, code));
  await warmUp(scales[0], work);
  for (const s of scales) s.roundS = await round(s, 0, work);

  const profiles: ProfileSummary[] = [];
  if (options.profile) profiles.push(...(await profileRuns(scales, code, work)));
  log('watch: one-field edits of the example plan');
  const watch = await measureWatch(code, work, WATCH_EDITS);
  log(watch.measured ? `watch: median ${watch.medianMs.toFixed(0)} ms` : `watch: ${watch.reason}`);

  for (let r = 1; r < options.reps; r++) {
    for (const s of scales) {
      if (s.scale >= SINGLE_RUN_SCALE) continue;
      if (performance.now() + s.roundS * 1000 > deadline) {
        log(`N=${scaleLabel(s.scale)}: round ${r + 1} skipped, it would not end within the time budget (a round takes ${s.roundS.toFixed(0)} s)`);
        continue;
      }
      await round(s, r, work);
    }
  }

  const report: Report = {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    quick: options.quick,
    scales: options.scales,
    plannedReps: options.reps,
    machine,
    loadBefore,
    loadAfter: loadAverages(),
    durationS: (performance.now() - started) / 1000,
    measurements: await Promise.all(scales.map(measurementsOf)).then((all) => all.flat()),
    watch,
    profiles,
  };
  const figures = figuresMarkdown(report);
  process.stdout.write(`${figures}\n`);
  const target = options.quick ? join(tmpdir(), 'plansmith-bench-quick.md') : join(REPO, 'BENCHMARKS.md');
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  await writeFile(target, updateBenchmarksDocument(existing, figures));
  log(`wrote ${target}${options.quick ? ' (a quick run does not replace BENCHMARKS.md)' : ''}`);
  if (!options.keep) await rm(work, { recursive: true, force: true });
}

/** Generates the plan and the Markdown pandoc reads, checked with --strict, before anything is timed. */
async function prepareScale(scale: number, work: string, code: string): Promise<Scale> {
  const root = join(work, `N${scale}`);
  const planDir = join(root, 'plan');
  if (scale === EXAMPLE_SCALE) await cp(join(code, 'content'), planDir, { recursive: true });
  else await writePlanFolder(planDir, scale);
  const markdown = join(root, 'plan.md');
  const { title, bytes } = await writePandocInput(planDir, markdown);
  log(`N=${scaleLabel(scale)}: plan written and checked (--strict); pandoc input ${(bytes / 1024).toFixed(0)} KiB`);
  const contenders = contendersFor({ repo: code, planDir, markdown, title, outRoot: join(root, 'out') });
  for (const dir of outputDirs(contenders)) await mkdir(dir, { recursive: true });
  return { scale, planDir, contenders, samples: new Map(contenders.map((c) => [c, []])), roundS: 0 };
}

/**
 * Fills tsx's compile cache (any build loads every module) and the page cache for pandoc and wkhtmltopdf,
 * so the first timed round is not the only one paying for them.
 */
async function warmUp(s: Scale, work: string): Promise<void> {
  const chosen = s.contenders.filter((c) => c.task === 'check' || (c.tool === 'plansmith' && c.task === 'html') || (c.tool === 'pandoc' && c.task === 'pdf'));
  for (const c of chosen) {
    const sample = await runMeasured(c.command, work);
    log(`N=${scaleLabel(s.scale)} ${c.tool} ${c.task} warm-up: ${sample.wallS.toFixed(2)} s`);
  }
}

/** Every contender once, alternating plansmith and pandoc, starting one further along each round. */
async function round(s: Scale, r: number, work: string): Promise<number> {
  const started = performance.now();
  for (let k = 0; k < s.contenders.length; k++) {
    const c = s.contenders[(k + r) % s.contenders.length];
    const sample = await runMeasured(c.command, work);
    s.samples.get(c)!.push(sample);
    log(`N=${scaleLabel(s.scale)} ${c.tool} ${c.task} run ${r + 1}: ${sample.wallS.toFixed(2)} s, ${sample.peakMiB.toFixed(0)} MiB`);
  }
  return (performance.now() - started) / 1000;
}

/** One build per format at N=10 (or the largest scale below it), and `check` at N=50 (or the largest below it). */
async function profileRuns(scales: readonly Scale[], code: string, work: string): Promise<ProfileSummary[]> {
  const atScale = [...scales].reverse().find((s) => s.scale <= PROFILE_SCALE) ?? scales[0];
  const largest = [...scales].reverse().find((s) => s.scale <= CHECK_PROFILE_SCALE) ?? scales[0];
  const summaries: ProfileSummary[] = [];
  for (const format of ['html', 'docx', 'pdf']) {
    log(`profiling build --format ${format} at N=${atScale.scale}`);
    summaries.push(await profileBuild(code, atScale.planDir, work, [format], `build --format ${format} at N=${atScale.scale}`));
  }
  log(`profiling check at N=${largest.scale}`);
  summaries.push(await profileCommand(code, work, `check at N=${largest.scale}`, ['check', largest.planDir]));
  return summaries;
}

async function measurementsOf(s: Scale): Promise<Measurement[]> {
  return Promise.all(
    s.contenders.map(async (c) => {
      const sizes = await Promise.all(c.outputs.map(async (o) => (await stat(o)).size));
      const pdf = c.outputs.find((o) => o.endsWith('.pdf'));
      return {
        tool: c.tool,
        task: c.task,
        scale: s.scale,
        samples: s.samples.get(c)!,
        outputBytes: c.outputs.length ? sizes.reduce((a, b) => a + b, 0) : undefined,
        pdfPages: pdf ? pdfPages(pdf) : undefined,
      };
    }),
  );
}

await main();
