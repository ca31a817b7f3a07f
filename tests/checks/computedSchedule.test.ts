import { describe, expect, it } from 'vitest';
import { checkFiles, META, rows } from '../fixtures/planFiles';

const schedule = (tasks: string, meta = META) => ({ 'plan.yaml': meta, 'implementation-schedule.yaml': `tasks:\n${tasks}` });
const CODES = ['start-before-computed', 'finish-before-computed', 'starts-before-dependency', 'schedule-without-start'];
const allRows = (result: ReturnType<typeof checkFiles>) => CODES.flatMap((code) => rows(result, code));

describe('given dates against the computed schedule', () => {
  it('reports a given start earlier than tasks placed by duration allow, naming both dates and the chain', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
  - { id: T03, task: Test, start: 2027-01-13, finish: 2027-01-19, dependsOn: [T02] }
`));
    expect(allRows(result)).toEqual([
      [
        'implementation-schedule.yaml', 4, 35,
        'task T03 starts on 2027-01-13, but it depends on T02, which finishes on 2027-01-15 at the earliest, placed by T01 (5 days) → T02 (5 days): it can start on 2027-01-18 at the earliest',
      ],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'start-before-computed')).toMatchObject({
      severity: 'error',
      hint: 'start T03 on 2027-01-18 or later, or change the dependency (dependsOn[0])',
    });
  });

  it('follows the chain through several tasks given by duration, and through the holidays of the calendar', () => {
    // Monday January 11 is not worked: T02 runs January 12 to 14, T03 January 15 and 18.
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 3 days, dependsOn: [T01] }
  - { id: T03, task: Tune, duration: 2 days, dependsOn: [T02] }
  - { id: T04, task: Test, start: 2027-01-15, finish: 2027-01-15, dependsOn: [T03] }
`, `${META}calendar:\n  holidays: [{ date: 2027-01-11, name: Closure }]\n`));
    expect(allRows(result)).toEqual([
      [
        'implementation-schedule.yaml', 5, 35,
        'task T04 starts on 2027-01-15, but it depends on T03, which finishes on 2027-01-18 at the earliest, placed by T01 (5 days) → T02 (3 days) → T03 (2 days): it can start on 2027-01-19 at the earliest',
      ],
    ]);
  });

  it('reports a given finish earlier than a finish-to-finish dependency allows, at the finish', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
  - { id: T03, task: Align, start: 2027-01-11, finish: 2027-01-13, dependsOn: [{ id: T02, type: FF }] }
`));
    expect(allRows(result)).toEqual([
      [
        'implementation-schedule.yaml', 4, 56,
        'task T03 finishes on 2027-01-13, but it finishes with T02 (finish-to-finish), which finishes on 2027-01-15 at the earliest, placed by T01 (5 days) → T02 (5 days): it can finish on 2027-01-15 at the earliest',
      ],
    ]);
  });

  it('reports a milestone due before the work it waits for can finish', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
  - { id: M1, task: Built, milestone: true, finish: 2027-01-14, dependsOn: [T02] }
  - { id: M2, task: Accepted, milestone: true, finish: 2027-01-15, dependsOn: [T02] }
`));
    expect(allRows(result)).toEqual([
      [
        'implementation-schedule.yaml', 4, 53,
        'milestone M1 is reached on 2027-01-14, but it depends on T02, which finishes on 2027-01-15 at the earliest, placed by T01 (5 days) → T02 (5 days): it can be reached on 2027-01-15 at the earliest',
      ],
    ]);
  });

  it('reports a given date before the plan start of the calendar', () => {
    const result = checkFiles(schedule('  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }\n', `${META}calendar: { start: 2027-01-06 }\n`));
    expect(allRows(result)).toEqual([
      ['implementation-schedule.yaml', 2, 35, 'task T01 starts on 2027-01-04, before the plan starts (calendar.start in plan.yaml: 2027-01-06)'],
    ]);
  });

  it('leaves dependencies between two given dates to starts-before-dependency, so a problem is reported once', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, start: 2027-01-08, finish: 2027-01-12, dependsOn: [T01] }
  - { id: T03, task: Test, duration: 2 days, dependsOn: [T02] }
`));
    expect(allRows(result)).toEqual([
      ['implementation-schedule.yaml', 3, 36, 'task T02 starts on 2027-01-08, but it depends on T01, which finishes on 2027-01-08'],
    ]);
  });

  it('passes a schedule whose given dates leave room for the computed work', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
  - { id: T03, task: Test, start: 2027-01-18, finish: 2027-01-19, dependsOn: [T02] }
  - { id: M1, task: Done, milestone: true, finish: 2027-01-19, dependsOn: [T03] }
`));
    expect(allRows(result)).toEqual([]);
  });

  it('asks for a start date when nothing dates a schedule given by durations', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, duration: 1 week }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
`));
    expect(allRows(result)).toEqual([
      ['implementation-schedule.yaml', 2, 38, 'task T01 has no dates, and nothing in the plan says when the schedule starts'],
    ]);
    expect(checkFiles(schedule('  - { id: T01, task: Plan, duration: 1 week }\n', `${META}calendar: { start: 2027-01-04 }\n`)).ok).toBe(true);
  });
});
