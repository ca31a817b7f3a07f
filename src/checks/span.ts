import type { Plan } from '../content/sections';

/** The implementation period the plan covers, first day to last day, and where it was read from. */
export interface PlanSpan {
  start: string;
  finish: string;
  from: 'phases' | 'schedule';
}

/**
 * The plan span: the phases' first start to last finish when the plan has phases, otherwise the
 * Implementation Schedule's earliest start to latest finish; undefined when the plan has neither.
 */
export function planSpan(plan: Plan): PlanSpan | undefined {
  const phases = plan.phases?.phases;
  if (phases?.length) return { ...bounds(phases), from: 'phases' };
  const tasks = plan.implementationSchedule?.tasks;
  if (tasks?.length) return { ...bounds(tasks), from: 'schedule' };
  return undefined;
}

// ISO dates compare correctly as strings.
function bounds(items: readonly { start: string; finish: string }[]): { start: string; finish: string } {
  return {
    start: items.map((i) => i.start).reduce((a, b) => (b < a ? b : a)),
    finish: items.map((i) => i.finish).reduce((a, b) => (b > a ? b : a)),
  };
}

/** How the span reads in a message: "2027-01-04 .. 2027-03-26 (the phases)". */
export function describeSpan(span: PlanSpan): string {
  return `${span.start} .. ${span.finish} (${span.from === 'phases' ? 'the phases' : 'the Implementation Schedule'})`;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Monday-to-Friday days from `start` to `finish`, both included (holidays are not known to the plan model). */
export function weekdaysBetween(start: string, finish: string): number {
  const first = dayNumber(start);
  const last = dayNumber(finish);
  let count = 0;
  for (let day = first; day <= last; day++) {
    // Day 0 of the epoch, 1970-01-01, was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
