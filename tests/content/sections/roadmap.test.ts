import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFiles, type PlanFile } from '../../../src/content/load';
import { sections } from '../../../src/content/sections';
import { sortDiagnostics } from '../../../src/diagnostics/diagnostic';
import { duration, workingDays } from '../../../src/content/sections/roadmap/duration';
import { roadmapSections } from '../../../src/content/sections/roadmap';
import { raciIncludes } from '../../../src/content/sections/roadmap/raci';

const CONTENT = join(__dirname, '../../../content');
const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): PlanFile => ({ name, bytes: encode(text) });

const META = `title: Implementation Management Plan
system: { name: Insight Analytics Platform }
department: Department of Consumer Outreach
project: Insight Analytics Modernization Project
preparedBy: Ana Núñez
versions:
  - { version: "1.0", date: 2026-12-18, author: Ana Núñez, summary: Approved baseline }
`;

/** Validates one section file next to a minimal plan.yaml; returns its diagnostics, in report order, as compact tuples. */
function diagnose(name: string, text: string) {
  const loaded = parsePlanFiles([file('plan.yaml', META), file(name, text)]);
  return {
    plan: loaded.plan,
    found: sortDiagnostics(loaded.diagnostics).map((d) => [d.file, d.line, d.col, d.code, d.message]),
  };
}

function loadExamplePlan() {
  const files = readdirSync(CONTENT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|md)$/.test(entry.name))
    .map((entry) => ({ name: entry.name, bytes: readFileSync(join(CONTENT, entry.name)) }));
  return parsePlanFiles(files);
}

