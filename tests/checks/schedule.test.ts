import { describe, expect, it } from 'vitest';
import { findCycles } from '../../src/checks/schedule';
import { checkFiles, rows } from '../fixtures/planFiles';

const schedule = (tasks: string) => ({ 'implementation-schedule.yaml': `tasks:\n${tasks}` });

describe('schedule cross-checks', () => {
  it('reports a dependency on a task that does not exist, with a suggestion', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, start: 2027-01-11, finish: 2027-01-15, dependsOn: [T1] }
`));
    expect(rows(result, 'unknown-dependency')).toEqual([
      ['implementation-schedule.yaml', 3, 80, 'task T02 depends on "T1", which is not a task of the schedule'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-dependency')?.hint).toBe('did you mean "T01"?');
  });

  it('names the tasks of a dependency cycle once', () => {
    const result = checkFiles(schedule(`  - { id: A, task: a, start: 2027-01-04, finish: 2027-01-05, dependsOn: [C] }
  - { id: B, task: b, start: 2027-01-06, finish: 2027-01-07, dependsOn: [A] }
  - { id: C, task: c, start: 2027-01-08, finish: 2027-01-09, dependsOn: [B] }
`));
    expect(rows(result, 'dependency-cycle')).toEqual([['implementation-schedule.yaml', 2, 74, 'dependency cycle: A → C → B → A']]);
  });

  it('points a task that depends on itself at that dependency', () => {
    const result = checkFiles(schedule(`  - { id: A, task: a, start: 2027-01-04, finish: 2027-01-05, dependsOn: [B, A] }
  - { id: B, task: b, start: 2027-01-01, finish: 2027-01-01 }
`));
    expect(rows(result, 'dependency-cycle')).toEqual([['implementation-schedule.yaml', 2, 77, 'dependency cycle: A → A']]);
  });

  it('reports a finish before the start and a start before a dependency finishes', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, start: 2027-01-08, finish: 2027-01-05, dependsOn: [T01] }
`));
    expect(rows(result, 'finish-before-start')).toEqual([
      ['implementation-schedule.yaml', 3, 56, 'task T02 finishes on 2027-01-05, before it starts (2027-01-08)'],
    ]);
    expect(rows(result, 'starts-before-dependency')).toEqual([
      ['implementation-schedule.yaml', 3, 36, 'task T02 starts on 2027-01-08, but it depends on T01, which finishes on 2027-01-08'],
    ]);
  });

  it('reports a major task missing from the schedule, and accepts scheduled detail tasks that are not major tasks', () => {
    const result = checkFiles({
      ...schedule('  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }\n'),
      'major-tasks.yaml': `tasks:
  - id: T02
    name: Train staff
    resources: [Trainers]
    keyStaff: [Ana Núñez]
    successCriteria: Everyone trained
`,
    });
    expect(rows(result, 'task-not-scheduled')).toEqual([['major-tasks.yaml', 2, 9, 'major task T02 ("Train staff") is not in the Implementation Schedule']]);
    // T01 is a detail task: scheduled, not described in Major Tasks, and that is fine.
    expect(result.diagnostics.filter((d) => d.file === 'implementation-schedule.yaml')).toEqual([]);
  });

  it('reports a duplicated task id at its second use', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T01, task: Again, start: 2027-01-11, finish: 2027-01-15 }
`));
    expect(rows(result, 'duplicate-id')).toEqual([['implementation-schedule.yaml', 3, 11, 'scheduled task id "T01" is already used by item 1 of the list']]);
  });
});

describe('dependency types and lags between tasks with given dates', () => {
  it('reports a start-to-start dependency with a lag, and a finish-to-finish dependency, that the dates break', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, start: 2027-01-05, finish: 2027-01-12, dependsOn: [{ id: T01, type: SS, lag: 2 days }] }
  - { id: T03, task: Test, start: 2027-01-05, finish: 2027-01-07, dependsOn: [{ id: T01, type: FF }] }
  - { id: T04, task: Ship, start: 2027-01-12, finish: 2027-01-12, dependsOn: [{ id: T01, lag: 1 week }] }
`));
    expect(rows(result, 'starts-before-dependency')).toEqual([
      ['implementation-schedule.yaml', 3, 36, 'task T02 starts on 2027-01-05, but it starts with T01 (start-to-start with a lag of 2 working days), which starts on 2027-01-04: it can start on 2027-01-06 at the earliest'],
      ['implementation-schedule.yaml', 4, 55, 'task T03 finishes on 2027-01-07, but it finishes with T01 (finish-to-finish), which finishes on 2027-01-08: it can finish on 2027-01-08 at the earliest'],
      ['implementation-schedule.yaml', 5, 35, 'task T04 starts on 2027-01-12, but it depends on T01 (finish-to-start with a lag of 5 working days), which finishes on 2027-01-08: it can start on 2027-01-18 at the earliest'],
    ]);
  });

  it('accepts a lead, and a milestone reached on the day its work finishes', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Review, start: 2027-01-08, finish: 2027-01-11, dependsOn: [{ id: T01, lag: -1 day }] }
  - { id: M1, task: Planned, milestone: true, finish: 2027-01-08, dependsOn: [T01] }
  - { id: T03, task: Build, start: 2027-01-11, finish: 2027-01-15, dependsOn: [M1] }
