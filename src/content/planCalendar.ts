import type { Plan } from './sections';
import { createCalendar, MONDAY_TO_FRIDAY, type Weekday, type WorkingCalendar } from './calendar';

export interface Holiday {
  date: string;
  name: string;
}

/** The plan's working calendar (plan.yaml `calendar`), with what it was made from. */
export interface PlanCalendar {
  calendar: WorkingCalendar;
  workweek: Weekday[];
  holidays: Holiday[];
  /** `calendar.start` when the plan gives it. */
  givenStart?: string;
}

export function planCalendar(plan: Plan): PlanCalendar {
  const given = plan.meta.calendar;
  const workweek = [...(given?.workweek ?? MONDAY_TO_FRIDAY)];
  const holidays = (given?.holidays ?? []).map((h) => ({ date: h.date, name: h.name }));
  return { calendar: createCalendar({ workweek, holidays: holidays.map((h) => h.date) }), workweek, holidays, givenStart: given?.start };
}

/**
 * The day the implementation starts: `calendar.start` when the plan gives it, otherwise the earliest date
 * among the phase starts and the dates of the Implementation Schedule; undefined when there is none.
 */
export function planStart(plan: Plan): string | undefined {
  const given = plan.meta.calendar?.start;
  if (given) return given;
  const dates = [
    ...(plan.phases?.phases ?? []).map((p) => p.start),
    ...(plan.implementationSchedule?.tasks ?? []).flatMap((t) => [t.start, t.finish]),
  ].filter((d): d is string => d !== undefined);
  // ISO dates compare correctly as strings.
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : undefined;
}
