import { describe, expect, it } from 'vitest';
import { analyzeSchedules, computeSchedule, drivingChain } from '../../src/derive/compute';
import { phaseSchedules } from '../../src/derive/phaseWindows';
import { templateComputed } from '../../src/render/templates/templateData';
import { checkFiles, META } from '../fixtures/planFiles';
import { phase, phases, wp } from '../fixtures/roadmapFiles';
import { derive } from '../../src/derive';

const HOLIDAYS = `calendar:
  start: 2027-01-14
  holidays:
    - { date: 2027-01-18, name: Martin Luther King Jr. Day }
`;

function planOf(files: Record<string, string>) {
  const result = checkFiles(files);
  expect(result.plan, JSON.stringify(result.diagnostics)).toBeDefined();
  return result.plan!;
}

const schedule = (tasks: string, meta = META + HOLIDAYS) => planOf({ 'plan.yaml': meta, 'implementation-schedule.yaml': `tasks:\n${tasks}` });

/** [id, early start, early finish, float, critical] of each item. */
const rowsOf = (items: { id: string; earlyStart: string; earlyFinish: string; totalFloat: number; critical: boolean }[]) =>
  items.map((i) => [i.id, i.earlyStart, i.earlyFinish, i.totalFloat, i.critical]);

describe('the Implementation Schedule as a network', () => {
  it('places tasks given by duration from the calendar start, skipping the weekend and the holiday', () => {
    const computed = computeSchedule(schedule(`  - { id: T01, task: Plan, duration: 3 days }
  - { id: T02, task: Build, duration: 2 days, dependsOn: [T01] }
  - { id: T03, task: Review, duration: 1 day, dependsOn: [{ id: T01, type: SS, lag: 1 day }] }
  - { id: M1, task: Ready, milestone: true, dependsOn: [T02, T03] }
`)).schedule!;
    expect(rowsOf(computed.items)).toEqual([
      ['T01', '2027-01-14', '2027-01-19', 0, true],
      ['T02', '2027-01-20', '2027-01-21', 0, true],
      ['T03', '2027-01-15', '2027-01-15', 3, false],
      ['M1', '2027-01-21', '2027-01-21', 0, true],
    ]);
    expect(computed.items[3]).toMatchObject({ kind: 'milestone', durationDays: 0, lateStart: '2027-01-21', lateFinish: '2027-01-21' });
    expect(computed.items[2]).toMatchObject({ lateStart: '2027-01-21', lateFinish: '2027-01-21' });
    expect(computed).toMatchObject({
      network: 'schedule',
      start: '2027-01-14',
      finish: '2027-01-21',
      workingDays: 5,
      criticalPaths: [['T01', 'T02', 'M1']],
      criticalPathsTruncated: false,
      calendar: { workweek: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: [{ date: '2027-01-18', name: 'Martin Luther King Jr. Day' }] },
    });
  });

  it('keeps the dates a task gives and places the tasks given by duration after them', () => {
    const computed = computeSchedule(schedule(`  - { id: T01, task: Plan, start: 2027-01-14, finish: 2027-01-15 }
  - { id: T02, task: Build, duration: 1 week, dependsOn: [T01] }
  - { id: T03, task: Train, start: 2027-01-27, finish: 2027-01-29, dependsOn: [T02] }
  - { id: T04, task: Launch, duration: 1 day, start: 2027-02-01, dependsOn: [T03] }
`)).schedule!;
    expect(rowsOf(computed.items)).toEqual([
      ['T01', '2027-01-14', '2027-01-15', 1, false],
      ['T02', '2027-01-19', '2027-01-25', 1, false],
      ['T03', '2027-01-27', '2027-01-29', 0, true],
      ['T04', '2027-02-01', '2027-02-01', 0, true],
    ]);
    expect(computed.items[0].given).toEqual({ start: '2027-01-14', finish: '2027-01-15' });
    expect(computed.items[1].given).toBeUndefined();
    expect(computed.items[3].given).toEqual({ start: '2027-02-01', finish: undefined });
    // T03 is fixed a day later than T02 allows: the critical path starts there, and T01 and T02 have a day of float.
    expect(computed.criticalPaths).toEqual([['T03', 'T04']]);
  });

  it('reaches a milestone on its given day, and at the plan start when nothing comes before it', () => {
    const computed = computeSchedule(schedule(`  - { id: M0, task: Kick-off, milestone: true }
  - { id: T01, task: Plan, duration: 2 days, dependsOn: [M0] }
  - { id: M1, task: Sign-off, milestone: true, finish: 2027-01-22, dependsOn: [T01] }
`)).schedule!;
    expect(computed.items.map((i) => [i.id, i.earlyStart, i.earlyFinish])).toEqual([
      ['M0', '2027-01-14', '2027-01-14'],
      ['T01', '2027-01-14', '2027-01-15'],
      ['M1', '2027-01-22', '2027-01-22'],
    ]);
  });

  it('starts without a calendar at the first phase start, else at the earliest date the schedule gives', () => {
    const tasks = `tasks:
  - { id: T01, task: Plan, start: 2027-01-06, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 2 days }
`;
    expect(analyzeSchedules(planOf({ 'implementation-schedule.yaml': tasks })).start).toBe('2027-01-06');
    const withPhases = planOf({ 'implementation-schedule.yaml': tasks, ...phases(phase('P1', '2027-01-04', '2027-01-22', wp('WP1'))) });
    expect(computeSchedule(withPhases).schedule!.items[1]).toMatchObject({ earlyStart: '2027-01-04', earlyFinish: '2027-01-05' });
  });

  it('has no schedule when nothing dates it, or when its dependencies form a cycle', () => {
    const undated = analyzeSchedules(schedule('  - { id: T01, task: Plan, duration: 2 days }\n', META));
    expect(undated.unanchored).toBe(true);
    expect(undated.schedule).toBeUndefined();
    const cyclic = analyzeSchedules(schedule(`  - { id: A, task: a, duration: 1 day, dependsOn: [B] }
  - { id: B, task: b, duration: 1 day, dependsOn: [A] }
`));
    expect(cyclic.schedule?.result).toEqual({ kind: 'cyclic', cycles: [['A', 'B']] });
    expect(cyclic.schedule?.computed).toBeUndefined();
  });

  it('names the chain of tasks that places a task, back to a given date or the start', () => {
    const analysis = analyzeSchedules(schedule(`  - { id: T01, task: Plan, start: 2027-01-14, finish: 2027-01-15 }
  - { id: T02, task: Build, duration: 2 days, dependsOn: [T01] }
  - { id: T03, task: Side, duration: 1 day }
  - { id: T04, task: Test, duration: 2 days, dependsOn: [T03, T02] }
`)).schedule!;
    expect(drivingChain(analysis, 3).map((i) => analysis.activities[i].id)).toEqual(['T01', 'T02', 'T04']);
    expect(drivingChain(analysis, 2)).toEqual([2]);
  });
});

