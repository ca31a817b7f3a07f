import type { SectionData } from '../content/sections';
import { WORKING_DAYS_PER_WEEK } from '../content/sections/roadmap/duration';

/**
 * Computed totals of the budget and staffing tables. Money is summed in integer cents and FTE in integer
 * millionths, so 0.10 + 0.20 is exactly 0.30 and a typed total either matches or it does not. Each total
 * is given both exactly (cents, micro-FTE) and as a plain number for templates (`money` helper, display).
 */

/** An amount of the plan's currency as integer cents: 1234.5 -> 123450. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + toCents(amount), 0);
}

export interface MoneyTotal {
  /** Exact, in cents. */
  cents: number;
  /** cents / 100, for the `money` template helper. */
  amount: number;
}

const money = (cents: number): MoneyTotal => ({ cents, amount: cents / 100 });

export interface BudgetTotals {
  currency: string;
  /** Row totals, one per category in the order of the plan. */
  categories: (MoneyTotal & { category: string })[];
  /** Column totals keyed by phase id (one per declared phase column). */
  phases: Record<string, MoneyTotal>;
  /** Sum of every amount. */
  grandTotal: MoneyTotal;
}

export function budgetTotals(budget: SectionData<'budget'>): BudgetTotals {
  return {
    currency: budget.currency,
    categories: budget.categories.map((row) => ({ category: row.category, ...money(sumCents(Object.values(row.amounts))) })),
    phases: Object.fromEntries(budget.phases.map((phase) => [phase, money(sumCents(budget.categories.map((row) => row.amounts[phase] ?? 0)))])),
    grandTotal: money(sumCents(budget.categories.flatMap((row) => Object.values(row.amounts)))),
  };
}

/** FTE as integer millionths; plans write fractions such as 0.25 or 0.33. */
export function toMicroFte(fte: number): number {
  return Math.round(fte * 1_000_000);
}

export const fromMicroFte = (micro: number): number => micro / 1_000_000;

/** Person-weeks to two decimals, from micro-FTE times working days (a week is five working days). */
const personWeeks = (microFteDays: number): number => Math.round(microFteDays / ((WORKING_DAYS_PER_WEEK * 1_000_000) / 100)) / 100;

export interface StaffingTotals {
  /** Per role, in the order of the plan: the sum of its FTE over the phases, its peak (most FTE in one phase), and its effort. */
  roles: { role: string; totalFte: number; totalMicroFte: number; peakFte: number; peakMicroFte: number; personWeeks?: number }[];
  /** Per phase column: the FTE of all roles together, the phase's length and the effort in it. */
  phases: Record<string, { fte: number; microFte: number; weeks?: number; personWeeks?: number }>;
  /** Sum of every cell: the Total FTE of the Total row. */
  totalFte: number;
  /** The largest phase total and the phases that reach it. */
  peak: { fte: number; phases: string[] };
  /** Effort of the whole table; undefined when a phase's length is unknown. */
  personWeeks?: number;
}

/**
 * Staffing totals. `phaseWorkingDays` gives each phase's length in working days (its window in the plan
 * calendar); person-weeks are FTE times phase weeks and are left out for phases of unknown length.
 */
export function staffingTotals(staffing: SectionData<'staffing'>, phaseWorkingDays: Readonly<Record<string, number>> = {}): StaffingTotals {
  const days = (phase: string): number | undefined => (Object.hasOwn(phaseWorkingDays, phase) ? phaseWorkingDays[phase] : undefined);
  const known = staffing.phases.every((phase) => days(phase) !== undefined);
  const effort = (fte: Record<string, number>) => staffing.phases.reduce((sum, phase) => sum + toMicroFte(fte[phase] ?? 0) * (days(phase) ?? 0), 0);
  const roles = staffing.roles.map((row) => {
    const cells = staffing.phases.map((phase) => toMicroFte(row.fte[phase] ?? 0));
    const totalMicroFte = cells.reduce((sum, cell) => sum + cell, 0);
    const peakMicroFte = Math.max(0, ...cells);
    return { role: row.role, totalFte: fromMicroFte(totalMicroFte), totalMicroFte, peakFte: fromMicroFte(peakMicroFte), peakMicroFte, ...(known ? { personWeeks: personWeeks(effort(row.fte)) } : {}) };
  });
  const phases: StaffingTotals['phases'] = {};
  for (const phase of staffing.phases) {
    const microFte = staffing.roles.reduce((sum, row) => sum + toMicroFte(row.fte[phase] ?? 0), 0);
    const length = days(phase);
    phases[phase] = {
      fte: fromMicroFte(microFte),
      microFte,
      ...(length === undefined ? {} : { weeks: length / WORKING_DAYS_PER_WEEK, personWeeks: personWeeks(microFte * length) }),
    };
  }
  const peakMicro = Math.max(0, ...Object.values(phases).map((p) => p.microFte));
  return {
    roles,
    phases,
    totalFte: fromMicroFte(roles.reduce((sum, row) => sum + row.totalMicroFte, 0)),
    peak: { fte: fromMicroFte(peakMicro), phases: staffing.phases.filter((phase) => phases[phase].microFte === peakMicro) },
    ...(known ? { personWeeks: personWeeks(staffing.roles.reduce((sum, row) => sum + effort(row.fte), 0)) } : {}),
  };
}
