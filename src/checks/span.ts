import type { Plan } from '../content/sections';
import { countWorkingDays, STANDARD_CALENDAR } from '../content/calendar';
import type { Derived } from '../derive';

/** The implementation period the plan covers, first day to last day, and where it was read from. */
export interface PlanSpan {
  start: string;
  finish: string;
  from: 'phases' | 'schedule';
}

/**
 * The plan span: the phases' first start to last finish when the plan has phases, otherwise the
 * Implementation Schedule's first to last day (computed, so tasks given by duration count; the dates as
 * written when its dependencies form a cycle); undefined when the plan has neither.
 */
export function planSpan(plan: Plan, { schedules }: Derived): PlanSpan | undefined {
  const phases = plan.phases?.phases;
  if (phases?.length) return { ...bounds(phases.map((p) => p.start), phases.map((p) => p.finish)), from: 'phases' };
  const tasks = plan.implementationSchedule?.tasks;
  if (!tasks?.length) return undefined;
  const computed = schedules.schedule?.computed;
  if (computed) return { start: computed.start, finish: computed.finish, from: 'schedule' };
  const typed = (key: 'start' | 'finish') => tasks.map((t) => t[key] ?? t.start ?? t.finish).filter((d): d is string => d !== undefined);
  const starts = typed('start');
  return starts.length ? { ...bounds(starts, typed('finish')), from: 'schedule' } : undefined;
}

// ISO dates compare correctly as strings.
function bounds(starts: readonly string[], finishes: readonly string[]): { start: string; finish: string } {
  return {
    start: starts.reduce((a, b) => (b < a ? b : a)),
    finish: finishes.reduce((a, b) => (b > a ? b : a)),
  };
}

/** How the span reads in a message: "2027-01-04 .. 2027-03-26 (the phases)". */
export function describeSpan(span: PlanSpan): string {
  return `${span.start} .. ${span.finish} (${span.from === 'phases' ? 'the phases' : 'the Implementation Schedule'})`;
}

/** Monday-to-Friday days from `start` to `finish`, both included (holidays left out of account). */
export function weekdaysBetween(start: string, finish: string): number {
  return countWorkingDays(STANDARD_CALENDAR, start, finish);
}