describe('roadmap section registry', () => {
  it('lists the sixteen roadmap sections in document order, with kebab-case files', () => {
    expect(Object.keys(roadmapSections)).toEqual([
      'executiveSummary', 'strategy', 'phases', 'governance', 'milestones', 'staffing', 'budget', 'technology',
      'raci', 'communication', 'riskMitigation', 'quality', 'performance', 'changeControl', 'readiness', 'nextSteps',
    ]);
    for (const [key, section] of Object.entries(roadmapSections)) {
      expect(section.id).toBe(key);
      expect(section.file).toBe(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    }
  });

  it('shares no section id or file name with the CA-PMF sections', () => {
    const files = Object.values(sections).map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
  });
});

describe('roadmap example content', () => {
  const loaded = loadExamplePlan();
  const plan = loaded.plan!;

  it.each(Object.values(roadmapSections).map((s) => [s.file, s.id] as const))('%s.yaml validates without diagnostics', (name, id) => {
    const text = readFileSync(join(CONTENT, `${name}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../schemas/${name}.schema.json`);
    expect(loaded.diagnostics.filter((d) => d.file === `${name}.yaml`)).toEqual([]);
    expect(plan).toBeDefined();
    expect(plan[id]).toBeDefined();
  });

  it('has RACI rows with exactly one accountable and at least one responsible role', () => {
    for (const row of plan.raci!.activities) {
      const codes = Object.values(row.assignments);
      expect(codes.filter((c) => raciIncludes(c, 'A')), row.activity).toHaveLength(1);
      expect(codes.filter((c) => raciIncludes(c, 'R')).length, row.activity).toBeGreaterThan(0);
    }
  });

  it('has budget and staffing totals equal to the sums of their rows and columns', () => {
    const budget = plan.budget!;
    const cents = (n: number) => Math.round(n * 100);
    for (const row of budget.categories) {
      expect(cents(row.total!)).toBe(Object.values(row.amounts).reduce((sum, n) => sum + cents(n), 0));
    }
    for (const phase of budget.phases) {
      expect(cents(budget.phaseTotals![phase])).toBe(budget.categories.reduce((sum, row) => sum + cents(row.amounts[phase]), 0));
    }
    expect(budget.grandTotal).toBe(450_000);
    expect(budget.phaseTotals).toEqual({ P1: 110_000, P2: 245_000, P3: 60_000, P4: 35_000 });
    for (const row of plan.staffing!.roles) {
      expect(row.totalFte).toBeCloseTo(Object.values(row.fte).reduce((sum, n) => sum + n, 0), 9);
    }
  });

  it('uses the phases P1-P4 of the plan calendar and references only known phases and work packages', () => {
    const phases = plan.phases!.phases;
    expect(phases.map((p) => [p.id, p.start, p.finish])).toEqual([
      ['P1', '2027-01-04', '2027-01-22'],
      ['P2', '2027-01-25', '2027-02-12'],
      ['P3', '2027-02-15', '2027-03-05'],
      ['P4', '2027-03-08', '2027-03-26'],
    ]);
    const phaseIds = phases.map((p) => p.id);
    const packageIds = phases.flatMap((p) => p.workPackages.map((w) => w.id));
    for (const wp of phases.flatMap((p) => p.workPackages)) {
      for (const { id: dep } of wp.dependsOn) expect([...phaseIds, ...packageIds], `${wp.id} depends on ${dep}`).toContain(dep);
    }
    const referenced = [
      ...plan.milestones!.milestones.map((m) => m.phase),
      ...plan.milestones!.phaseGates.map((g) => g.phase),
      ...plan.quality!.checkpoints.map((c) => c.phase),
      ...plan.staffing!.phases,
      ...plan.budget!.phases,
      ...plan.technology!.requirements.flatMap((r) => r.phases),
    ];
    for (const id of referenced) expect(phaseIds).toContain(id);
    expect(plan.milestones!.milestones.map((m) => m.id)).toEqual(['M1', 'M2', 'M3', 'M4']);
    for (const m of plan.milestones!.milestones) expect(m.targetDate >= '2027-01-04' && m.targetDate <= '2027-03-26', m.id).toBe(true);
  });

  it('names only people and roles listed in Points of Contact', () => {
    const contacts = plan.pointsOfContact!.contacts.flatMap((c) => [c.name, c.role]);
    const refs = [
      ...plan.governance!.bodies.flatMap((b) => [...(b.chair ? [b.chair] : []), ...b.members]),
      ...plan.milestones!.milestones.flatMap((m) => (m.responsible ? [m.responsible] : [])),
      ...plan.raci!.roles,
      ...plan.raci!.roleDefinitions.map((r) => r.role),
      ...plan.communication!.reports.flatMap((r) => (r.preparedBy ? [r.preparedBy] : [])),
      ...plan.communication!.meetings.flatMap((m) => (m.chair ? [m.chair] : [])),
      ...plan.riskMitigation!.risks.flatMap((r) => (r.owner ? [r.owner] : [])),
      ...plan.quality!.checkpoints.map((c) => c.responsible),
      ...plan.technology!.infrastructureTimeline.flatMap((i) => (i.owner ? [i.owner] : [])),
      ...plan.changeControl!.procedure.flatMap((p) => (p.responsible ? [p.responsible] : [])),
      ...plan.readiness!.groups.flatMap((g) => g.items.flatMap((i) => (i.owner ? [i.owner] : []))),
      ...plan.nextSteps!.immediateActions.flatMap((a) => (a.owner ? [a.owner] : [])),
    ];
    expect(refs.filter((ref) => !contacts.includes(ref))).toEqual([]);
  });

  it('has a readiness checklist with some items done and some not', () => {
    const done = plan.readiness!.groups.flatMap((g) => g.items.map((i) => i.done));
    expect(done).toContain(true);
    expect(done).toContain(false);
  });
});

describe('workingDays', () => {
  it.each([
    ['1 day', 1],
    ['3 days', 3],
    ['1 week', 5],
    ['2 weeks', 10],
    ['12 weeks', 60],
  ])('converts "%s" to %i working days', (text, days) => {
    expect(workingDays(text)).toBe(days);
  });

  const bad = ['2 months', '0 days', '2weeks', '2  weeks', '2 Weeks', '1.5 weeks', '-1 day', ' 2 weeks', '2 weeks ', 'two weeks', '', '12345 days'];

  it.each(bad)('rejects %j', (text) => {
    expect(() => workingDays(text)).toThrow(RangeError);
  });

  it('converts exactly the durations the schema accepts', () => {
    const converts = (text: string) => {
      try {
        workingDays(text);
        return true;
      } catch {
        return false;
      }
    };
    for (const text of ['1 day', '3 days', '2 weeks', ...bad]) expect(duration.safeParse(text).success, text).toBe(converts(text));
  });
});

describe('roadmap schema rules', () => {
  it('reports a work package duration that is not "<n> days" or "<n> weeks" at the value', () => {
    const { found } = diagnose('phases.yaml', `phases:
  - id: P1
    name: Preparation and Setup
    start: 2027-01-04
    finish: 2027-01-22
    objectives: Get ready.
    workPackages:
      - id: WP1.1
        name: Initial analysis and planning
        activities: [Identify requirements]
        deliverables: [Project charter]
        duration: 2 months
`);
    expect(found).toEqual([
      [
        'phases.yaml', 12, 19, 'invalid-regex',
        'phases[0].workPackages[0].duration: expected a duration written as a whole number then "days" or "weeks", e.g. "3 days" or "2 weeks", got "2 months"',
      ],
    ]);
  });

  it('keeps the work package fields and defaults dependsOn to none', () => {
    const { plan, found } = diagnose('phases.yaml', `phases:
  - id: P1
    name: Preparation and Setup
    start: 2027-01-04
    finish: 2027-01-22
    objectives: Get ready.
    workPackages:
      - { id: WP1.1, name: Planning, activities: [Plan], deliverables: [Charter], duration: 2 weeks }
`);
    expect(found).toEqual([]);
    expect(plan?.phases?.phases[0].workPackages[0]).toMatchObject({ id: 'WP1.1', duration: '2 weeks', dependsOn: [] });
  });

  it('requires every budget row and the phase totals to have exactly the declared phase columns', () => {
    const { found } = diagnose('budget.yaml', `phases: [P1, P2]
categories:
  - category: Personnel Costs
    amounts: { P1: 50000, P3: 75000 }
  - category: Technology Costs
    amounts: { P1: 30000, P2: 150000 }
phaseTotals: { P1: 80000 }
`);
    expect(found).toEqual([
      ['budget.yaml', 4, 14, 'missing-field', 'missing required field "categories[0].amounts.P2"'],
      ['budget.yaml', 4, 27, 'unknown-key', 'unknown key "P3" in categories[0].amounts'],
      ['budget.yaml', 7, 14, 'missing-field', 'missing required field "phaseTotals.P2"'],
    ]);
  });

  it('defaults the budget currency to USD, accepts a symbol, and rejects a code that is not ISO 4217 style', () => {
    const valid = 'phases: [P1]\ncategories:\n  - { category: Contingency, amounts: { P1: 5000 } }\n';
    expect(diagnose('budget.yaml', valid).plan?.budget?.currency).toBe('USD');
    expect(diagnose('budget.yaml', `currency: usd\n${valid}`).found).toEqual([
      ['budget.yaml', 1, 11, 'invalid-regex', 'currency: expected a three-letter ISO 4217 currency code such as USD, or a currency symbol such as "$" or "€", got "usd"'],
    ]);
    for (const symbol of ['$', '€', 'CA$']) expect(diagnose('budget.yaml', `currency: "${symbol}"\n${valid}`).found).toEqual([]);
  });

  it('requires every staffing row to have an FTE value for exactly the declared phase columns', () => {
    const { found } = diagnose('staffing.yaml', `phases: [P1, P2]
roles:
  - role: Project Manager
    fte: { P1: 1, P2: 1, P5: 1 }
  - role: Technical Lead
    fte: { P2: 1 }
onboarding: { recruitmentTimeline: Week 1., trainingRequirements: Vendor course., knowledgeTransfer: Pairing. }
`);
    expect(found).toEqual([
      ['staffing.yaml', 4, 26, 'unknown-key', 'unknown key "P5" in roles[0].fte'],
      ['staffing.yaml', 6, 10, 'missing-field', 'missing required field "roles[1].fte.P1"'],
    ]);
  });

  it('only allows RACI assignments to the declared roles', () => {
    const { found } = diagnose('raci.yaml', `roles: [Project Manager, Technical Lead]
activities:
  - activity: Solution Design
    assignments: { Project Manager: A, Tech Lead: R }
`);
    expect(found).toEqual([['raci.yaml', 4, 40, 'unknown-key', 'unknown key "Tech Lead" in activities[0].assignments']]);
  });

  it('allows R, A, C, I and A/R (R/A is stored as A/R), and nothing else', () => {
    const { plan, found } = diagnose('raci.yaml', `roles: [Project Manager, Technical Lead, Business Lead]
activities:
  - activity: Development
    assignments: { Project Manager: R/A, Technical Lead: C, Business Lead: I }
`);
    expect(found).toEqual([]);
    expect(plan?.raci?.activities[0].assignments).toEqual({ 'Project Manager': 'A/R', 'Technical Lead': 'C', 'Business Lead': 'I' });

    expect(
      diagnose('raci.yaml', `roles: [Project Manager, Technical Lead]
activities:
  - activity: Testing
    assignments: { Project Manager: a, Technical Lead: R/C }
`).found,
    ).toEqual([
      ['raci.yaml', 4, 37, 'invalid-value', 'activities[0].assignments.Project Manager: "a" is not one of R, A, C, I, A/R, R/A'],
      ['raci.yaml', 4, 56, 'invalid-value', 'activities[0].assignments.Technical Lead: "R/C" is not one of R, A, C, I, A/R, R/A'],
    ]);
  });

  it('limits risk probability and impact to low, medium and high', () => {
    const { found } = diagnose('risk-mitigation.yaml', `risks:
  - id: R1
    risk: Scope creep
    probability: hgh
    impact: severe
    mitigation: [Formal change control]
    timelineImpact: Could delay the project.
    resourceRequirements: Time for approvals.
    monitoring: Weekly scope review.
    owner: David Okafor
`);
    expect(found).toEqual([
      ['risk-mitigation.yaml', 4, 18, 'invalid-value', 'risks[0].probability: "hgh" is not one of low, medium, high'],
      ['risk-mitigation.yaml', 5, 13, 'invalid-value', 'risks[0].impact: "severe" is not one of low, medium, high'],
    ]);
  });

  it('rejects unknown keys, pointing at the key and suggesting the known one', () => {
    const loaded = parsePlanFiles([
      file('plan.yaml', META),
      file('milestones.yaml', `milestones:
  - id: M1
    name: Completion of Preparation and Setup
    targetDate: 2027-01-22
    phase: P1
    successCriteria: Charter approved.
    responsible: Ana Núñez
    responsable: Ana Núñez
`),
    ]);
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({
        file: 'milestones.yaml', line: 8, col: 5, code: 'unknown-key',
        message: 'unknown key "responsable" in milestones[0]', hint: 'did you mean "responsible"?',
      }),
    ]);
  });

  it('defaults a readiness item to not done', () => {
    const { plan, found } = diagnose('readiness.yaml', `groups:
  - name: Technical Readiness
    items:
      - { item: Security Framework, description: Security measures in place. }
`);
    expect(found).toEqual([]);
    expect(plan?.readiness?.groups[0].items[0].done).toBe(false);
  });
});
