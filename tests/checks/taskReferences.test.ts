import { describe, expect, it } from 'vitest';
import { checkFiles, CONTACTS, rows } from '../fixtures/planFiles';
import { FOUR_PHASES } from '../fixtures/roadmapFiles';

const SCHEDULE = `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-15, phase: P1 }
  - { id: T02, task: Build, duration: 2 weeks, dependsOn: [T01], phase: P1 }
  - { id: T03, task: Side work, duration: 2 days, dependsOn: [T01], phase: P1 }
  - { id: T04, task: Go live, duration: 1 day, dependsOn: [T02, T03], phase: P2 }
`;

const milestone = (id: string, date: string, extra: string) =>
  `  - { id: ${id}, name: Milestone ${id}, targetDate: ${date}, ${extra} }\n`;

describe('a milestone that marks a task', () => {
  it('is checked against that task, not taken to close its phase', () => {
    // M1 marks T01 (done 2027-01-15) early in P1, whose work runs to 2027-01-29: no phase error for it.
    const result = checkFiles({
      ...FOUR_PHASES,
      'implementation-schedule.yaml': SCHEDULE,
      'milestones.yaml': `milestones:\n${milestone('M1', '2027-01-15', 'phase: P1, task: T01')}${milestone('M2', '2027-01-27', 'task: T02')}`,
    });
    expect(rows(result, 'milestone-before-phase-finish')).toEqual([]);
    expect(rows(result, 'milestone-before-task')).toEqual([
      ['milestones.yaml', 3, 47, 'milestone M2 is due on 2027-01-27, but task T02 ("Build") finishes on 2027-01-29'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'milestone-before-task')?.hint).toBe('move the date to 2027-01-29 or later, or finish task T02 earlier');
  });

  it('on main, the latest milestone of a phase was taken to close it: without a task it still is', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'implementation-schedule.yaml': SCHEDULE,
      'milestones.yaml': `milestones:\n${milestone('M1', '2027-01-15', 'phase: P1')}`,
    });
    expect(rows(result, 'milestone-before-phase-finish').length).toBe(1);
  });

  it('names a task that exists', () => {
    const result = checkFiles({
      'implementation-schedule.yaml': SCHEDULE,
      'milestones.yaml': `milestones:\n${milestone('M1', '2027-01-15', 'task: T1')}`,
    });
    expect(rows(result, 'unknown-task')).toEqual([
      ['milestones.yaml', 2, 65, 'milestone M1 names task "T1", which is not a task of the Implementation Schedule'],
    ]);
  });
});

describe('a site go-live tied to a task', () => {
  const site = (goLive: string) => `sites:
  - id: HQ
    name: Headquarters
    address: 1 Main St
    contact: { person: Ana Núñez, phone: 916-555-0100 }
    goLive: ${goLive}
    goLiveTask: T04
    preparation: Cabling
    readiness: Walkthrough
`;
  it('goes live on or after the task finishes', () => {
    const files = { 'points-of-contact.yaml': CONTACTS, 'implementation-schedule.yaml': SCHEDULE };
    expect(rows(checkFiles({ ...files, 'sites.yaml': site('2027-02-01') }), 'go-live-before-task')).toEqual([]);
    expect(rows(checkFiles({ ...files, 'sites.yaml': site('2027-01-29') }), 'go-live-before-task')).toEqual([
      ['sites.yaml', 6, 13, 'site HQ goes live on 2027-01-29, but task T04 ("Go live") finishes on 2027-02-01'],
    ]);
  });
});

describe('the critical path the plan states', () => {
  it('is checked against the computed one', () => {
    const stated = (path: string) => checkFiles({ 'implementation-schedule.yaml': `${SCHEDULE}criticalPath: ${path}\n` });
    expect(rows(stated('[T01, T02, T04]'), 'not-critical')).toEqual([]);
    expect(rows(stated('[T01, T03, T04]'), 'not-critical')).toEqual([
      ['implementation-schedule.yaml', 6, 21, 'the plan states task T03 is on the critical path, but the schedule gives it 8 working days of float'],
    ]);
    expect(stated('[T01, T03, T04]').diagnostics.find((d) => d.code === 'not-critical')?.hint).toBe(
      'the computed critical path is T01 → T02 → T04: correct the stated path or the dependencies',
    );
    expect(rows(stated('[T01, T9]'), 'unknown-task').map((r) => r[3])).toEqual(['the stated critical path names task "T9", which is not a task of the Implementation Schedule']);
  });
});

describe('a task with both dates and a duration', () => {
  it('is accepted when they agree, and reported when they do not', () => {
    const task = (finish: string) => checkFiles({ 'implementation-schedule.yaml': `tasks:\n  - { id: T01, task: Plan, start: 2027-01-04, finish: ${finish}, duration: 2 weeks }\n` });
    expect(task('2027-01-15').diagnostics).toEqual([]);
    expect(rows(task('2027-01-19'), 'duration-mismatch')).toEqual([
      ['implementation-schedule.yaml', 2, 77, 'task T01 runs 12 working days from 2027-01-04 to 2027-01-19, but its duration is "2 weeks" (10 working days)'],
    ]);
    expect(task('2027-01-19').diagnostics[0].hint).toBe('finish it on 2027-01-15, or make the duration "12 days"');
  });
});