describe('the work packages as a network', () => {
  const plan = () =>
    planOf({
      'plan.yaml': META + HOLIDAYS.replace('start: 2027-01-14', 'start: 2027-01-04'),
      ...phases(
        phase('P1', '2027-01-04', '2027-01-22', wp('WP1.1') + wp('WP1.2', '[WP1.1]').replace('1 week', '4 days')),
        phase('P2', '2027-01-25', '2027-02-12', wp('WP2.1', '[P1]') + wp('WP2.2', '[{ id: WP2.1, type: SS, lag: 2 days }]')),
      ),
    });

  it('starts each work package no earlier than its phase and after every work package of a phase it depends on', () => {
    const computed = computeSchedule(plan()).workPackages!;
    expect(computed.items.map((i) => [i.id, i.group, i.earlyStart, i.earlyFinish, i.totalFloat])).toEqual([
      ['WP1.1', 'P1', '2027-01-04', '2027-01-08', 5],
      ['WP1.2', 'P1', '2027-01-11', '2027-01-14', 5],
      ['WP2.1', 'P2', '2027-01-25', '2027-01-29', 0],
      ['WP2.2', 'P2', '2027-01-27', '2027-02-02', 0],
    ]);
    expect(computed.items[2].dependsOn).toEqual([
      { id: 'WP1.1', type: 'FS', lagDays: 0 },
      { id: 'WP1.2', type: 'FS', lagDays: 0 },
    ]);
    expect(computed.criticalPaths).toEqual([['WP2.1', 'WP2.2']]);
  });

  it('measures each phase: working days of its window, the chain its work needs, and its computed dates', () => {
    const p = plan();
    expect(phaseSchedules(p, analyzeSchedules(p))).toEqual([
      {
        id: 'P1', name: 'Phase P1', start: '2027-01-04', finish: '2027-01-22', windowDays: 14,
        chainDays: 9, chain: ['WP1.1', 'WP1.2'], computedStart: '2027-01-04', computedFinish: '2027-01-14', finishChain: ['WP1.1', 'WP1.2'],
      },
      {
        id: 'P2', name: 'Phase P2', start: '2027-01-25', finish: '2027-02-12', windowDays: 15,
        chainDays: 7, chain: ['WP2.1', 'WP2.2'], computedStart: '2027-01-25', computedFinish: '2027-02-02', finishChain: ['WP2.1', 'WP2.2'],
      },
    ]);
  });
});

describe('computed values for templates', () => {
  it('keys the schedules by id and spans the implementation from the first start to the last finish', () => {
    const computed = templateComputed(derive(planOf({
      'plan.yaml': META + HOLIDAYS,
      'implementation-schedule.yaml': 'tasks:\n  - { id: T01, task: Plan, duration: 3 days }\n',
      ...phases(phase('P1', '2027-01-14', '2027-01-29', wp('WP1'))),
    })));
    expect(computed.taskById.T01).toMatchObject({ earlyStart: '2027-01-14', earlyFinish: '2027-01-19' });
    expect(computed.workPackageById.WP1).toMatchObject({ earlyStart: '2027-01-14', earlyFinish: '2027-01-21' });
    expect(computed.phaseById.P1).toMatchObject({ windowDays: 11, chainDays: 5 });
    // The phase window runs longer than its work: the span covers it.
    expect(computed.span).toEqual({ start: '2027-01-14', finish: '2027-01-29', workingDays: 11 });
    expect(computed.budget).toBeUndefined();
    expect(computed.staffing).toBeUndefined();
  });
});
