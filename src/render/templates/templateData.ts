import type { Plan } from '../../content/sections';
import { countWorkingDays } from '../../content/calendar';
import { analyzeSchedules } from '../../derive/compute';
import { phaseSchedules, type PhaseSchedule } from '../../derive/phaseWindows';
import { budgetTotals, staffingTotals, type BudgetTotals, type StaffingTotals } from '../../derive/totals';
import type { ComputedSchedule, ScheduledItem } from '../../derive/types';

/**
 * What section templates see as `computed` (next to the section's own fields and `plan`): values derived
 * from the plan, never typed by hand. Everything is a plain object, reachable with Handlebars paths and
 * `lookup`, e.g. `{{#with (lookup @root.computed.workPackageById id)}}{{date earlyStart}}{{/with}}`.
 * A field is undefined when the plan lacks what it is computed from (or the dependencies form a cycle).
 */
export interface TemplateComputed {
  /** The Implementation Schedule's tasks, scheduled with the critical path method (see ComputedSchedule). */
  schedule?: ComputedSchedule;
  /** The work packages of the phases, scheduled the same way. */
  workPackages?: ComputedSchedule;
  /** `schedule.items` keyed by task id. */
  taskById: Record<string, ScheduledItem>;
  /** `workPackages.items` keyed by work package id. */
  workPackageById: Record<string, ScheduledItem>;
  /** Per phase id: the phase window, its working days, the chain its work packages need, computed dates. */
  phaseById: Record<string, PhaseSchedule>;
  /** Budget row, column (per phase id) and grand totals, in cents and as amounts. */
  budget?: BudgetTotals;
  /** Staffing totals: per role, per phase, peak FTE and person-weeks. */
  staffing?: StaffingTotals;
  /**
   * The whole implementation: from the plan start to the later computed end of the two schedules, or to
   * the last phase finish when that is later (the phases' windows are the plan's commitments).
   */
  span?: { start: string; finish: string; workingDays: number };
}

export function templateComputed(plan: Plan): TemplateComputed {
  const analysis = analyzeSchedules(plan);
  const schedule = analysis.schedule?.computed;
  const workPackages = analysis.workPackages?.computed;
  const phases = phaseSchedules(plan, analysis);
  return {
    schedule,
    workPackages,
    taskById: Object.fromEntries((schedule?.items ?? []).map((item) => [item.id, item])),
    workPackageById: Object.fromEntries((workPackages?.items ?? []).map((item) => [item.id, item])),
    phaseById: Object.fromEntries(phases.map((phase) => [phase.id, phase])),
    budget: plan.budget ? budgetTotals(plan.budget) : undefined,
    staffing: plan.staffing ? staffingTotals(plan.staffing, Object.fromEntries(phases.map((p) => [p.id, p.windowDays]))) : undefined,
    span: implementationSpan(analysis.calendar.calendar, [schedule, workPackages], phases),
  };
}

/** First start to last finish over the computed schedules and the phase windows. */
export function implementationSpan(
  calendar: Parameters<typeof countWorkingDays>[0],
  schedules: readonly (ComputedSchedule | undefined)[],
  phases: readonly PhaseSchedule[],
): TemplateComputed['span'] {
  const starts = [...schedules.map((s) => s?.start), ...phases.map((p) => p.start)].filter((d): d is string => d !== undefined);
  const finishes = [...schedules.map((s) => s?.finish), ...phases.map((p) => p.finish)].filter((d): d is string => d !== undefined);
  if (!starts.length || !finishes.length) return undefined;
  // ISO dates compare correctly as strings.
  const start = starts.reduce((a, b) => (b < a ? b : a));
  const finish = finishes.reduce((a, b) => (b > a ? b : a));
  return { start, finish, workingDays: countWorkingDays(calendar, start, finish) };
}
