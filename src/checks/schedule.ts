import type { Plan } from '../content/sections';
import type { ScheduledTask } from '../content/sections/capmf/implementationSchedule';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import type { NetworkAnalysis } from '../derive/compute';
import { findCycles } from '../derive/cycles';
import { earliestStartAllowed } from '../derive/cpm';
import type { CrossCheck, Finding } from './finding';

/** Planned finish is not before planned start (for tasks that give both). */
export const finishNotBeforeStart: CrossCheck = (plan) =>
  (plan.implementationSchedule?.tasks ?? []).flatMap((task, i): Finding[] =>
    task.start !== undefined && task.finish !== undefined && task.finish < task.start && !task.milestone
      ? [{
          origin: 'implementationSchedule',
          path: ['tasks', i, 'finish'],
          severity: 'error',
          code: 'finish-before-start',
          message: `task ${task.id} finishes on ${task.finish}, before it starts (${task.start})`,
        }]
      : [],
  );

/** Every dependency names a task of the schedule. */
export const dependenciesExist: CrossCheck = (plan) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const ids = tasks.map((t) => t.id);
  const known = new Set(ids);
  return tasks.flatMap((task, i) =>
    task.dependsOn.flatMap(({ id: dep }, j): Finding[] => {
      if (known.has(dep)) return [];
      const suggestion = closest(dep, ids);
      return [{
        origin: 'implementationSchedule',
        path: dependencyPath(task, i, j),
        severity: 'error',
        code: 'unknown-dependency',
        message: `task ${task.id} depends on "${dep}", which is not a task of the schedule`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `task ids are: ${ids.join(', ')}`,
      }];
    }),
  );
};

/** Path of dependency `j` of a task: the id itself, inside the mapping when it is written as one. */
function dependencyPath(task: ScheduledTask, i: number, j: number): FieldPath {
  const dep = task.dependsOn[j];
  return dep.type === 'FS' && dep.lag === undefined ? ['tasks', i, 'dependsOn', j] : ['tasks', i, 'dependsOn', j, 'id'];
}

/**
 * A task whose dates the plan gives respects its dependencies on other tasks whose dates the plan gives:
 * finish-to-start (by default), start-to-start or finish-to-finish, with the lag. Dependencies on tasks
 * placed by the schedule are checked against the computed schedule (computedSchedule.ts).
 */
export const startsAfterDependencies: CrossCheck = (plan, { schedules }) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const network = schedules.schedule;
  if (!network) return [];
  const index = network.byId;
  return tasks.flatMap((task, i) => {
    const activity = network.activities[i];
    const start = activity.fixedStart;
    if (start === undefined) return [];
    return activity.dependsOn.flatMap((link, j): Finding[] => {
      const p = index.get(link.id);
      if (p === undefined || p === i) return [];
      const predecessor = network.activities[p];
      if (predecessor.fixedStart === undefined) return [];
      const allowed = earliestStartAllowed(link, predecessor.fixedStart, predecessor.fixedStart + predecessor.duration, activity.duration);
      if (allowed <= start) return [];
      return [linkFinding(network, i, j, p, allowed)];
    });
  });
};

/** "with a lag of 2 working days", "with a lead of 1 working day", or nothing. */
export function describeLag(lagDays: number): string {
  if (lagDays === 0) return '';
  const days = Math.abs(lagDays);
  return ` with a ${lagDays > 0 ? 'lag' : 'lead'} of ${days} working day${days === 1 ? '' : 's'}`;
}

/**
 * A finding for task `i`, whose dependency `j` on activity `p` allows it to start at offset `allowed` at
 * the earliest, later than the plan has it. `computedChain` names the tasks that place `p`, when its
 * dates are computed rather than given.
 */
