import { describe, expect, it } from 'vitest';
import { importBlocks } from '../../src/import';
import { readMarkdown } from '../../src/import/readMarkdown';

const options = { date: '2026-12-07', weekOne: '2027-01-04', source: 'plan.md' };

/** Two phases as plansmith prints them; January 18 (a Monday) is skipped between WP1.1 and WP1.2. */
const PHASES = [
  '# Phases and Work Packages', '', 'Martin Luther King Jr. Day (January 18) is not worked.', '',
  "Each phase's window, and under *Work Scheduled* the first start and last finish the schedule computes for its work packages:", '',
  '| Phase | Start | Finish | Working Days | Work Scheduled | Work Packages |', '|---|---|---|---:|---|---|',
  '| **P1** Setup | January 4, 2027 | January 22, 2027 | 14 | January 4, 2027 to January 22, 2027 | WP1.1 Plan |', '',
  '## P1: Setup', '', '**Period:** January 4, 2027 to January 22, 2027', '', '### Work Packages', '',
  '**WP1.1: Plan**', '', '- **Duration:** 2 weeks', '- **Depends on:** None', '- **Scheduled:** January 4, 2027 to January 15, 2027, on the critical path', '',
  '**WP1.2: Build**', '', '- **Duration:** 4 days', '- **Depends on:** WP1.1 Plan', '- **Scheduled:** January 19, 2027 to January 22, 2027, on the critical path', '',
  '# Implementation Schedule', '', '| Task ID | Task | Planned Start Date | Planned Finish Date | Dependency |', '|---|---|---|---|---|',
  '| T01 | Plan | January 4, 2027 | January 8, 2027 | |',
].join('\n');

describe('what a plansmith document shows but its content does not hold', () => {
  const { files } = importBlocks(readMarkdown(PHASES), options);
  const file = (name: string) => files.find((f) => f.file === name)!;

  it('finds a holiday where a work package starts later than the working day after its predecessor, named from the text', () => {
    expect(file('plan.yaml').data.calendar).toEqual({ start: '2027-01-04', holidays: [{ date: '2027-01-18', name: 'Martin Luther King Jr. Day' }] });
    // The phases table's 14 working days agree: no note asks for more holidays.
    expect(file('phases.yaml').draft?.notes.some((n) => n.includes('add the missing holidays'))).toBe(false);
  });

  it('leaves out the phases table and the computed lines, and keeps "depends on" as the work package id', () => {
    const phase = (file('phases.yaml').data.phases as Record<string, unknown>[])[0];
    expect(phase.workPackages).toMatchObject([
      { id: 'WP1.1', name: 'Plan', duration: '2 weeks' },
      { id: 'WP1.2', name: 'Build', duration: '4 days', dependsOn: ['WP1.1'] },
    ]);
    expect(JSON.stringify(phase)).not.toMatch(/Scheduled|computed|January 15/);
    expect(file('phases.yaml').data.intro).toBe('Martin Luther King Jr. Day (January 18) is not worked.');
  });

  it('gives a schedule task the phase whose window holds its dates', () => {
    expect((file('implementation-schedule.yaml').data.tasks as Record<string, unknown>[])[0].phase).toBe('P1');
  });
});
