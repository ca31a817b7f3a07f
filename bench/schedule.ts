// Times the schedule computation on generated networks of 1,000 and 10,000 tasks: the critical path method
// alone, and `computeSchedule` on a whole plan (networks built from the content, dates through the calendar
// with two holidays, critical paths). Prints the median of 20 runs of each. Run with `npx tsx bench/schedule.ts`.
import { performance } from 'node:perf_hooks';
import type { Plan } from '../src/content/sections';
import { sections } from '../src/content/sections';
import { metaSchema } from '../src/content/sections/meta';
import { computeSchedule } from '../src/derive/compute';
import { criticalPathMethod, type NetworkActivity } from '../src/derive/cpm';
import type { DependencyType } from '../src/derive/types';
import { Random } from './random';

const RUNS = 20;
const SIZES = [1_000, 10_000];

interface GeneratedTask {
  id: string;
  days: number;
  dependsOn: { id: string; type: DependencyType; lagDays: number }[];
}

/** Tasks of 1 to 10 days, each depending on up to three of the 50 tasks before it; mostly finish-to-start. */
function generateTasks(count: number, seed = 1): GeneratedTask[] {
  const random = new Random(seed);
  const int = (lo: number, hi: number) => random.int(lo, hi);
  return Array.from({ length: count }, (_, i) => {
    const dependsOn: GeneratedTask['dependsOn'] = [];
    const links = i === 0 ? 0 : int(0, 3);
    for (let k = 0; k < links; k++) {
      const predecessor = `T${int(Math.max(0, i - 50), i - 1)}`;
      if (dependsOn.some((d) => d.id === predecessor)) continue;
      const roll = random.next();
      const type: DependencyType = roll < 0.8 ? 'FS' : roll < 0.9 ? 'SS' : 'FF';
      dependsOn.push({ id: predecessor, type, lagDays: random.chance(0.2) ? int(-2, 5) : 0 });
    }
    return { id: `T${i}`, days: int(1, 10), dependsOn };
  });
}

function toActivities(tasks: readonly GeneratedTask[]): NetworkActivity[] {
  return tasks.map((t) => ({ id: t.id, duration: t.days, dependsOn: t.dependsOn }));
}

function toPlan(tasks: readonly GeneratedTask[]): Plan {
  const meta = metaSchema.parse({
    system: { name: 'Benchmark' },
    department: 'Department of Benchmarks',
    project: 'Schedule benchmark',
    preparedBy: 'plansmith',
    versions: [{ version: '1.0', date: '2027-01-04', author: 'plansmith', summary: 'Generated' }],
    calendar: { start: '2027-01-04', holidays: [{ date: '2027-01-18', name: 'Holiday' }, { date: '2027-02-15', name: 'Holiday' }] },
  });
  const implementationSchedule = sections.implementationSchedule.schema.parse({
    tasks: tasks.map((t) => ({
      id: t.id,
      task: `Task ${t.id}`,
      duration: `${t.days} day${t.days === 1 ? '' : 's'}`,
      dependsOn: t.dependsOn.map((d) => (d.type === 'FS' && d.lagDays === 0 ? d.id : { id: d.id, type: d.type, lag: `${d.lagDays} days` })),
    })),
  });
  return { meta, implementationSchedule };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time of `run` on its own input: inputs are made beforehand, outside the timing. */
function time<T>(input: () => T, run: (value: T) => unknown): number {
  run(input()); // warm-up
  const inputs = Array.from({ length: RUNS }, input);
  const samples: number[] = [];
  for (const value of inputs) {
    const started = performance.now();
    run(value);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

for (const size of SIZES) {
  const tasks = generateTasks(size);
  const activities = toActivities(tasks);
  const plan = toPlan(tasks);
  const check = computeSchedule(plan).schedule;
  if (!check) throw new Error('the generated network did not schedule');
  const cpm = time(() => activities, (network) => criticalPathMethod(network));
  // A fresh copy of the plan each run: the analysis of a plan object is cached.
  const whole = time(() => structuredClone(plan), (copy) => computeSchedule(copy));
  console.log(
    `${size.toLocaleString('en-US')} tasks: criticalPathMethod ${cpm.toFixed(2)} ms, computeSchedule ${whole.toFixed(2)} ms ` +
      `(median of ${RUNS}; ${check.workingDays} working days, ${check.criticalPaths.length} critical path${check.criticalPaths.length === 1 ? '' : 's'})`,
  );
}
