import { describe, expect, it } from 'vitest';
import { checkFiles, rows } from '../fixtures/planFiles';
import { phase, phases, wp } from '../fixtures/roadmapFiles';

describe('unique ids', () => {
  it('treats phases and work packages as one namespace across all phases', () => {
    const result = checkFiles(phases(
      phase('P1', '2027-01-04', '2027-01-22', wp('WP1') + wp('WP2')),
      phase('P2', '2027-01-25', '2027-02-12', wp('WP2') + wp('P1')),
      phase('P1', '2027-02-15', '2027-03-05', wp('WP3')),
    ));
    expect(rows(result, 'duplicate-id')).toEqual([
      ['phases.yaml', 16, 15, 'work package id "WP2" is already used by work package 2 of phase P1'],
      ['phases.yaml', 17, 15, 'work package id "P1" is already used by phase 1'],
      ['phases.yaml', 18, 9, 'phase id "P1" is already used by phase 1'],
    ]);
  });

  it.each([
    ['known-issues.yaml', `issues:
  - { id: ISS-1, description: a, impact: b, owner: Ana Núñez, status: open, resolution: c }
  - { id: ISS-1, description: d, impact: e, owner: Ana Núñez, status: open, resolution: f }
`, 'known issue id "ISS-1"'],
    ['sites.yaml', `sites:
  - { id: FRE, name: Fresno, address: a, contact: { person: Ana Núñez, phone: 916-555-0101 }, preparation: p, readiness: r }
  - { id: FRE, name: Fresno 2, address: a, contact: { person: Ana Núñez, phone: 916-555-0101 }, preparation: p, readiness: r }
`, 'site id "FRE"'],
    ['risks-and-contingencies.yaml', `contingencies:
  - { id: R-01, trigger: t, response: [r], decisionFactors: [d], owner: Ana Núñez }
  - { id: R-01, trigger: t, response: [r], decisionFactors: [d], owner: Ana Núñez }
`, 'contingency id "R-01"'],
    ['system-acceptance.yaml', `criteria:
  - { id: AC-01, criterion: c, method: m }
  - { id: AC-01, criterion: c, method: m }
process: p
discrepancies: d
`, 'acceptance criterion id "AC-01"'],
    ['risk-mitigation.yaml', `risks:
  - { id: R1, risk: r, probability: low, impact: low, mitigation: [m], timelineImpact: t, resourceRequirements: r, monitoring: m, owner: Ana Núñez }
  - { id: R1, risk: s, probability: low, impact: low, mitigation: [m], timelineImpact: t, resourceRequirements: r, monitoring: m, owner: Ana Núñez }
`, 'risk id "R1"'],
  ])('reports a second use of an id in %s', (file, yaml, what) => {
    expect(rows(checkFiles({ [file]: yaml }), 'duplicate-id')).toEqual([[file, 3, 11, `${what} is already used by item 1 of the list`]]);
  });

  it('keeps milestones and phase gates apart, each unique in its own list', () => {
    const result = checkFiles({
      'milestones.yaml': `milestones:
  - { id: M1, name: a, targetDate: 2027-01-22, phase: P1, successCriteria: c, responsible: Ana Núñez }
  - { id: M1, name: b, targetDate: 2027-02-12, phase: P2, successCriteria: c, responsible: Ana Núñez }
phaseGates:
  - { id: M2, name: g, phase: P1, criteria: [c] }
  - { id: G1, name: g, phase: P1, criteria: [c] }
  - { id: G1, name: h, phase: P2, criteria: [c] }
`,
    });
    expect(rows(result, 'duplicate-id')).toEqual([
      ['milestones.yaml', 3, 11, 'milestone id "M1" is already used by item 1 of the list'],
      ['milestones.yaml', 7, 11, 'phase gate id "G1" is already used by item 2 of the list'],
    ]);
  });

  it('passes distinct ids, and the same id in unrelated lists', () => {
    const result = checkFiles({
      ...phases(phase('P1', '2027-01-04', '2027-01-22', wp('WP1') + wp('WP2'))),
      'milestones.yaml': `milestones:
  - { id: P1, name: a, targetDate: 2027-01-22, phase: P1, successCriteria: c, responsible: Ana Núñez }
`,
    });
    expect(rows(result, 'duplicate-id')).toEqual([]);
  });
});
