import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '../../src/content/calendar';
import { planCalendar, planStart } from '../../src/content/planCalendar';
import { checkFiles, META } from '../fixtures/planFiles';
import { phase, phases, wp } from '../fixtures/roadmapFiles';

describe('the plan calendar in plan.yaml', () => {
  it('defaults to Monday to Friday without holidays', () => {
    const plan = checkFiles({}).plan!;
    expect(plan.meta.calendar).toBeUndefined();
    const { workweek, holidays, givenStart, calendar } = planCalendar(plan);
    expect([workweek, holidays, givenStart]).toEqual([['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], [], undefined]);
    expect(countWorkingDays(calendar, '2027-01-04', '2027-01-17')).toBe(10);
  });

  it('takes the start, the holidays and the work week', () => {
    const plan = checkFiles({
      'plan.yaml': `${META}calendar:
  start: 2027-01-05
  workweek: [Mon, Tue, Wed, Thu]
  holidays:
    - { date: 2027-01-06, name: Epiphany }
`,
    }).plan!;
    const { workweek, holidays, givenStart, calendar } = planCalendar(plan);
    expect([workweek, holidays, givenStart]).toEqual([['Mon', 'Tue', 'Wed', 'Thu'], [{ date: '2027-01-06', name: 'Epiphany' }], '2027-01-05']);
    expect(countWorkingDays(calendar, '2027-01-04', '2027-01-10')).toBe(3);
    expect(planStart(plan)).toBe('2027-01-05');
  });

  it('reports an unknown weekday, an empty work week and a holiday without a name where they are written', () => {
    const result = checkFiles({
      'plan.yaml': `${META}calendar:
  workweek: [Mon, Tues]
  holidays:
    - { date: 2027-01-06 }
`,
    });
    expect(result.diagnostics.map((d) => [d.line, d.col, d.code, d.message])).toEqual([
      [9, 19, 'invalid-value', 'calendar.workweek[1]: "Tues" is not one of Mon, Tue, Wed, Thu, Fri, Sat, Sun'],
      [11, 7, 'missing-field', 'missing required field "calendar.holidays[0].name"'],
    ]);
    const empty = checkFiles({ 'plan.yaml': `${META}calendar: { workweek: [] }\n` });
    expect(empty.diagnostics.map((d) => d.message)).toEqual(['calendar.workweek: a work week needs at least one working day']);
  });

  it('starts the plan at the first phase, or at the earliest date of the schedule, when the calendar gives no start', () => {
    const schedule = { 'implementation-schedule.yaml': 'tasks:\n  - { id: T01, task: Plan, start: 2027-01-05, finish: 2027-01-08 }\n' };
    expect(planStart(checkFiles(schedule).plan!)).toBe('2027-01-05');
    expect(planStart(checkFiles({ ...schedule, ...phases(phase('P1', '2027-01-11', '2027-01-22', wp('WP1'))) }).plan!)).toBe('2027-01-05');
    expect(planStart(checkFiles(phases(phase('P1', '2027-01-11', '2027-01-22', wp('WP1')))).plan!)).toBe('2027-01-11');
    expect(planStart(checkFiles({}).plan!)).toBeUndefined();
  });
});
