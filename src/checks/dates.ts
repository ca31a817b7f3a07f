import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import { WORKING_DAYS_PER_WEEK, workingDays } from '../content/sections/roadmap/duration';
import type { FieldPath } from '../diagnostics/diagnostic';
import type { CrossCheck, Finding } from './finding';
import type { Derived } from '../derive';
import { countWorkingDays } from '../content/calendar';
import { planCalendar } from '../content/planCalendar';
import type { ComputedSchedule } from '../derive/types';
import { describeSpan, planSpan } from './span';

interface DatedField {
  origin: Origin;
  path: FieldPath;
  date: string;
  what: string;
}

/** Dates that fall within the implementation: milestones, infrastructure dues, periods, go-lives, tasks. */
function datedFields(plan: Plan, withSchedule: boolean): DatedField[] {
  const fields: DatedField[] = [];
  const add = (origin: Origin, path: FieldPath, date: string | undefined, what: string) => {
    if (date !== undefined) fields.push({ origin, path, date, what });
  };
  plan.milestones?.milestones.forEach((m, i) => add('milestones', ['milestones', i, 'targetDate'], m.targetDate, `target date of milestone ${m.id}`));
  plan.milestones?.phaseGates.forEach((g, i) => add('milestones', ['phaseGates', i, 'date'], g.date, `date of phase gate ${g.id}`));
  plan.technology?.infrastructureTimeline.forEach((item, i) => add('technology', ['infrastructureTimeline', i, 'due'], item.due, `due date of "${item.item}"`));
  if (withSchedule) {
    plan.implementationSchedule?.tasks.forEach((t, i) => {
      add('implementationSchedule', ['tasks', i, 'start'], t.start, `start of task ${t.id}`);
      add('implementationSchedule', ['tasks', i, 'finish'], t.finish, `finish of task ${t.id}`);
    });
  }
  plan.facilities?.facilities.forEach((f, i) => {
    add('facilities', ['facilities', i, 'period', 'from'], f.period.from, `start of the "${f.purpose}" facility period`);
    add('facilities', ['facilities', i, 'period', 'to'], f.period.to, `end of the "${f.purpose}" facility period`);
  });
  plan.personnel?.staffing.forEach((s, i) => {
    add('personnel', ['staffing', i, 'period', 'from'], s.period.from, `start of the "${s.staffingType}" staffing period`);
    add('personnel', ['staffing', i, 'period', 'to'], s.period.to, `end of the "${s.staffingType}" staffing period`);
  });
  plan.sites?.sites.forEach((site, i) => add('sites', ['sites', i, 'goLive'], site.goLive, `go-live of site ${site.id}`));
  return fields;
}

/** Dated events of the implementation fall inside the plan span (the schedule is checked against the phases). */
export const datesInsidePlan: CrossCheck = (plan, derived) => {
  const span = planSpan(plan, derived);
  if (!span) return [];
  return datedFields(plan, span.from === 'phases')
    .filter(({ date }) => date < span.start || date > span.finish)
    .map(({ origin, path, date, what }) => ({
      origin,
      path,
      severity: 'error' as const,
      code: 'outside-plan-span',
      message: `${what} (${date}) is outside the plan span ${describeSpan(span)}`,
      hint: 'move the date into the implementation period, or extend the phases (or schedule) to cover it',
    }));
};

/** Maintenance contracts of the hardware and software run at least until the implementation ends. */
export const maintenanceCoversImplementation: CrossCheck = (plan, derived) => {
  const span = planSpan(plan, derived);
  if (!span) return [];
  const inventories: { origin: Origin; items: readonly { name: string; maintenance?: { contract: string; expires: string } }[] | undefined }[] = [
    { origin: 'hardware', items: plan.hardware?.components },
    { origin: 'software', items: plan.software?.components },
  ];
  return inventories.flatMap(({ origin, items }) =>
    (items ?? []).flatMap((item, i): Finding[] =>
      item.maintenance && item.maintenance.expires < span.finish
        ? [{
            origin,
            path: ['components', i, 'maintenance', 'expires'],
            severity: 'warning',
            code: 'maintenance-expires',
            message: `maintenance contract ${item.maintenance.contract} of "${item.name}" expires on ${item.maintenance.expires}, before the implementation ends (${span.finish})`,
            hint: 'renew or extend the contract, or plan what happens when it lapses',
          }]
        : [],
    ),
  );
};

/**
 * The executive summary's total duration matches the plan span, to the nearest week: the span counts its
 * working days in the plan calendar (holidays deducted), the duration its working days (a week is five).
 * A duration shorter than the computed schedule is `totalDurationCoversSchedule`'s error instead.
 */
export const totalDurationMatchesSpan: CrossCheck = (plan, derived) => {
  const declared = plan.executiveSummary?.totalDuration;
  const span = planSpan(plan, derived);
  if (declared === undefined || !span || scheduleOverrun(plan, derived)) return [];
  const spanWeeks = Math.round(countWorkingDays(planCalendar(plan).calendar, span.start, span.finish) / WORKING_DAYS_PER_WEEK);
  const declaredWeeks = Math.round(workingDays(declared) / WORKING_DAYS_PER_WEEK);
  if (spanWeeks === declaredWeeks) return [];
  return [{
    origin: 'executiveSummary',
    path: ['totalDuration'],
    severity: 'warning',
    code: 'duration-mismatch',
    message: `total duration "${declared}" does not match the plan span ${describeSpan(span)}, which lasts ${spanWeeks} week${spanWeeks === 1 ? '' : 's'}`,
    hint: `write "${spanWeeks} week${spanWeeks === 1 ? '' : 's'}", or correct the dates`,
  }];
};

/** The computed schedule that ends last, when the declared total duration is shorter than it. */
function scheduleOverrun(plan: Plan, { schedules }: Derived): { declared: string; needed: number; schedule: ComputedSchedule } | undefined {
  const declared = plan.executiveSummary?.totalDuration;
  if (declared === undefined) return undefined;
  const [schedule, workPackages] = [schedules.schedule?.computed, schedules.workPackages?.computed];
  const candidates = [workPackages, schedule].filter((s): s is ComputedSchedule => s !== undefined);
  if (!candidates.length) return undefined;
  const longest = candidates.reduce((a, b) => (b.workingDays > a.workingDays ? b : a));
  return workingDays(declared) < longest.workingDays ? { declared, needed: longest.workingDays, schedule: longest } : undefined;
}

/**
 * The executive summary's total duration is not shorter than the computed schedule: the working days from
 * the first to the last day of work of the work packages (or, without phases, of the scheduled tasks).
 */
export const totalDurationCoversSchedule: CrossCheck = (plan, derived) => {
  const overrun = scheduleOverrun(plan, derived);
  if (!overrun) return [];
  const { declared, needed, schedule } = overrun;
  const what = schedule.network === 'workPackages' ? 'the work packages take' : 'the Implementation Schedule takes';
  const path = schedule.criticalPaths[0];
  return [{
    origin: 'executiveSummary',
    path: ['totalDuration'],
    severity: 'error',
    code: 'duration-too-short',
    message: `total duration "${declared}" is ${workingDays(declared)} working days, but ${what} ${needed} (${schedule.start} .. ${schedule.finish})${path ? `, along the critical path ${path.join(' → ')}` : ''}`,
    hint: `write at least "${Math.ceil(needed / WORKING_DAYS_PER_WEEK)} weeks" (or "${needed} days"), or shorten the critical path`,
  }];
};
