import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../../src/render/tree/document';
import { loadTemplateSet, type TemplateSet } from '../../../src/render/templates/templateSet';
import { checkFiles, CONTACTS } from '../../fixtures/planFiles';

/**
 * Fields real plans leave out (issue 10, item 4), each left out at once: the plan checks without a
 * diagnostic, and the document prints nothing in their place (no "undefined", no empty label).
 */
const LEFT_OUT = {
  'points-of-contact.yaml': CONTACTS,
  'risks-and-contingencies.yaml': `contingencies:
  - { id: R-01, trigger: Vendor late, response: [Escalate], owner: Ana Núñez }
`,
  'known-issues.yaml': `issues:
  - { id: ISS-1, description: Slow network, owner: Ana Núñez, status: open, resolution: Upgrade }
`,
  'system-acceptance.yaml': `criteria:
  - { id: AC-01, criterion: Works, method: Testing }
`,
  'readiness.yaml': `groups:
  - { name: Organizational Readiness, items: [{ item: Leadership Commitment }] }
`,
  'performance.yaml': `kpis:
  - { name: Schedule Performance, measure: Milestones on time }
successCriteria:
  - { criterion: On-Time Delivery, target: 95% of milestones }
`,
  'risk-mitigation.yaml': `risks:
  - { id: R1, risk: Scope creep, mitigation: [Change control], timelineImpact: Delay, resourceRequirements: Time, monitoring: Weekly }
`,
  'communication.yaml': `reports:
  - { name: Status Report, frequency: Weekly, purpose: Progress }
meetings:
  - { name: Team Meeting, participants: Team, purpose: Progress }
escalation:
  - { trigger: Blocked, escalateTo: Project Manager, responseTime: 2 days }
`,
  'milestones.yaml': `milestones:
  - { id: M1, name: Kick-off, targetDate: 2027-01-04 }
phaseGates:
  - { id: G1, phase: P1, criteria: [Plan approved] }
`,
  'phases.yaml': `phases:
  - { id: P1, name: Preparation, start: 2027-01-04, finish: 2027-01-29 }
`,
};

describe('optional fields left out', () => {
  let templates: TemplateSet;
  beforeAll(async () => {
    templates = (await loadTemplateSet('content')).set!;
  });

  it('check without a diagnostic', () => {
    expect(checkFiles(LEFT_OUT, { strict: true }).diagnostics).toEqual([]);
  });

  it('print nothing in their place', () => {
    const checked = checkFiles(LEFT_OUT);
    const { rendered, diagnostics } = renderPlanMarkdown(checked.plan!, checked.derived!, templates);
    expect(diagnostics).toEqual([]);
    const markdown = rendered.parts.map((part) => part.markdown).join('\n');
    // A label with nothing after it, outside a list item (a list item's label may head a nested list).
    const bad = markdown.split('\n').filter((line: string) => /undefined|\*\*\*\*/.test(line) || /^(?!\s*- ).*\*\*[^*\n]+:\*\*\s*$/.test(line));
    expect(bad).toEqual([]);
    expect(markdown).not.toMatch(/# Acceptance Process|# Discrepancies|Objectives:|## Work Packages/);
    expect(markdown).toContain('**Leadership Commitment**');
    expect(markdown).toContain('| **G1** | P1: Preparation | • Plan approved |');
  });
});
