import { describe, expect, it } from 'vitest';
import { writtenDate } from '../../src/content/relativeDates';
import { checkFiles, META, rows } from '../fixtures/planFiles';

const WITH_START = `${META}calendar: { start: 2027-01-04 }\n`;
const MILESTONES = `milestones:
  - { id: M1, name: Set up, targetDate: Week 3 }
  - { id: M2, name: Built, targetDate: Weeks 1-2 }
`;

describe('dates relative to the plan start', () => {
  it('stand for the working days they name: a start the first day of its first week, anything else the last of its last week', () => {
    const result = checkFiles({
      'plan.yaml': WITH_START,
      'milestones.yaml': MILESTONES,
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: Week 1, finish: Week 2 }
  - { id: T02, task: Build, start: Weeks 3-4, finish: Weeks 3-4, dependsOn: [T01] }
`,
    });
    expect(result.diagnostics).toEqual([]);
    const plan = result.plan!;
    expect(plan.milestones!.milestones.map((m) => m.targetDate)).toEqual(['2027-01-22', '2027-01-15']);
    expect(plan.implementationSchedule!.tasks.map((t) => [t.start, t.finish])).toEqual([
      ['2027-01-04', '2027-01-15'],
      ['2027-01-18', '2027-01-29'],
    ]);
    expect(writtenDate(plan.milestones!.milestones[1], '2027-01-15')).toBe('Weeks 1-2');
    expect(writtenDate(plan.milestones!.milestones[1], '2027-01-14')).toBeUndefined();
  });

  it('are checked like any date', () => {
    const result = checkFiles({
      'plan.yaml': WITH_START,
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: Week 1, finish: Week 2 }
  - { id: T02, task: Build, start: Week 2, finish: Week 3, dependsOn: [T01] }
`,
    });
    expect(rows(result, 'starts-before-dependency')).toEqual([
      ['implementation-schedule.yaml', 3, 36, 'task T02 starts on 2027-01-11, but it depends on T01, which finishes on 2027-01-15'],
    ]);
  });

  it('need the plan start, and say so at each one', () => {
    const result = checkFiles({ 'milestones.yaml': MILESTONES });
    expect(rows(result, 'relative-date-without-start')).toEqual([
      ['milestones.yaml', 2, 41, '"Week 3" counts from the plan\'s start, but plan.yaml gives no calendar start'],
      ['milestones.yaml', 3, 40, '"Weeks 1-2" counts from the plan\'s start, but plan.yaml gives no calendar start'],
    ]);
  });

  it('are refused in any other form, with the forms that are accepted', () => {
    const result = checkFiles({ 'plan.yaml': WITH_START, 'milestones.yaml': 'milestones:\n  - { id: M1, name: Set up, targetDate: Week three }\n' });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'milestones[0].targetDate: expected a date written YYYY-MM-DD (e.g. 2027-03-15), or relative to the plan start as "Week 3" or "Weeks 1-3"',
    ]);
  });
});
