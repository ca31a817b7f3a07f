import { describe, expect, it } from 'vitest';
import { checkFiles, rows } from '../fixtures/planFiles';
import { FOUR_PHASES, phase, phases, wp } from '../fixtures/roadmapFiles';

const CODES = ['unknown-dependency', 'dependency-cycle', 'finish-before-start', 'unknown-phase', 'phase-columns'];
const allRows = (result: ReturnType<typeof checkFiles>) => CODES.flatMap((code) => rows(result, code));

describe('work package dependencies', () => {
  it('reports a dependency on an id that is neither a work package nor a phase, with a suggestion', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-22', wp('WP1')),
      phase('P2', '2027-01-25', '2027-02-12', wp('WP2', '[P1, WP5]')),
    ));
    expect(rows(result, 'unknown-dependency')).toEqual([
      ['phases.yaml', 15, 113, 'work package WP2 depends on "WP5", which is not a work package or phase'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-dependency')?.hint).toBe('did you mean "WP1"?');
  });

  it('finds a cycle that runs through phases, naming every step once', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-22', wp('WP1', '[P2]')),
      phase('P2', '2027-01-25', '2027-02-12', wp('WP2', '[P1]')),
    ));
    expect(rows(result, 'dependency-cycle')).toEqual([
      ['phases.yaml', 8, 109, 'work package dependency cycle: WP1 → P2 → WP2 → P1 → WP1'],
    ]);
  });

  it('treats a dependency on the own phase, or on itself, as a cycle', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-22', wp('WP1', '[P1]')),
      phase('P2', '2027-01-25', '2027-02-12', wp('WP2', '[WP1, WP2]')),
    ));
    expect(rows(result, 'dependency-cycle')).toEqual([
      ['phases.yaml', 8, 109, 'work package dependency cycle: WP1 → P1 → WP1'],
      ['phases.yaml', 15, 114, 'work package dependency cycle: WP2 → WP2'],
    ]);
  });

  it('reports a phase that finishes before it starts', () => {
    const result = checkFiles(phases(phase('P1', '2027-01-22', '2027-01-04', wp('WP1'))));
    expect(rows(result, 'finish-before-start')).toEqual([['phases.yaml', 5, 13, 'phase P1 finishes on 2027-01-04, before it starts (2027-01-22)']]);
  });

  it('passes phases in order whose work packages depend on earlier work', () => {
    expect(allRows(checkFiles(FOUR_PHASES))).toEqual([]);
  });
});

describe('phase references', () => {
  it('reports milestones, gates, checkpoints, technology areas and tasks naming a phase that does not exist', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'milestones.yaml': `milestones:
  - { id: M1, name: a, targetDate: 2027-01-22, phase: P5, successCriteria: c, responsible: Ana Núñez }
phaseGates:
  - { id: G1, name: g, phase: p2, criteria: [c] }
`,
      'quality.yaml': `standards: [{ area: Deliverable, standard: Reviewed. }]
checkpoints:
  - { phase: P0, check: Plan review, criteria: Approved., responsible: Ana Núñez }
`,
      'technology.yaml': `requirements:
  - { area: Testing, requirements: [Test tool], phases: [P1, P6] }
`,
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08, phase: P1 }
  - { id: T02, task: Build, start: 2027-01-11, finish: 2027-01-15, phase: P7 }
`,
    });
    expect(rows(result, 'unknown-phase')).toEqual([
      ['implementation-schedule.yaml', 3, 75, 'task T02 names phase "P7", which is not a phase of the Work Breakdown Structure'],
      ['milestones.yaml', 2, 55, 'milestone M1 names phase "P5", which is not a phase of the Work Breakdown Structure'],
      ['milestones.yaml', 4, 31, 'phase gate G1 names phase "p2", which is not a phase of the Work Breakdown Structure'],
      ['quality.yaml', 3, 14, 'quality checkpoint "Plan review" names phase "P0", which is not a phase of the Work Breakdown Structure'],
      ['technology.yaml', 2, 62, 'technology area "Testing" names phase "P6", which is not a phase of the Work Breakdown Structure'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-phase' && d.file === 'milestones.yaml' && d.line === 4)?.hint).toBe('did you mean "P2"?');
  });

  it('does not check phase references when the plan has no phases', () => {
    const result = checkFiles({
      'milestones.yaml': `milestones:
  - { id: M1, name: a, targetDate: 2027-01-22, phase: P5, successCriteria: c, responsible: Ana Núñez }
`,
    });
    expect(rows(result, 'unknown-phase')).toEqual([]);
  });

  it('checks phase references against the phase columns of the staffing and budget tables when there is no phases file', () => {
    const result = checkFiles({
      'budget.yaml': 'phases: [P1, P2]\ncategories:\n  - { category: Staff, amounts: { P1: 10, P2: 20 } }\n',
      'milestones.yaml': `milestones:
  - { id: M1, name: a, targetDate: 2027-01-22, phase: P3 }
`,
      'implementation-schedule.yaml': `tasks:
  - { id: T01, task: Plan, start: 2027-01-04, finish: 2027-01-08, phase: P1 }
`,
    });
    expect(rows(result, 'unknown-phase')).toEqual([
      ['milestones.yaml', 2, 55, 'milestone M1 names phase "P3", which is not a phase column of the staffing or budget table (the plan has no phases.yaml)'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-phase')?.hint).toBe('did you mean "P1"?');
  });
});

describe('phase columns of the staffing and budget tables', () => {
  it('reports a column that is not a phase, phases without a column, and columns out of order', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'staffing.yaml': `phases: [P1, P2, P5]
roles:
  - { role: Project Manager, fte: { P1: 1, P2: 1, P5: 1 } }
onboarding: { recruitmentTimeline: r, trainingRequirements: t, knowledgeTransfer: k }
`,
      'budget.yaml': `phases: [P2, P1, P3, P4]
categories:
  - { category: Personnel, amounts: { P1: 1, P2: 2, P3: 3, P4: 4 } }
`,
    });
    expect(rows(result, 'phase-columns')).toEqual([
      ['budget.yaml', 1, 9, 'budget columns P2, P1, P3, P4 are not in phase order (P1, P2, P3, P4)'],
      ['staffing.yaml', 1, 9, 'staffing has no column for phases P3, P4'],
      ['staffing.yaml', 1, 18, 'staffing column "P5" is not a phase of the Work Breakdown Structure'],
    ]);
  });

  it('passes columns that are exactly the phases, in order', () => {
    const result = checkFiles({
      ...FOUR_PHASES,
      'budget.yaml': `phases: [P1, P2, P3, P4]
categories:
  - { category: Personnel, amounts: { P1: 1, P2: 2, P3: 3, P4: 4 } }
`,
    });
    expect(rows(result, 'phase-columns')).toEqual([]);
  });
});
