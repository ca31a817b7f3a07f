import type { Plan } from '../content/sections';
import { lagDays } from '../content/sections/dependency';
import { workingDays } from '../content/sections/roadmap/duration';
import type { FieldPath } from '../diagnostics/diagnostic';
import { countWorkingDays, dateOfWorkingDay, dayNumber, isoDate, workingDayNumber } from '../content/calendar';
import { criticalPathMethod, type CpmResult, type NetworkActivity } from './cpm';
import { planCalendar, planStart, type PlanCalendar } from '../content/planCalendar';
import type { ComputedSchedule, ScheduledDependency, ScheduledItem } from './types';

/**
 * Builds the two schedule networks of a plan and runs the critical path method on them:
 *
 * - `schedule`: the Implementation Schedule's tasks. A task with `start` and `finish` keeps them (its
 *   duration is the working days between them); a task with a `duration` starts when its dependencies
 *   allow, or on its given `start`; a milestone takes no time and is reached on its `finish` (or `start`)
 *   when it gives one.
 * - `workPackages`: the work packages of all phases, each starting no earlier than its phase's start. A
 *   dependency on a phase is a dependency on each of that phase's work packages.
 *
 * Everything is counted in working days of the plan calendar, from the plan start (offset 0).
 */

/** Where an activity of a network comes from in the plan, and what the plan says about it. */
export interface ActivityPlace {
  name: string;
  kind: 'task' | 'milestone';
  group?: string;
  /** Field path of the item in its section file: ['tasks', 3] or ['phases', 1, 'workPackages', 0]. */
  path: FieldPath;
  /** The dates the plan gives, if any. */
  given?: { start?: string; finish?: string };
  /** The dependencies as written (a work package's phase dependency not yet expanded). */
  written: ScheduledDependency[];
}

export interface NetworkAnalysis {
  network: 'schedule' | 'workPackages';
  activities: NetworkActivity[];
  places: ActivityPlace[];
  result: CpmResult;
  /** Activity index by id (the first activity with that id). */
  byId: Map<string, number>;
  /** Working-day number of offset 0, the plan start. */
  origin: number;
  dates: NetworkDates;
  /** The schedule in dates; undefined when the network has a cycle. */
  computed?: ComputedSchedule;
}

export interface ScheduleAnalysis {
  calendar: PlanCalendar;
  /** The plan start (see `planStart`); undefined when the plan gives no date at all. */
  start?: string;
  schedule?: NetworkAnalysis;
  workPackages?: NetworkAnalysis;
  /** The Implementation Schedule has tasks but nothing dates it: no calendar start, phase or task date. */
  unanchored: boolean;
}

/** Offsets of a network to dates. */
export interface NetworkDates {
  /** The first day of work that starts at `offset`. */
  start(offset: number): string;
  /** The last day of work that ends at `offset`. */
  finish(offset: number): string;
  /**
   * The day a point in time (a milestone) is reached: the day the work before it finishes, or the day at
   * `offset` when no work can come before it (it lies at or before its release).
   */
  point(offset: number, release: number): string;
  /** Offset at which work starting on `date` starts (a non-working date counts as the next working day). */
  offsetOf(date: string): number;
  /** Offset at which work finishing on `date` ends (the end of that day). */
  endOf(date: string): number;
}

export function networkDates(calendar: PlanCalendar['calendar'], origin: number): NetworkDates {
  const start = (offset: number) => dateOfWorkingDay(calendar, origin + offset);
  return {
    start,
    finish: (offset) => start(offset - 1),
    point: (offset, release) => start(offset > release ? offset - 1 : offset),
    offsetOf: (date) => workingDayNumber(calendar, date) - origin,
    endOf: (date) => workingDayNumber(calendar, isoDate(dayNumber(date) + 1)) - origin,
  };
}

/** Both networks of the plan, analysed. Pure; a build does it once, in `derive`. */
export function analyzeSchedules(plan: Plan): ScheduleAnalysis {
  const calendar = planCalendar(plan);
  const start = planStart(plan);
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const phases = plan.phases?.phases ?? [];
  if (start === undefined) return { calendar, unanchored: tasks.length > 0 };
  const origin = workingDayNumber(calendar.calendar, start);
  const dates = networkDates(calendar.calendar, origin);
  return {
    calendar,
    start,
    schedule: tasks.length ? analyze('schedule', scheduleNetwork(tasks, dates), calendar, origin, dates) : undefined,
    // Phases given by name and dates only have no work packages to schedule.
    workPackages: phases.some((p) => p.workPackages.length) ? analyze('workPackages', workPackageNetwork(phases, dates), calendar, origin, dates) : undefined,
    unanchored: false,
  };
}

/** The computed schedules of the plan: what templates, the `schedule` command and the Gantt chart show. */
export function computeSchedule(plan: Plan): { schedule?: ComputedSchedule; workPackages?: ComputedSchedule } {
  const analysis = analyzeSchedules(plan);
  return { schedule: analysis.schedule?.computed, workPackages: analysis.workPackages?.computed };
}

const toDependency = (dep: { id: string; type: 'FS' | 'SS' | 'FF'; lag?: string }): ScheduledDependency => ({
  id: dep.id,
  type: dep.type,
  lagDays: dep.lag === undefined ? 0 : lagDays(dep.lag),
});

