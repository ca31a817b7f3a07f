import { describe, expect, it } from 'vitest';
import { planSpan, weekdaysBetween } from '../../src/checks/span';
import { checkFiles, META, rows } from '../fixtures/planFiles';
import { FOUR_PHASES, phase, phases, wp } from '../fixtures/roadmapFiles';

const SPAN = '2027-01-04 .. 2027-03-26 (the phases)';

const spanOf = (checked: ReturnType<typeof checkFiles>) => planSpan(checked.plan!, checked.derived!);

describe('plan span', () => {
  it('is the phases first start to last finish, else the schedule, else unknown', () => {
    const schedule = {
      'implementation-schedule.yaml': `tasks:
  - { id: T02, task: Build, start: 2027-01-11, finish: 2027-02-19 }
  - { id: T01, task: Plan, start: 2027-01-05, finish: 2027-01-08 }
`,
    };
    expect(spanOf(checkFiles({ ...FOUR_PHASES, ...schedule }))).toEqual({ start: '2027-01-04', finish: '2027-03-26', from: 'phases' });
    expect(spanOf(checkFiles(schedule))).toEqual({ start: '2027-01-05', finish: '2027-02-19', from: 'schedule' });
    expect(spanOf(checkFiles({}))).toBeUndefined();
  });

  it('counts Monday-to-Friday days, both ends included', () => {
    expect(weekdaysBetween('2027-01-04', '2027-03-26')).toBe(60);
    expect(weekdaysBetween('2027-01-09', '2027-01-10')).toBe(0);
    expect(weekdaysBetween('2027-01-08', '2027-01-11')).toBe(2);
    expect(weekdaysBetween('2027-01-11', '2027-01-04')).toBe(0);
  });
});

describe('dates inside the plan span', () => {
  it('reports milestones, infrastructure dues, tasks, facility and staffing periods and go-lives outside the phases', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'milestones.yaml': `milestones:
  - { id: M1, name: Setup, targetDate: 2027-01-22, phase: P1, successCriteria: c, responsible: Ana Núñez }
  - { id: M5, name: Late, targetDate: 2027-04-02, phase: P4, successCriteria: c, responsible: Ana Núñez }
`,
      'technology.yaml': `requirements: [{ area: Development, requirements: [Workspace] }]
infrastructureTimeline:
  - { item: Environment Setup, due: 2026-12-18 }
`,
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Close, start: 2027-03-22, finish: 2027-03-29, dependsOn: [T01] }
`,
      'facilities.yaml': `facilities:
  - { purpose: Training, size: 12 seats, resources: [Projector], hours: "Mon-Fri", period: { from: 2026-12-28, to: 2027-01-08 } }
`,
      'personnel.yaml': `staffing:
  - { staffingType: Trainer, skills: Teaching, securityClearance: false, fte: 1, period: { from: 2027-02-08, to: 2027-04-30 } }
`,
      'sites.yaml': `sites:
  - { id: FRE, name: Fresno, address: a, contact: { person: Ana Núñez, phone: 916-555-0101 }, goLive: 2027-03-29, preparation: p, readiness: r }
`,
    });
    expect(rows(result, 'outside-plan-span')).toEqual([
      ['facilities.yaml', 2, 100, `start of the "Training" facility period (2026-12-28) is outside the plan span ${SPAN}`],
      ['implementation-schedule.yaml', 3, 56, `finish of task T02 (2027-03-29) is outside the plan span ${SPAN}`],
      ['milestones.yaml', 3, 39, `target date of milestone M5 (2027-04-02) is outside the plan span ${SPAN}`],
      ['personnel.yaml', 2, 114, `end of the "Trainer" staffing period (2027-04-30) is outside the plan span ${SPAN}`],
      ['sites.yaml', 2, 103, `go-live of site FRE (2027-03-29) is outside the plan span ${SPAN}`],
      ['technology.yaml', 3, 37, `due date of "Environment Setup" (2026-12-18) is outside the plan span ${SPAN}`],
    ]);
  });

  it('uses the schedule as the span when there are no phases', () => {
    const result = checkFiles({
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-29 }
`,
      'milestones.yaml': `milestones:
  - { id: M1, name: Setup, targetDate: 2027-02-01, phase: P1, successCriteria: c, responsible: Ana Núñez }
`,
    });
    expect(rows(result, 'outside-plan-span')).toEqual([
      ['milestones.yaml', 2, 40, 'target date of milestone M1 (2027-02-01) is outside the plan span 2027-01-04 .. 2027-01-29 (the Implementation Schedule)'],
    ]);
  });

  it('passes dates on the first and last day of the span', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'milestones.yaml': `milestones:
  - { id: M1, name: Start, targetDate: 2027-01-04, phase: P1, successCriteria: c, responsible: Ana Núñez }
  - { id: M4, name: End, targetDate: 2027-03-26, phase: P4, successCriteria: c, responsible: Ana Núñez }
`,
    });
    expect(rows(result, 'outside-plan-span')).toEqual([]);
  });
});

