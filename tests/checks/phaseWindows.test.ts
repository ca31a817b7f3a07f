import { describe, expect, it } from 'vitest';
import { checkFiles, META, rows } from '../fixtures/planFiles';
import { FOUR_PHASES, phase, phases, wp } from '../fixtures/roadmapFiles';

const days = (n: number, line: string) => line.replace('1 week', `${n} days`);

describe('phase windows against the work packages inside them', () => {
  it('reports each phase shorter than the chain of its work packages, with both figures and the chain', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-08', wp('WP1.1') + wp('WP1.2', '[WP1.1]')),
      phase('P2', '2027-01-18', '2027-02-05', wp('WP2.1', '[P1]') + wp('WP2.2', '[WP2.1]')),
      phase('P3', '2027-02-08', '2027-02-12', days(3, wp('WP3.1', '[P2]')) + days(3, wp('WP3.2', '[WP3.1]'))),
    ));
    expect(rows(result, 'phase-too-short')).toEqual([
      ['phases.yaml', 5, 13, 'phase P1 has 5 working days (2027-01-04 .. 2027-01-08), but its work packages need 10 working days one after another: WP1.1 (5 days) → WP1.2 (5 days)'],
      ['phases.yaml', 21, 13, 'phase P3 has 5 working days (2027-02-08 .. 2027-02-12), but its work packages need 6 working days one after another: WP3.1 (3 days) → WP3.2 (3 days)'],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'phase-too-short').map((d) => [d.severity, d.hint])).toEqual([
      ['error', 'finish the phase on 2027-01-15 or later, or shorten its work packages'],
      ['error', 'finish the phase on 2027-02-15 or later, or shorten its work packages'],
    ]);
  });

  it('counts the window in working days of the plan calendar, so a holiday can make a phase too short', () => {
    const three = phases(phase('P1', '2027-02-15', '2027-03-05', days(14, wp('WP1')) + days(1, wp('WP2', '[WP1]'))));
    expect(rows(checkFiles(three), 'phase-too-short')).toEqual([]);
    const withHoliday = checkFiles({ ...three, 'plan.yaml': `${META}calendar:\n  holidays: [{ date: 2027-02-15, name: Presidents' Day }]\n` });
    expect(rows(withHoliday, 'phase-too-short')).toEqual([
      ['phases.yaml', 5, 13, 'phase P1 has 14 working days (2027-02-15 .. 2027-03-05), but its work packages need 15 working days one after another: WP1 (14 days) → WP2 (1 day)'],
    ]);
  });

  it('measures the longest chain, with start-to-start and finish-to-finish dependencies and lags', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-08',
        wp('WP1') + days(2, wp('WP2', '[{ id: WP1, type: SS, lag: 2 days }]')) + days(1, wp('WP3', '[{ id: WP2, type: FF, lag: 1 day }]'))),
    ));
    // WP1 runs days 1-5, WP2 days 3-4, WP3 must finish a day after WP2: day 5. The window holds it.
    expect(rows(result, 'phase-too-short')).toEqual([]);
    const longer = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-08',
        wp('WP1') + days(2, wp('WP2', '[{ id: WP1, type: SS, lag: 2 days }]')) + days(1, wp('WP3', '[{ id: WP2, type: FF, lag: 2 days }]'))),
    ));
    expect(rows(longer, 'phase-too-short')).toEqual([
      ['phases.yaml', 5, 13, 'phase P1 has 5 working days (2027-01-04 .. 2027-01-08), but its work packages need 6 working days one after another: WP1 (5 days) → WP2 (2 days) → WP3 (1 day)'],
    ]);
  });

  it('reports a phase whose work, pushed by an earlier phase, finishes after the phase does', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-15', wp('WP1.1') + wp('WP1.2', '[WP1.1]')),
      phase('P2', '2027-01-11', '2027-01-20', wp('WP2.1', '[P1]')),
    ));
    // P2 has eight working days for five days of work, but that work can only start after P1's, on January 18.
    expect(rows(result, 'finish-before-computed')).toEqual([
      ['phases.yaml', 13, 13, 'phase P2 finishes on 2027-01-20, but its work finishes on 2027-01-22 at the earliest: WP1.1 (5 days) → WP1.2 (5 days) → WP2.1 (5 days)'],
    ]);
    expect(rows(result, 'phase-too-short')).toEqual([]);
  });

  it('passes phases that hold their work', () => {
    expect(['phase-too-short', 'finish-before-computed'].flatMap((code) => rows(checkFiles(FOUR_PHASES), code))).toEqual([]);
  });
});

describe('milestones against the computed end of their phase', () => {
  const milestones = (...lines: string[]) => ({ 'milestones.yaml': `milestones:\n${lines.join('')}` });
  const milestone = (id: string, date: string, phaseId: string) =>
    `  - { id: ${id}, name: Milestone ${id}, targetDate: ${date}, phase: ${phaseId}, successCriteria: c, responsible: Ana Núñez }\n`;
  const work = phases(
    phase('P1', '2027-01-04', '2027-01-22', wp('WP1.1') + wp('WP1.2', '[WP1.1]')),
    phase('P2', '2027-01-25', '2027-02-12', wp('WP2.1', '[P1]')),
  );

  it('reports the milestone closing a phase when it is due before the phase\'s work can finish', () => {
    const result = checkFiles({ ...work, ...milestones(milestone('M1', '2027-01-14', 'P1'), milestone('M2', '2027-01-29', 'P2')) });
    expect(rows(result, 'milestone-before-phase-finish')).toEqual([
      ['milestones.yaml', 2, 47, 'milestone M1 is due on 2027-01-14, but the work of phase P1 finishes on 2027-01-15 at the earliest: WP1.1 (5 days) → WP1.2 (5 days)'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'milestone-before-phase-finish')?.hint).toBe('move the target date to 2027-01-15 or later, or shorten the work of phase P1');
  });

  it('leaves earlier milestones of a phase alone: they are checkpoints inside it', () => {
    const result = checkFiles({ ...work, ...milestones(milestone('M1', '2027-01-08', 'P1'), milestone('M2', '2027-01-22', 'P1')) });
    expect(rows(result, 'milestone-before-phase-finish')).toEqual([]);
  });

  it('counts the scheduled tasks of a phase as its work too', () => {
    const result = checkFiles({
      ...work,
      ...milestones(milestone('M1', '2027-01-15', 'P1')),
      'implementation-schedule.yaml': 'tasks:\n  - { id: T01, task: Survey, phase: P1, start: 2027-01-11, finish: 2027-01-19 }\n',
    });
    expect(rows(result, 'milestone-before-phase-finish')).toEqual([
      ['milestones.yaml', 2, 47, 'milestone M1 is due on 2027-01-15, but the work of phase P1 finishes on 2027-01-19 at the earliest: task T01'],
    ]);
  });
});
