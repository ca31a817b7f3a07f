import { describe, expect, it } from 'vitest';
import { knownKeys, personReferences, resolvesToPerson } from '../../src/checks/people';
import { checkFiles, CONTACTS, rows } from '../fixtures/planFiles';
import { fill, markerPosition, PERSON_FIELDS } from '../fixtures/personFields';

describe('people cross-check', () => {
  it('accepts a listed name or role, alone or combined as the template writes them', () => {
    const known = knownKeys(['Ana Núñez', 'Project Manager']);
    for (const ref of ['Ana Núñez', 'project manager', 'Ana Núñez – Project Manager', 'Ana Núñez (Project Manager)']) {
      expect(resolvesToPerson(ref, known)).toBe(true);
    }
    expect(resolvesToPerson('Bob Smith', known)).toBe(false);
  });

  it('accepts a plural role, a name typed in NFD, and extra spaces or case', () => {
    const known = knownKeys(['Ana Núñez', 'Site Coordinator', 'Subject Matter Experts', 'Technical Party']);
    const nfd = 'Ana Núñez'.normalize('NFD');
    expect(nfd).not.toBe('Ana Núñez');
    for (const ref of ['Site Coordinators', nfd, `${nfd} (Site Coordinator)`, 'subject matter expert', 'Technical Parties', '  ana   NÚÑEZ ']) {
      expect(resolvesToPerson(ref, known)).toBe(true);
    }
  });

  it('accepts organisations: listed in Points of Contact, or a contact\'s own organisation', () => {
    const result = checkFiles({
      'points-of-contact.yaml': `${CONTACTS}organizations:
  - { name: Field Services Division, role: Owns the branch hardware }
  - { name: Zebra Technologies }
`,
      'materials.yaml': `materials:
  - { item: Labels, identification: ZD-LBL-4x6, owner: Field Services Division }
  - { item: Ribbons, identification: RBN-110, owner: DCO }
  - { item: Toner, identification: TN-85, owner: Zebra Technologies }
`,
    });
    expect(rows(result, 'unknown-person')).toEqual([]);
  });

  it('names an invisible character that stands between a reference and a listed name', () => {
    const result = checkFiles({
      'points-of-contact.yaml': CONTACTS,
      'materials.yaml': `materials:
  - { item: Labels, identification: L1, owner: "Ana Núñez\u202c" }
  - { item: Toner, identification: T1, owner: "Bob\u200bSmith" }
`,
    });
    expect(rows(result, 'unknown-person')).toEqual([
      ['materials.yaml', 2, 48, '"Ana Núñez" contains U+202C, an invisible direction mark: it matches a listed name only once that is removed'],
      ['materials.yaml', 3, 47, '"BobSmith" (it contains U+200B, a zero-width space) is not a name, role or organization listed in Points of Contact'],
    ]);
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
      ['major-tasks.yaml', 5, 16, '"Ana Nunez" is not a name, role or organization listed in Points of Contact'],
      ['major-tasks.yaml', 5, 27, '"Bob Smith" is not a name, role or organization listed in Points of Contact'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'unknown-person')?.hint).toBe('did you mean "Ana Núñez"?');
  });

  it.each(PERSON_FIELDS.map((field) => [`${field.file} ${field.path.join('.')}`, field] as const))(
    'reports an unknown person in %s',
    (_, field) => {
      const result = checkFiles({ 'points-of-contact.yaml': CONTACTS, [field.file]: fill(field, 'Bob Smith') });
      const { line, col } = markerPosition(field);
      expect(rows(result, 'unknown-person')).toEqual([[field.file, line, col, '"Bob Smith" is not a name, role or organization listed in Points of Contact']]);
      expect(result.diagnostics.find((d) => d.code === 'unknown-person')?.path).toEqual(field.path);
    },
  );

  it.each(PERSON_FIELDS.map((field) => [`${field.file} ${field.path.join('.')}`, field] as const))(
    'accepts a listed name or role in %s',
    (_, field) => {
      for (const who of ['Priya Raman', 'Technical Lead']) {
        expect(rows(checkFiles({ 'points-of-contact.yaml': CONTACTS, [field.file]: fill(field, who) }), 'unknown-person')).toEqual([]);
      }
    },
  );

  it('finds every field of the schemas that names a person, and nothing else', () => {
    const result = checkFiles({
      'points-of-contact.yaml': CONTACTS,
      ...Object.fromEntries(PERSON_FIELDS.map((field) => [field.file, fill(field, 'Priya Raman')])),
    });
    // Where a file has two fixtures, the later one wins and names Ana Núñez in its other field.
    expect(personReferences(result.plan!).map(({ origin, path, ref }) => `${origin} ${path.join('.')}: ${ref}`)).toEqual([
      'meta owner: Priya Raman',
      'majorTasks tasks.0.keyStaff.0: Ana Núñez',
      'majorTasks tasks.0.keyStaff.1: Priya Raman',
      'hardware components.0.owner: Priya Raman',
      'software components.0.owner: Priya Raman',
      'materials materials.0.owner: Priya Raman',
      'documentation documents.0.owner: Priya Raman',
      'personnel staffing.0.assigned.0: Priya Raman',
      'knownIssues issues.0.owner: Priya Raman',
      'sites sites.0.contact.person: Priya Raman',
      'risksAndContingencies contingencies.0.owner: Priya Raman',
      'governance bodies.0.chair: Ana Núñez',
      'governance bodies.0.members.0: Priya Raman',
      'milestones milestones.0.responsible: Priya Raman',
      'technology infrastructureTimeline.0.owner: Priya Raman',
      'raci roles.0: Project Manager',
      'raci roles.1: Priya Raman',
      'communication reports.0.preparedBy: Ana Núñez',
      'communication meetings.0.chair: Priya Raman',
      'riskMitigation risks.0.owner: Priya Raman',
      'quality checkpoints.0.responsible: Priya Raman',
      'changeControl procedure.0.responsible: Priya Raman',
      'readiness groups.0.items.0.owner: Priya Raman',
      'nextSteps immediateActions.0.owner: Priya Raman',
    ]);
  });

  it('accepts roles defined in the RACI role definitions, which are definitions rather than references', () => {
    const result = checkFiles({
      'points-of-contact.yaml': CONTACTS,
      'raci.yaml': `roles: [Project Manager, Subject Matter Experts]
activities:
  - { activity: Requirements, assignments: { Project Manager: A, Subject Matter Experts: R } }
roleDefinitions:
  - { role: Subject Matter Experts, responsibilities: Explain the business., authority: None. }
`,
      'milestones.yaml': `milestones:
  - { id: M1, name: Requirements signed, targetDate: 2027-01-22, phase: P1, successCriteria: Signed., responsible: Subject Matter Experts }
`,
    });
    expect(rows(result, 'unknown-person')).toEqual([]);
  });

  it('does not check people when the plan has no Points of Contact', () => {
    const field = PERSON_FIELDS[1];
    expect(rows(checkFiles({ [field.file]: fill(field, 'Bob Smith') }), 'unknown-person')).toEqual([]);
  });
});
