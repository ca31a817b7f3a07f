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

  it('reports tasks missing from either Major Tasks or the schedule', () => {
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
    expect(rows(result, 'task-not-described')).toEqual([['implementation-schedule.yaml', 2, 11, 'scheduled task T01 ("Plan") is not described in Major Tasks']]);
  });

  it('reports a duplicated task id at its second use', () => {
    const result = checkFiles(schedule(`  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T01, task: Again, start: 2027-01-11, finish: 2027-01-15 }
`));
    expect(rows(result, 'duplicate-id')).toEqual([['implementation-schedule.yaml', 3, 11, 'scheduled task id "T01" is already used by item 1 of the list']]);
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
