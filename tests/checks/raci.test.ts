import { describe, expect, it } from 'vitest';
import { checkFiles, rows } from '../fixtures/planFiles';

const raci = (activities: string) => ({
  'raci.yaml': `roles: [Project Manager, Technical Lead, Business Lead]
activities:
${activities}`,
});

describe('RACI rows', () => {
  it('reports a row without exactly one A, naming the roles found', () => {
    const result = checkFiles(raci(`  - { activity: Design, assignments: { Project Manager: A, Technical Lead: A/R } }
  - { activity: Build, assignments: { Technical Lead: R, Business Lead: C } }
`));
    expect(rows(result, 'raci-accountable')).toEqual([
      ['raci.yaml', 3, 38, 'activity "Design" has 2 accountable roles (A or A/R): Project Manager, Technical Lead; it needs exactly one'],
      ['raci.yaml', 4, 37, 'activity "Build" has 0 accountable roles (A or A/R); it needs exactly one'],
    ]);
    expect(rows(result, 'raci-responsible')).toEqual([]);
  });

  it('reports a row without anyone responsible', () => {
    const result = checkFiles(raci(`  - activity: Approve
    assignments:
      Project Manager: A
      Business Lead: C
`));
    expect(rows(result, 'raci-responsible')).toEqual([
      ['raci.yaml', 5, 7, 'activity "Approve" has 0 responsible roles (R or A/R); it needs at least one'],
    ]);
    expect(rows(result, 'raci-accountable')).toEqual([]);
  });

  it('counts A/R (and R/A) as both accountable and responsible', () => {
    const result = checkFiles(raci(`  - { activity: Plan, assignments: { Project Manager: A/R, Business Lead: I } }
  - { activity: Build, assignments: { Project Manager: R/A, Technical Lead: R } }
  - { activity: Test, assignments: { Project Manager: A, Technical Lead: R, Business Lead: R } }
`));
    expect([...rows(result, 'raci-accountable'), ...rows(result, 'raci-responsible')]).toEqual([]);
  });
});