`));
    expect(result.diagnostics).toEqual([]);
  });

  it('points at the id of a dependency written as a mapping', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, start: 2027-01-11, finish: 2027-01-15, dependsOn: [{ id: T1, type: SS }] }
`));
    expect(rows(result, 'unknown-dependency')).toEqual([
      ['implementation-schedule.yaml', 3, 86, 'task T02 depends on "T1", which is not a task of the schedule'],
    ]);
  });
});

describe('the dates or duration of a task', () => {
  it('asks for start and finish, or a duration; and for a milestone, one day and no duration', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan }
  - { id: T02, task: Build, duration: 1 week, finish: 2027-01-15 }
  - { id: T03, task: Test, start: 2027-01-13 }
  - { id: T04, task: Fix, finish: 2027-01-13 }
  - { id: M1, task: Done, milestone: true, duration: 1 day }
  - { id: M2, task: Done, milestone: true, start: 2027-01-13, finish: 2027-01-14 }
`));
    expect(rows(result, 'task-dates')).toEqual([
      ['implementation-schedule.yaml', 2, 5, 'tasks[0]: the task has neither dates nor a duration'],
      ['implementation-schedule.yaml', 3, 55, 'tasks[1].finish: the task has a finish date and a duration but no start date'],
      ['implementation-schedule.yaml', 4, 35, 'tasks[2].start: the task has a start date but no finish date or duration'],
      ['implementation-schedule.yaml', 5, 35, 'tasks[3].finish: the task has a finish date but no start date'],
      ['implementation-schedule.yaml', 6, 54, 'tasks[4].duration: a milestone takes no time: remove the duration'],
      ['implementation-schedule.yaml', 7, 71, 'tasks[5].finish: a milestone is reached on one day, but start (2027-01-13) and finish (2027-01-14) differ'],
    ]);
  });

  it('explains a dependency mapping it cannot read, at the dependency', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Go, duration: 2 days, dependsOn: [{ id: T01, type: XX }, { type: SS }, { id: T01, lag: soon }, true] }
`));
    expect(result.diagnostics.map((d) => [d.line, d.col, d.message])).toEqual([
      [3, 56, 'tasks[1].dependsOn[0]: type: expected FS (finish-to-start), SS (start-to-start) or FF (finish-to-finish)'],
      [3, 79, 'tasks[1].dependsOn[1]: the dependency needs an "id"'],
      [3, 109, 'tasks[1].dependsOn[2].lag: expected a lag written as a whole number of days or weeks, e.g. "2 days", "1 week", or "-3 days" for a lead, got "soon"'],
      [3, 117, 'tasks[1].dependsOn[3]: expected an id, or a mapping such as { id: T03, type: SS, lag: "2 days" }'],
    ]);
  });

  it('reads a dependency back as { id, type, lag }, finish-to-start by default', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Go, duration: 2 days, dependsOn: [T01, { id: T01, type: SS, lag: -1 week }, { id: T01 }] }
`));
    expect(result.plan?.implementationSchedule?.tasks[1].dependsOn).toEqual([
      { id: 'T01', type: 'FS' },
      { id: 'T01', type: 'SS', lag: '-1 week' },
      { id: 'T01', type: 'FS' },
    ]);
  });
});

describe('findCycles', () => {
  it('finds every separate cycle and ignores acyclic parts', () => {
    expect(findCycles([
      { id: 'a', dependsOn: ['b'] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c', dependsOn: ['c'] },
      { id: 'd', dependsOn: ['a', 'c'] },
    ])).toEqual([['a', 'b'], ['c']]);
  });

  it('handles a chain of 100,000 tasks without overflowing the stack', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, dependsOn: i ? [`t${i - 1}`] : [] }));
    expect(findCycles(nodes)).toEqual([]);
  });
});
