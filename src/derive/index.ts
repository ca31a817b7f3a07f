import type { Plan } from '../content/sections';
import { indexContacts, type ContactIndex } from '../content/sections/capmf/pointsOfContact';
import { countWorkingDays, type WorkingCalendar } from '../content/calendar';
import { analyzeSchedules, type ScheduleAnalysis } from './compute';
import { phaseSchedules, type PhaseSchedule } from './phaseWindows';
import { budgetTotals, staffingTotals, type BudgetTotals, type StaffingTotals } from './totals';
import type { ComputedSchedule } from './types';

/**
 * What the plan implies, never typed by hand: the schedules, the phase windows, the budget and staffing totals,
 * the implementation's span, and the points of contact indexed for person references. A build computes it once, right after loading, and hands it to the checks, the
 * templates and the Gantt charts. A field is undefined when the plan lacks what it is computed from.
 */
export interface Derived {
  /** Both schedule networks (Implementation Schedule tasks, phase work packages), by the critical path method. */
  schedules: ScheduleAnalysis;
  /** Per phase: its window, working days, the chain its work packages need, computed dates. */
  phases: PhaseSchedule[];
  budget?: BudgetTotals;
  staffing?: StaffingTotals;
  /**
   * The whole implementation: from the plan start to the later computed end of the two schedules, or to the last
   * phase finish when that is later (the phases' windows are the plan's commitments).
   */
  span?: { start: string; finish: string; workingDays: number };
  /** Points of Contact by name and by role: every person reference in the documents is looked up here. */
  contacts: ContactIndex;
}

export function derive(plan: Plan): Derived {
  const schedules = analyzeSchedules(plan);
  const phases = phaseSchedules(plan, schedules);
  return {
    schedules,
    phases,
    budget: plan.budget ? budgetTotals(plan.budget) : undefined,
    staffing: plan.staffing ? staffingTotals(plan.staffing, Object.fromEntries(phases.map((p) => [p.id, p.windowDays]))) : undefined,
    span: implementationSpan(schedules.calendar.calendar, [schedules.schedule?.computed, schedules.workPackages?.computed], phases),
    contacts: indexContacts(plan.pointsOfContact?.contacts ?? []),
  };
}

/** First start to last finish over the computed schedules and the phase windows. */
export function implementationSpan(
  calendar: WorkingCalendar,
  schedules: readonly (ComputedSchedule | undefined)[],
  phases: readonly PhaseSchedule[],
): Derived['span'] {
  const starts = [...schedules.map((s) => s?.start), ...phases.map((p) => p.start)].filter((d): d is string => d !== undefined);
  const finishes = [...schedules.map((s) => s?.finish), ...phases.map((p) => p.finish)].filter((d): d is string => d !== undefined);
  if (!starts.length || !finishes.length) return undefined;
  // ISO dates compare correctly as strings.
  const start = starts.reduce((a, b) => (b < a ? b : a));
  const finish = finishes.reduce((a, b) => (b > a ? b : a));
  return { start, finish, workingDays: countWorkingDays(calendar, start, finish) };
}
