import { describe, expect, it } from 'vitest';
import { resolvesToPerson } from '../../src/checks/people';
import { checkFiles, CONTACTS, rows } from '../fixtures/planFiles';

describe('people cross-check', () => {
  it('accepts a listed name or role, alone or combined as the template writes them', () => {
    const known = new Set(['ana núñez', 'project manager']);
    for (const ref of ['Ana Núñez', 'project manager', 'Ana Núñez – Project Manager', 'Ana Núñez (Project Manager)']) {
      expect(resolvesToPerson(ref, known)).toBe(true);
    }
    expect(resolvesToPerson('Bob Smith', known)).toBe(false);
  });

  it('reports key staff who are not in Points of Contact, with a suggestion', () => {
    const result = checkFiles({
      'points-of-contact.yaml': CONTACTS,
      'major-tasks.yaml': `tasks:
  - id: T01
    name: Plan
    resources: [Charter]
    keyStaff: [Ana Nunez, Bob Smith, Technical Lead]
    successCriteria: Approved
`,
    });
    expect(rows(result, 'unknown-person')).toEqual([
      ['major-tasks.yaml', 5, 16, '"Ana Nunez" is not a name or role listed in Points of Contact'],
      ['major-tasks.yaml', 5, 27, '"Bob Smith" is not a name or role listed in Points of Contact'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-person')?.hint).toBe('did you mean "Ana Núñez"?');
  });
});