describe('maintenance contracts', () => {
  const hardware = (expires: string) => ({
    'hardware.yaml': `components:
  - name: SAC-APP-01
    type: Server
    model: R760
    location: Sacramento
    owner: Technical Lead
    maintenance:
      contract: DCO-IT-0418
      contact: { name: Dell Support, phone: 800-555-0100 }
      coverage: 24x7
      expires: ${expires}
`,
  });

  it('warns about a contract that expires before the implementation ends', () => {
    const result = checkFiles({ ...FOUR_PHASES, ...hardware('2027-03-25') });
    expect(rows(result, 'maintenance-expires')).toEqual([
      ['hardware.yaml', 11, 16, 'maintenance contract DCO-IT-0418 of "SAC-APP-01" expires on 2027-03-25, before the implementation ends (2027-03-26)'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'maintenance-expires')?.severity).toBe('warning');
  });

  it('passes a contract that runs to the last day or beyond', () => {
    expect(rows(checkFiles({ ...FOUR_PHASES, ...hardware('2027-03-26') }), 'maintenance-expires')).toEqual([]);
  });
});

describe('total duration of the executive summary', () => {
  const summary = (totalDuration: string) => ({
    'executive-summary.yaml': `scope: The platform and the training program.
totalDuration: ${totalDuration}
keyMilestones: [Platform live]
resourceRequirements: [A project manager]
successProbability: { rating: high, rationale: A configured product. }
criticalSuccessFactors: [Engaged staff]
`,
  });

  it('warns when it does not match the span of the phases', () => {
    const result = checkFiles({ ...FOUR_PHASES, ...summary('10 weeks') });
    expect(rows(result, 'duration-mismatch')).toEqual([
      ['executive-summary.yaml', 2, 16, `total duration "10 weeks" does not match the plan span ${SPAN}, which lasts 12 weeks`],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'duration-mismatch')?.severity).toBe('warning');
  });

  it('accepts the span in weeks, or in working days to the nearest week', () => {
    expect(rows(checkFiles({ ...FOUR_PHASES, ...summary('12 weeks') }), 'duration-mismatch')).toEqual([]);
    expect(rows(checkFiles({ ...FOUR_PHASES, ...summary('58 days') }), 'duration-mismatch')).toEqual([]);
  });

  it('counts the span in working days of the plan calendar, holidays deducted', () => {
    const holidays = `${META}calendar:\n  holidays:\n${['01-18', '02-15', '03-01', '03-02', '03-03'].map((d) => `    - { date: 2027-${d}, name: Closed }\n`).join('')}`;
    // Sixty weekdays less five holidays: 55 working days, eleven weeks.
    expect(rows(checkFiles({ ...FOUR_PHASES, ...summary('12 weeks'), 'plan.yaml': holidays }), 'duration-mismatch')).toEqual([
      ['executive-summary.yaml', 2, 16, `total duration "12 weeks" does not match the plan span ${SPAN}, which lasts 11 weeks`],
    ]);
  });

  it('is an error when shorter than the computed schedule, naming the critical path', () => {
    const longWork = phases(
      phase('P1', '2027-01-04', '2027-01-22', wp('WP1') + wp('WP2', '[WP1]') + wp('WP3', '[WP2]')),
      phase('P2', '2027-01-25', '2027-02-12', wp('WP4', '[P1]') + wp('WP5', '[WP4]') + wp('WP6', '[WP5]')),
    );
    const result = checkFiles({ ...longWork, ...summary('5 weeks') });
    expect(rows(result, 'duration-too-short')).toEqual([
      ['executive-summary.yaml', 2, 16, 'total duration "5 weeks" is 25 working days, but the work packages take 30 (2027-01-04 .. 2027-02-12), along the critical path WP1 → WP2 → WP3 → WP4 → WP5 → WP6'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'duration-too-short')).toMatchObject({ severity: 'error', hint: 'write at least "6 weeks" (or "30 days"), or shorten the critical path' });
    // The error replaces the nearest-week warning on the same field.
    expect(rows(result, 'duration-mismatch')).toEqual([]);
    expect(rows(checkFiles({ ...longWork, ...summary('6 weeks') }), 'duration-too-short')).toEqual([]);
  });

  it('compares with the Implementation Schedule when the plan has no phases', () => {
    const result = checkFiles({
      ...summary('1 week'),
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08 }
  - { id: T02, task: Build, duration: 3 days, dependsOn: [T01] }
`,
    });
    expect(rows(result, 'duration-too-short')).toEqual([
      ['executive-summary.yaml', 2, 16, 'total duration "1 week" is 5 working days, but the Implementation Schedule takes 8 (2027-01-04 .. 2027-01-13), along the critical path T01 → T02'],
    ]);
  });
});