type Network = { activities: NetworkActivity[]; places: ActivityPlace[] };
type Task = NonNullable<Plan['implementationSchedule']>['tasks'][number];
type Phase = NonNullable<Plan['phases']>['phases'][number];

function scheduleNetwork(tasks: readonly Task[], dates: NetworkDates): Network {
  const activities: NetworkActivity[] = [];
  const places: ActivityPlace[] = [];
  tasks.forEach((task, i) => {
    const dependsOn = task.dependsOn.map(toDependency);
    let duration = 0;
    let fixedStart: number | undefined;
    if (task.milestone) {
      const reached = task.finish ?? task.start;
      if (reached !== undefined) fixedStart = dates.endOf(reached);
    } else if (task.duration !== undefined) {
      duration = workingDays(task.duration);
      if (task.start !== undefined) fixedStart = dates.offsetOf(task.start);
    } else if (task.start !== undefined) {
      fixedStart = dates.offsetOf(task.start);
      duration = task.finish === undefined ? 0 : Math.max(0, dates.endOf(task.finish) - fixedStart);
    }
    activities.push({ id: task.id, duration, dependsOn, fixedStart });
    const given = task.start !== undefined || task.finish !== undefined ? { start: task.start, finish: task.finish } : undefined;
    places.push({ name: task.task, kind: task.milestone ? 'milestone' : 'task', group: task.phase, path: ['tasks', i], given, written: dependsOn });
  });
  return { activities, places };
}

function workPackageNetwork(phases: readonly Phase[], dates: NetworkDates): Network {
  const members = new Map(phases.map((p) => [p.id, p.workPackages.map((wp) => wp.id)]));
  const activities: NetworkActivity[] = [];
  const places: ActivityPlace[] = [];
  phases.forEach((phase, i) => {
    const release = dates.offsetOf(phase.start);
    phase.workPackages.forEach((wp, j) => {
      const written = wp.dependsOn.map(toDependency);
      const dependsOn = written.flatMap((dep) => (members.get(dep.id) ?? [dep.id]).map((id) => ({ ...dep, id })));
      activities.push({ id: wp.id, duration: workingDays(wp.duration), dependsOn, release });
      places.push({ name: wp.name, kind: 'task', group: phase.id, path: ['phases', i, 'workPackages', j], written });
    });
  });
  return { activities, places };
}

function analyze(
  network: NetworkAnalysis['network'],
  { activities, places }: Network,
  calendar: PlanCalendar,
  origin: number,
  dates: NetworkDates,
): NetworkAnalysis {
  const result = criticalPathMethod(activities);
  const byId = new Map<string, number>();
  activities.forEach((a, i) => byId.has(a.id) || byId.set(a.id, i));
  const analysis: NetworkAnalysis = { network, activities, places, result, byId, origin, dates };
  if (result.kind === 'cyclic') return analysis;
  const items = activities.map((activity, i): ScheduledItem => {
    const t = result.times[i];
    const release = activity.release ?? 0;
    const isPoint = activity.duration === 0;
    const place = places[i];
    return {
      id: activity.id,
      name: place.name,
      kind: place.kind,
      ...(place.group === undefined ? {} : { group: place.group }),
      durationDays: activity.duration,
      // A fixed milestone is reached at the end of its given day, whatever its release.
      earlyStart: isPoint ? dates.point(t.earlyStart, activity.fixedStart === undefined ? release : -Infinity) : dates.start(t.earlyStart),
      earlyFinish: isPoint ? dates.point(t.earlyFinish, activity.fixedStart === undefined ? release : -Infinity) : dates.finish(t.earlyFinish),
      lateStart: isPoint ? dates.point(t.lateStart, release) : dates.start(t.lateStart),
      lateFinish: isPoint ? dates.point(t.lateFinish, release) : dates.finish(t.lateFinish),
      totalFloat: t.totalFloat,
      critical: t.critical,
      dependsOn: activity.dependsOn.filter((dep) => byId.has(dep.id)),
      ...(place.given ? { given: place.given } : {}),
    };
  });
  const start = items.map((i) => i.earlyStart).reduce((a, b) => (b < a ? b : a));
  const finish = items.map((i) => i.earlyFinish).reduce((a, b) => (b > a ? b : a));
  analysis.computed = {
    network,
    start,
    finish,
    workingDays: countWorkingDays(calendar.calendar, start, finish),
    items,
    criticalPaths: result.criticalPaths,
    criticalPathsTruncated: result.criticalPathsTruncated,
    calendar: { workweek: [...calendar.workweek], holidays: calendar.holidays.map((h) => ({ ...h })) },
  };
  return analysis;
}

/**
 * The chain that places activity `i`: its driving predecessor, that one's driving predecessor, and so on
 * back to an activity placed by its release (the plan or phase start) or by a date the plan gives. Ids,
 * first to last, ending with `i` itself.
 */
export function drivingChain(analysis: NetworkAnalysis, i: number): number[] {
  if (analysis.result.kind !== 'scheduled') return [i];
  const chain = [i];
  const seen = new Set([i]);
  let current = i;
  for (;;) {
    const driver = analysis.result.times[current].driver;
    if (driver < 0) break;
    const next = analysis.byId.get(analysis.activities[current].dependsOn[driver].id);
    if (next === undefined || seen.has(next)) break;
    chain.unshift(next);
    seen.add(next);
    if (analysis.activities[next].fixedStart !== undefined) break;
    current = next;
  }
  return chain;
}
