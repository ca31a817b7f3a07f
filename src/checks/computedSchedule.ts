import { drivingChain, type NetworkAnalysis } from '../derive/compute';
import type { CrossCheck, Finding } from './finding';
import { linkFinding } from './schedule';

/**
 * Dates the Implementation Schedule gives are checked against the computed schedule: a given start earlier
 * than the earliest start its dependencies allow (or a given finish earlier than the earliest finish, for a
 * finish-to-finish dependency) is an error naming the task, the given date, the computed one and the chain
 * of tasks that places it. Dependencies between two tasks with given dates are `startsAfterDependencies`'
 * business; this check covers what only the computation shows: tasks placed by duration in between, and
 * the plan's start (`calendar.start`).
 */
export const givenDatesFitComputedSchedule: CrossCheck = (_plan, { schedules: analysis }) => {
  const network = analysis.schedule;
  if (!network || network.result.kind !== 'scheduled') return [];
  const times = network.result.times;
  const index = network.byId;
  return network.activities.flatMap((activity, i): Finding[] => {
    const given = activity.fixedStart;
    if (given === undefined || times[i].drivenStart <= given) return [];
    const driver = times[i].driver;
    if (driver < 0) {
      return analysis.calendar.givenStart === undefined ? [] : [beforePlanStart(network, i, analysis.calendar.givenStart)];
    }
    const p = index.get(activity.dependsOn[driver].id)!;
    if (network.activities[p].fixedStart !== undefined) return [];
    return [linkFinding(network, i, driver, p, times[i].drivenStart, describeChain(network, drivingChain(network, p)))];
  });
};

/** "T02 (5 days)" for each activity of a chain. */
function describeChain(network: NetworkAnalysis, chain: readonly number[]): string[] {
  return chain.map((i) => {
    const { id, duration } = network.activities[i];
    return network.places[i].kind === 'milestone' ? id : `${id} (${duration} day${duration === 1 ? '' : 's'})`;
  });
}

function beforePlanStart(network: NetworkAnalysis, i: number, start: string): Finding {
  const { id } = network.activities[i];
  const place = network.places[i];
  const milestone = place.kind === 'milestone';
  const field = milestone && place.given?.finish !== undefined ? 'finish' : 'start';
  const typed = place.given?.[field] ?? start;
  return {
    origin: 'implementationSchedule',
    path: ['tasks', i, field],
    severity: 'error',
    code: 'start-before-computed',
    message: `${milestone ? 'milestone' : 'task'} ${id} ${milestone ? 'is reached on' : 'starts on'} ${typed}, before the plan starts (calendar.start in plan.yaml: ${start})`,
    hint: `move ${id} to ${start} or later, or start the plan earlier`,
  };
}

/**
 * Tasks given by duration need a date to count from: the plan's start (`calendar.start`), a phase, or a
 * task with dates. Without any, the schedule cannot be computed; reported once, at the first such task.
 */
export const scheduleHasStart: CrossCheck = (plan, { schedules }) => {
  if (!schedules.unanchored) return [];
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const first = tasks.findIndex((t) => t.duration !== undefined || t.milestone);
  const i = first < 0 ? 0 : first;
  return [{
    origin: 'implementationSchedule',
    path: ['tasks', i, tasks[i].duration !== undefined ? 'duration' : 'id'],
    severity: 'error',
    code: 'schedule-without-start',
    message: `task ${tasks[i].id} has no dates, and nothing in the plan says when the schedule starts`,
    hint: 'add `calendar: { start: YYYY-MM-DD }` to plan.yaml, or give the first task its start date',
  }];
};