export function linkFinding(network: NetworkAnalysis, i: number, j: number, p: number, allowed: number, computedChain?: string[]): Finding {
  const task = network.activities[i];
  const place = network.places[i];
  const link = task.dependsOn[j];
  const predecessor = network.activities[p];
  const predTimes = { start: predecessor.fixedStart ?? 0, finish: (predecessor.fixedStart ?? 0) + predecessor.duration };
  if (network.result.kind === 'scheduled' && predecessor.fixedStart === undefined) {
    predTimes.start = network.result.times[p].earlyStart;
    predTimes.finish = network.result.times[p].earlyFinish;
  }
  const isMilestone = place.kind === 'milestone';
  const dates = network.dates;
  const own = place.given ?? {};
  // A milestone predecessor is reached on a day: its given day, or the day its own work finishes.
  const predIsPoint = predecessor.duration === 0;
  const predRelease = predecessor.fixedStart === undefined ? predecessor.release ?? 0 : -Infinity;
  const predStartDate = predIsPoint ? dates.point(predTimes.start, predRelease) : dates.start(predTimes.start);
  const predFinishDate = predIsPoint ? dates.point(predTimes.finish, predRelease) : dates.finish(predTimes.finish);
  const computed = computedChain ? ' at the earliest' : '';
  const chain = computedChain && computedChain.length > 1 ? `, placed by ${computedChain.join(' → ')}` : '';
  const what = isMilestone ? 'milestone' : 'task';
  const lag = describeLag(link.lagDays);
  const code = computedChain ? (link.type === 'FF' && !isMilestone ? 'finish-before-computed' : 'start-before-computed') : 'starts-before-dependency';
  if (link.type === 'FF' && !isMilestone) {
    const earliest = dates.finish(allowed + task.duration);
    const finish = own.finish ?? dates.finish(task.fixedStart! + task.duration);
    return {
      origin: 'implementationSchedule',
      path: ['tasks', i, own.finish !== undefined ? 'finish' : 'start'],
      severity: 'error',
      code,
      message: `task ${task.id} finishes on ${finish}, but it finishes with ${link.id} (finish-to-finish${lag}), which finishes on ${predFinishDate}${computed}${chain}: it can finish on ${earliest} at the earliest`,
      hint: `finish ${task.id} on ${earliest} or later, or change the dependency (dependsOn[${j}])`,
    };
  }
  const field = isMilestone ? (own.finish !== undefined ? 'finish' : 'start') : 'start';
  const typed = (isMilestone ? own.finish ?? own.start : own.start)!;
  const earliest = isMilestone ? dates.point(allowed, -Infinity) : dates.start(allowed);
  const verb = isMilestone ? 'is reached on' : 'starts on';
  const because = link.type === 'SS'
    ? `it starts with ${link.id} (start-to-start${lag}), which starts on ${predStartDate}${computed}${chain}`
    : `it depends on ${link.id}${lag ? ` (finish-to-start${lag})` : ''}, which finishes on ${predFinishDate}${computed}${chain}`;
  const plain = link.type === 'FS' && link.lagDays === 0 && !computedChain;
  return {
    origin: 'implementationSchedule',
    path: ['tasks', i, field],
    severity: 'error',
    code,
    message: plain ? `${what} ${task.id} ${verb} ${typed}, but ${because}` : `${what} ${task.id} ${verb} ${typed}, but ${because}: ${isMilestone ? 'it can be reached' : 'it can start'} on ${earliest} at the earliest`,
    hint: plain
      ? `${isMilestone ? 'reach' : 'start'} ${task.id} after ${predFinishDate}, or remove the dependency (dependsOn[${j}])`
      : `${isMilestone ? 'move' : 'start'} ${task.id} ${isMilestone ? 'to' : 'on'} ${earliest} or later, or change the dependency (dependsOn[${j}])`,
  };
}

/** Dependencies form no cycle; each cycle is reported once, naming the tasks around it. */
export const noDependencyCycles: CrossCheck = (plan) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const ids = (task: ScheduledTask) => task.dependsOn.map((d) => d.id);
  return findCycles(tasks.map((t) => ({ id: t.id, dependsOn: ids(t).filter((d) => index.has(d)) }))).map((cycle) => {
    const first = index.get(cycle[0])!;
    const edge = ids(tasks[first]).indexOf(cycle[1] ?? cycle[0]);
    return {
      origin: 'implementationSchedule',
      path: dependencyPath(tasks[first], first, edge),
      severity: 'error',
      code: 'dependency-cycle',
      message: `dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`,
      hint: 'a task cannot (indirectly) depend on itself: remove one of these dependencies',
    };
  });
};

export { findCycles };

/**
 * Every major task is scheduled. The schedule may hold more tasks than Major Tasks describes (detail
 * tasks, milestones), so a scheduled task need not be a major task.
 */
export const majorTasksScheduled: CrossCheck = (plan: Plan) => {
  const major = plan.majorTasks?.tasks;
  const scheduled = plan.implementationSchedule?.tasks;
  if (!major || !scheduled) return [];
  const scheduledIds = new Set(scheduled.map((t) => t.id));
  return major.flatMap((task, i): Finding[] =>
    scheduledIds.has(task.id)
      ? []
      : [{ origin: 'majorTasks', path: ['tasks', i, 'id'], severity: 'error', code: 'task-not-scheduled', message: `major task ${task.id} ("${task.name}") is not in the Implementation Schedule`, hint: `add a task with id ${task.id} to implementation-schedule.yaml` }],
  );
};
