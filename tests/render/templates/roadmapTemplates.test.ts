import { beforeAll, describe, expect, it } from 'vitest';
import type { Token, Tokens } from 'marked';
import type { Plan } from '../../../src/content/sections';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic';
import { renderPlanMarkdown, type RenderedMarkdown } from '../../../src/render/tree/document';
import { blocksOf, headerOf, inlineText, partOf, renderExample, rowsOf, tablesOf } from '../../fixtures/templateMarkdown';
import { markdownToBlocks } from '../../../src/render/markdown/blocks';
import { lexMarkdown, proseChanges } from '../../../src/content/markdown';
import { formatDate, formatMoney } from '../../../src/render/markdown/text';
import type { TemplateSet } from '../../../src/render/templates/templateSet';
import { templateComputed } from '../../../src/render/templates/templateData';
import { derive } from '../../../src/derive';

/**
 * The roadmap section templates, rendered from the real template set and the example plan in content/:
 * tables with their column headings and one row per item, checklists with their states, sub-headings one
 * level below the section heading, and every value as written.
 */

const ROADMAP_TEMPLATES = [
  'executive-summary',
  'strategy',
  'phases',
  'governance',
  'milestones',
  'staffing',
  'budget',
  'technology',
  'raci',
  'communication',
  'risk-mitigation',
  'quality',
  'performance',
  'change-control',
  'readiness',
  'next-steps',
] as const;
type RoadmapTemplate = (typeof ROADMAP_TEMPLATES)[number];

let plan: Plan;
let templates: TemplateSet;
let example: RenderedMarkdown;
let exampleDiagnostics: Diagnostic[];

beforeAll(async () => {
  ({ plan, templates, example, exampleDiagnostics } = await renderExample());
});

// ---------------------------------------------------------------------------------------------------------
// Reading the Markdown back

const markdownOf = (template: RoadmapTemplate) => partOf(example, template);

/** The sequence of blocks, headings spelled out: ["h1:Quality Standards", "list", "table", ...]. */
function outlineOf(markdown: string): string[] {
  return blocksOf(markdown).map((t) => (t.type === 'heading' ? `h${t.depth}:${inlineText(t.tokens ?? [])}` : t.type));
}

function listsOf(markdown: string): Tokens.List[] {
  return blocksOf(markdown).filter((t): t is Tokens.List => t.type === 'list');
}

function paragraphsOf(markdown: string): string[] {
  return blocksOf(markdown)
    .filter((t): t is Tokens.Paragraph => t.type === 'paragraph')
    .map((t) => inlineText(t.tokens));
}

/** The text of a list item without its nested lists. */
function itemText(item: Tokens.ListItem): string {
  return item.tokens
    .filter((t) => t.type !== 'list')
    .map((t) => ('tokens' in t && t.tokens ? inlineText(t.tokens) : 'text' in t ? String(t.text) : ''))
    .join(' ')
    .trim();
}
const itemsOf = (list: Tokens.List) => list.items.map(itemText);
function nestedItemsOf(item: Tokens.ListItem): string[] {
  const nested = item.tokens.find((t): t is Tokens.List => t.type === 'list');
  expect(nested, `no nested list under "${itemText(item)}"`).toBeDefined();
  return itemsOf(nested!);
}

/** Whether a table cell is written all in bold. */
const isBold = (cell: Tokens.TableCell) => cell.tokens.length === 1 && cell.tokens[0].type === 'strong';

/** Prose as a reader sees it: the example's prose only uses **strong** and single paragraphs. */
const prose = (markdown: string) => markdown.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

function section<K extends keyof Plan>(key: K): NonNullable<Plan[K]> {
  const value = plan[key];
  expect(value, `the example plan has no ${String(key)}`).toBeDefined();
  return value as NonNullable<Plan[K]>;
}

/** How a person reference reads: "Name – Role" when it names a listed contact by name or role. */
function person(ref: string): string {
  const contact = section('pointsOfContact').contacts.find((c) => c.name === ref || c.role === ref);
  return contact ? `${contact.name} – ${contact.role}` : ref;
}

/** How a phase reference reads: "P1: Preparation and Setup". */
function phaseLabel(id: string): string {
  const phase = section('phases').phases.find((p) => p.id === id);
  return phase ? `${id}: ${phase.name}` : id;
}

const LEVELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** A deep copy of the example plan, changed by `edit`, rendered with the real templates. */
function renderEdited(edit: (copy: Plan) => void): { rendered: RenderedMarkdown; diagnostics: Diagnostic[] } {
  const copy = structuredClone(plan);
  edit(copy);
  return renderPlanMarkdown(copy, derive(copy), templates);
}

/** Problems a reader would see in any rendered part: leftovers of missing values, broken rows, code blocks. */
function expectCleanMarkdown(markdown: string, label: string): void {
  expect(markdown, label).not.toMatch(/\[object Object\]|undefined|NaN|\bnull\b|\{\{|\}\}/);
  expect(markdown, label).not.toMatch(/\n{3,}/);
  // Bold around nothing prints literal asterisks.
  expect(markdown, label).not.toMatch(/\*\*[ \t]*\*\*/);
  const walk = (tokens: readonly Token[]): void =>
    tokens.forEach((t) => {
      expect(t.type, `${label}: a ${t.type} block`).not.toMatch(/^(code|html)$/);
      if (t.type === 'list') (t as Tokens.List).items.forEach((item) => walk(item.tokens));
    });
  walk(blocksOf(markdown));
  for (const table of tablesOf(markdown)) {
    for (const row of table.rows) expect(row, label).toHaveLength(table.header.length);
  }
  const { problems } = markdownToBlocks(markdown, { resolveImage: () => ({ error: 'no images expected' }) });
  expect(problems, label).toEqual([]);
  expect(proseChanges(lexMarkdown(markdown)), label).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------

describe('roadmap templates on the example plan', () => {
  it('render without diagnostics, each under its layout heading without repeating it', () => {
    const mine = exampleDiagnostics.filter((d) => ROADMAP_TEMPLATES.some((t) => d.file.endsWith(`sections/${t}.hbs`)));
    expect(mine).toEqual([]);
    for (const template of ROADMAP_TEMPLATES) {
      const part = example.parts.find((p) => p.template === template)!;
      expect(part.markdown.length, template).toBeGreaterThan(0);
      const headings = blocksOf(part.markdown).filter((t): t is Tokens.Heading => t.type === 'heading');
      expect(headings.map((h) => h.text), template).not.toContain(part.heading);
    }
  });

  it('print no unresolved values, empty bold, broken rows, code blocks or raw HTML', () => {
    for (const template of ROADMAP_TEMPLATES) expectCleanMarkdown(markdownOf(template), template);
  });

  it('give the same Markdown for the same plan', () => {
    const again = renderPlanMarkdown(structuredClone(plan), derive(plan), templates).rendered;
    for (const template of ROADMAP_TEMPLATES) expect(partOf(again, template)).toBe(markdownOf(template));
  });
});

describe('Executive Summary', () => {
  it('labels scope, duration with the phase dates, and likelihood of success; lists milestones, resources and factors', () => {
    const summary = section('executiveSummary');
    const markdown = markdownOf('executive-summary');
    expect(outlineOf(markdown)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list', 'paragraph', 'list', 'paragraph', 'paragraph', 'list']);
    const paragraphs = paragraphsOf(markdown);
    expect(paragraphs[0]).toBe(`Implementation Scope: ${prose(summary.scope)}`);
    expect(paragraphs[1]).toBe('Total Duration: 12 weeks (January 4, 2027 to March 26, 2027)');
    expect(paragraphs[2]).toBe('Key Milestones:');
    expect(paragraphs[4]).toBe(`Success Probability: High. ${prose(summary.successProbability.rationale)}`);
    const [milestones, resources, factors] = listsOf(markdown);
    expect(itemsOf(milestones)).toEqual(summary.keyMilestones.map(prose));
    expect(itemsOf(resources)).toEqual(summary.resourceRequirements.map(prose));
    expect(itemsOf(factors)).toEqual(summary.criticalSuccessFactors.map(prose));
    // Inline Markdown in prose is kept: the milestone dates are bold.
    expect(milestones.items[0].tokens.flatMap((t) => ('tokens' in t && t.tokens ? t.tokens : [])).some((t) => t.type === 'strong')).toBe(true);
  });

  it('takes the dates from the computed schedule without phases, and gives the duration alone without any schedule', () => {
    const { rendered } = renderEdited((p) => {
      delete p.phases;
      p.executiveSummary!.successProbability.rating = 'low';
      p.implementationSchedule!.tasks.at(-1)!.duration = '2 weeks';
    });
    const paragraphs = paragraphsOf(partOf(rendered, 'executive-summary'));
    expect(paragraphs[1]).toBe('Total Duration: 12 weeks (January 4, 2027 to April 2, 2027)');
    expect(paragraphs[4]).toMatch(/^Success Probability: Low\. /);

    const bare = renderEdited((p) => {
      delete p.phases;
      delete p.implementationSchedule;
    }).rendered;
    expect(paragraphsOf(partOf(bare, 'executive-summary'))[1]).toBe('Total Duration: 12 weeks');
  });
});

describe('Strategic Approach', () => {
  it('labels the approach paragraphs, then numbers the principles', () => {
    const strategy = section('strategy');
    const markdown = markdownOf('strategy');
    expect(outlineOf(markdown)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'h1:Implementation Principles', 'list']);
    expect(paragraphsOf(markdown)).toEqual([
      `Implementation Philosophy: ${prose(strategy.philosophy)}`,
      `Phased Implementation Rationale: ${prose(strategy.phasedRationale)}`,
      `Risk Management Approach: ${prose(strategy.riskManagementApproach)}`,
      `Quality Assurance Strategy: ${prose(strategy.qualityStrategy)}`,
      `Change Management Approach: ${prose(strategy.changeManagementApproach)}`,
    ]);
    const [principles] = listsOf(markdown);
    expect(principles.ordered).toBe(true);
    expect(itemsOf(principles)).toEqual(strategy.principles.map((p) => `${p.name}: ${prose(p.description)}`));
  });
});

describe('Phases and Work Packages', () => {
  it('starts with an overview table, then one heading per phase with its work packages', () => {
    const phases = section('phases').phases;
    const markdown = markdownOf('phases');
    const [overview] = tablesOf(markdown);
    expect(headerOf(overview)).toEqual(['Phase', 'Start', 'Finish', 'Working Days', 'Work Scheduled', 'Work Packages']);
    // Working days of each window in the plan calendar: P1 and P3 each contain a holiday.
    const workingDays = ['14', '15', '14', '15'];
    // The first start and last finish of each phase's work packages, as the critical path method places them.
    const scheduled = phases.map((p) => templateComputed(derive(plan)).phaseById[p.id]).map((s) => `${formatDate(s.computedStart!)}\nto ${formatDate(s.computedFinish!)}`);
    expect(scheduled[0]).toBe('January 4, 2027\nto January 22, 2027');
    expect(rowsOf(overview)).toEqual(
      phases.map((p, i) => [`${p.id} ${p.name}`, formatDate(p.start), formatDate(p.finish), workingDays[i], scheduled[i], p.workPackages.map((w) => `• ${w.id} ${w.name}`).join('\n')]),
    );
    expect(overview.align).toEqual([null, null, null, 'right', null, null]);
    const headings = outlineOf(markdown).filter((b) => b.startsWith('h'));
    expect(headings).toEqual(phases.flatMap((p) => [`h1:${p.id}: ${p.name}`, 'h2:Work Packages']));
    expect(paragraphsOf(markdown)).toContain('Period: January 4, 2027 to January 22, 2027');
    expect(paragraphsOf(markdown)).toContain(`Objectives: ${prose(phases[0].objectives!)}`);
  });

  it('describes each work package: activities and deliverables as lists, duration, dependencies by name and computed dates', () => {
    const phases = section('phases').phases;
    const markdown = markdownOf('phases');
    const packages = phases.flatMap((p) => p.workPackages);
    const paragraphs = paragraphsOf(markdown);
    for (const wp of packages) expect(paragraphs).toContain(`${wp.id}: ${wp.name}`);
    const lists = listsOf(markdown);
    expect(lists).toHaveLength(packages.length);
    lists.forEach((list, i) => {
      const wp = packages[i];
      expect(itemsOf(list).map((t) => t.split(':')[0])).toEqual(['Activities', 'Deliverables', 'Duration', 'Depends on', 'Scheduled']);
      expect(nestedItemsOf(list.items[0])).toEqual(wp.activities.map(prose));
      expect(nestedItemsOf(list.items[1])).toEqual(wp.deliverables);
      expect(itemText(list.items[2])).toBe(`Duration: ${wp.duration}`);
    });
    expect(itemText(lists[0].items[3])).toBe('Depends on: None');
    expect(itemText(lists[1].items[3])).toBe('Depends on: WP1.1 Initial analysis and planning');
    expect(itemText(lists[3].items[3])).toBe('Depends on: all work packages of P1: Preparation and Setup');
    expect(itemText(lists[5].items[3])).toBe('Depends on: WP2.1 Analytics platform build; WP2.2 Training program development');
    // Every work package of the example fills its phase, so all lie on a critical path.
    expect(itemText(lists[0].items[4])).toBe('Scheduled: January 4, 2027 to January 15, 2027, on the critical path');
    expect(itemText(lists[1].items[4])).toBe('Scheduled: January 19, 2027 to January 22, 2027, on the critical path');
    expect(itemText(lists[6].items[4])).toBe('Scheduled: February 16, 2027 to February 25, 2027, on the critical path');
  });

  it('names dependency types and lags, and the float of work off the critical path', () => {
    const { rendered } = renderEdited((p) => {
      const [first] = p.phases!.phases;
      first.workPackages[2].dependsOn = [{ id: 'WP1.1', type: 'SS', lag: '3 days' }];
    });
    const markdown = partOf(rendered, 'phases');
    expectCleanMarkdown(markdown, 'phases with a start-to-start dependency');
    const list = listsOf(markdown)[2];
    expect(itemText(list.items[3])).toBe('Depends on: WP1.1 Initial analysis and planning (SS, lag 3 days)');
    // Starts three working days after WP1.1 starts and takes four: it may slip to January 22, the end of P1 (18 is a holiday).
    expect(itemText(list.items[4])).toBe('Scheduled: January 7, 2027 to January 12, 2027, float 7 working days');
  });
});

describe('Milestones and Phase Gates', () => {
  it('tables the milestones with dates, phase names and responsible people, then the gate reviews', () => {
    const { milestones, phaseGates } = section('milestones');
    const markdown = markdownOf('milestones');
    expect(outlineOf(markdown)).toEqual(['h1:Major Milestones', 'table', 'h1:Phase Gate Reviews', 'table']);
    const [table, gates] = tablesOf(markdown);
    expect(headerOf(table)).toEqual(['Milestone', 'Target Date', 'Phase', 'Success Criteria', 'Responsible']);
    expect(rowsOf(table)).toEqual(
      milestones.map((m) => [`${m.id}: ${m.name}`, formatDate(m.targetDate), phaseLabel(m.phase!), prose(m.successCriteria!), person(m.responsible!)]),
    );
    expect(rowsOf(table)[0]).toEqual([
      'M1: Completion of Preparation and Setup',
      'January 22, 2027',
      'P1: Preparation and Setup',
      'Project charter and baseline plan approved; development and test environments ready.',
      'Ana Núñez – Project Manager',
    ]);
    expect(headerOf(gates)).toEqual(['Gate', 'Phase Reviewed', 'Criteria']);
    expect(rowsOf(gates)).toEqual(phaseGates.map((g) => [`${g.id}: ${g.name}`, phaseLabel(g.phase), g.criteria.map((c) => `• ${prose(c)}`).join('\n')]));
  });

  it('shows phase ids alone without a Phases section, and no gate heading without gates', () => {
    const { rendered, diagnostics } = renderEdited((p) => {
      delete p.phases;
      delete p.pointsOfContact;
      p.milestones!.phaseGates = [];
    });
    expect(diagnostics.filter((d) => d.file.endsWith('milestones.hbs'))).toEqual([]);
    const markdown = partOf(rendered, 'milestones');
    expectCleanMarkdown(markdown, 'milestones without phases');
    expect(outlineOf(markdown)).toEqual(['h1:Major Milestones', 'table']);
    expect(rowsOf(tablesOf(markdown)[0])[0].slice(2)).toEqual(['P1', expect.any(String), 'Ana Núñez']);
  });
});

describe('Project Governance', () => {
  it('describes each governance body, then the decision framework', () => {
    const { bodies, decisionFramework } = section('governance');
    const markdown = markdownOf('governance');
    expect(outlineOf(markdown)).toEqual([
      'h1:Governance Bodies',
      ...bodies.flatMap((b) => [`h2:${b.name}`, 'list']),
      'h1:Decision-Making Framework',
      'h2:Decision Categories',
      'list',
      'h2:Escalation Process',
      'list',
      'h2:Approval Authorities',
      'table',
    ]);
    const lists = listsOf(markdown);
    const steering = lists[0];
    expect(itemsOf(steering)).toEqual([
      'Chair: Rosa Delgado – Project Sponsor',
      'Members:',
      'Meeting Frequency: Bi-weekly, Tuesday mornings',
      `Responsibilities: ${prose(bodies[0].responsibilities)}`,
      `Authority: ${prose(bodies[0].authority!)}`,
    ]);
    expect(nestedItemsOf(steering.items[1])).toEqual(bodies[0].members.map(person));
    expect(itemsOf(lists[3])).toEqual(decisionFramework.categories.map((c) => `${c.name}: ${prose(c.description)}`));
    expect(lists[4].ordered).toBe(true);
    expect(itemsOf(lists[4])).toEqual(decisionFramework.escalation.map(prose));
    const [approvals] = tablesOf(markdown);
    expect(headerOf(approvals)).toEqual(['Decision', 'Approver']);
    expect(rowsOf(approvals)).toEqual(decisionFramework.approvalAuthorities.map((a) => [a.decision, person(a.approver)]));
  });

  it('leaves out the chair and authority lines of a body without them', () => {
    const { rendered } = renderEdited((p) => {
      delete p.governance!.bodies[0].chair;
      delete p.governance!.bodies[0].authority;
    });
    const markdown = partOf(rendered, 'governance');
    expectCleanMarkdown(markdown, 'governance');
    expect(itemsOf(listsOf(markdown)[0]).map((t) => t.split(':')[0])).toEqual(['Members', 'Meeting Frequency', 'Responsibilities']);
  });
});

describe('Staffing by Phase', () => {
  it('tables FTE with one right-aligned column per phase and the total, then key personnel and onboarding', () => {
    const staffing = section('staffing');
    const markdown = markdownOf('staffing');
    expect(outlineOf(markdown)).toEqual(['paragraph', 'table', 'paragraph', 'h1:Key Personnel Requirements', 'list', 'h1:Resource Onboarding Plan', 'paragraph', 'paragraph', 'paragraph']);
    const [table] = tablesOf(markdown);
    expect(headerOf(table)).toEqual(['Role', ...staffing.phases.map(phaseLabel), 'Total FTE', 'Person-Weeks']);
    expect(table.align).toEqual([null, 'right', 'right', 'right', 'right', 'right', 'right']);
    const computedRoles = templateComputed(derive(plan)).staffing!.roles;
    expect(rowsOf(table).slice(0, -1)).toEqual(
      staffing.roles.map((r, i) => [r.role, ...staffing.phases.map((id) => String(r.fte[id])), String(r.totalFte), String(computedRoles[i].personWeeks)]),
    );
    // Person-weeks per role: FTE times each phase's working weeks (3 in P2, 3 in P4): 1 × 3 + 0.25 × 3.
    expect(rowsOf(table).at(-2)).toEqual(['Training Manager', '0', '1', '0', '0.25', '1.25', '3.75']);
    // The Total row is computed: the FTE of every role in each phase, and of the whole table, and all the effort.
    expect(rowsOf(table).at(-1)).toEqual(['Total', '2', '5.5', '4.5', '2.25', '14.25', '41.45']);
    expect(table.rows.at(-1)!.every(isBold)).toBe(true);
    // Person-weeks: FTE times each phase's working weeks (P1 and P3 have a holiday, so 2.8 weeks).
    expect(paragraphsOf(markdown)[1]).toBe(
      'Peak Staffing: 5.5 FTE in P2: Core Implementation. Total Effort: 41.45 person-weeks (FTE times the working weeks of each phase).',
    );
    expect(itemsOf(listsOf(markdown)[0])).toEqual(staffing.keyPersonnel.map((k) => `${k.role}: ${prose(k.requirements)}`));
    expect(paragraphsOf(markdown).slice(2)).toEqual([
      `Recruitment Timeline: ${prose(staffing.onboarding.recruitmentTimeline)}`,
      `Training Requirements: ${prose(staffing.onboarding.trainingRequirements)}`,
      `Knowledge Transfer Plan: ${prose(staffing.onboarding.knowledgeTransfer)}`,
    ]);
  });
});

describe('Budget and Financial Planning', () => {
  it('tables amounts by phase, right-aligned, with the typed totals in a bold Total row', () => {
    const budget = section('budget');
    const markdown = markdownOf('budget');
    expect(outlineOf(markdown)).toEqual(['paragraph', 'h1:Budget Allocation by Phase', 'table', 'h1:Cash Flow Planning', 'paragraph', 'paragraph', 'paragraph']);
    const [table] = tablesOf(markdown);
    const money = (n: number) => formatMoney(n, budget.currency);
    expect(headerOf(table)).toEqual(['Budget Category', ...budget.phases.map(phaseLabel), 'Total']);
    expect(table.align).toEqual([null, 'right', 'right', 'right', 'right', 'right']);
    expect(rowsOf(table).slice(0, -1)).toEqual(budget.categories.map((c) => [c.category, ...budget.phases.map((id) => money(c.amounts[id])), c.total === undefined ? '' : money(c.total)]));
    expect(rowsOf(table)[1]).toEqual(['Technology Costs', '$30,000', '$150,000', '$10,000', '$5,000', '$195,000']);
    expect(rowsOf(table).at(-1)).toEqual(['Total', '$110,000', '$245,000', '$60,000', '$35,000', '$450,000']);
    expect(table.rows.at(-1)!.every(isBold)).toBe(true);
    expect(table.rows[0].some(isBold)).toBe(false);
    expect(paragraphsOf(markdown).slice(1)).toEqual(budget.cashFlow.map((c) => `${c.topic}: ${prose(c.plan)}`));
  });

  it('computes every total, row, column and grand, whether or not the plan types them', () => {
    const withoutTotals = renderEdited((p) => {
      const budget = p.budget!;
      delete budget.phaseTotals;
      delete budget.grandTotal;
      budget.categories.forEach((c) => delete c.total);
      budget.categories[0].amounts.P1 = 0.1;
      budget.categories[1].amounts.P1 = 0.2;
    }).rendered;
    const bare = partOf(withoutTotals, 'budget');
    expectCleanMarkdown(bare, 'budget without typed totals');
    const rows = rowsOf(tablesOf(bare)[0]);
    expect(rows.map((r) => r[0])).toEqual([...section('budget').categories.map((c) => c.category), 'Total']);
    expect(rows[0][5]).toBe('$125,000.10');
    // Summed in cents: 0.10 + 0.20 + 20,000 + 5,000 + 5,000 is exactly 30,000.30.
    expect(rows.at(-1)).toEqual(['Total', '$30,000.30', '$245,000', '$60,000', '$35,000', '$370,000.30']);
  });

  it('writes amounts in the section currency, cents only when there are any', () => {
    const { rendered } = renderEdited((p) => {
      p.budget!.currency = 'EUR';
      p.budget!.categories[0].amounts.P1 = 1234.5;
    });
    const row = rowsOf(tablesOf(partOf(rendered, 'budget'))[0])[0];
    expect(row.slice(1, 3)).toEqual(['€1,234.50', '€75,000']);
  });
});

describe('Technology and Infrastructure', () => {
  it('lists the requirements of each area with the phases that need them, then tables the timeline', () => {
    const { requirements, infrastructureTimeline } = section('technology');
    const markdown = markdownOf('technology');
    expect(outlineOf(markdown)).toEqual(['h1:Technology Requirements by Area', 'list', 'h1:Infrastructure Timeline', 'table']);
    const [areas] = listsOf(markdown);
    expect(itemsOf(areas)).toEqual(
      requirements.map((r) => `${r.area} (${r.phases.length ? `needed in ${r.phases.map(phaseLabel).join(', ')}` : 'needed throughout'})`),
    );
    areas.items.forEach((item, i) => expect(nestedItemsOf(item)).toEqual(requirements[i].requirements.map(prose)));
    const [timeline] = tablesOf(markdown);
    expect(headerOf(timeline)).toEqual(['Infrastructure Milestone', 'Complete By', 'Owner', 'Description']);
    expect(rowsOf(timeline)).toEqual(
      infrastructureTimeline.map((t) => [t.item, formatDate(t.due), t.owner ? person(t.owner) : '', t.description ? prose(t.description) : '']),
    );
  });
});

describe('RACI', () => {
  it('draws the matrix with one centred column per role, then the legend and the role definitions', () => {
    const raci = section('raci');
    const markdown = markdownOf('raci');
    expect(outlineOf(markdown)).toEqual([
      'paragraph',
      'table',
      'paragraph',
      'h1:Role Definitions',
      ...raci.roleDefinitions.flatMap((r) => [`h2:${r.role}`, 'list']),
    ]);
    const [matrix] = tablesOf(markdown);
    expect(headerOf(matrix)).toEqual(['Activity / Deliverable', ...raci.roles]);
    expect(matrix.align).toEqual([null, ...raci.roles.map(() => 'center')]);
    expect(rowsOf(matrix)).toEqual(raci.activities.map((a) => [a.activity, ...raci.roles.map((role) => a.assignments[role] ?? '')]));
    expect(rowsOf(matrix)[0]).toEqual(['Project Planning', 'A/R', 'C', 'C', 'C', '', 'I']);
    expect(matrix.rows.every((row) => isBold(row[0]))).toBe(true);
    expect(paragraphsOf(markdown)[1]).toBe('Legend: R = Responsible, A = Accountable, C = Consulted, I = Informed; A/R = Accountable and Responsible.');
  });

  it('defines each role with its holder, responsibilities, authority and the optional parts it has', () => {
    const definitions = section('raci').roleDefinitions;
    const lists = listsOf(markdownOf('raci'));
    expect(itemsOf(lists[0])).toEqual([
      'Assigned To: Ana Núñez',
      `Primary Responsibilities: ${prose(definitions[0].responsibilities)}`,
      `Authority Level: ${prose(definitions[0].authority)}`,
      `Reporting Relationships: ${prose(definitions[0].reporting!)}`,
    ]);
    expect(itemsOf(lists[1]).map((t) => t.split(':')[0])).toEqual(['Assigned To', 'Primary Responsibilities', 'Authority Level', 'Expertise Requirements']);
  });

  it('keeps the matrix whole when role names hold Markdown characters', () => {
    const hostile = 'Ops | *Lead* <b>x</b>';
    const { rendered } = renderEdited((p) => {
      const raci = p.raci!;
      const old = raci.roles[0];
      raci.roles[0] = hostile;
      for (const a of raci.activities) {
        if (a.assignments[old]) a.assignments[hostile] = a.assignments[old];
        delete a.assignments[old];
      }
      raci.roleDefinitions = [];
    });
    const markdown = partOf(rendered, 'raci');
    expectCleanMarkdown(markdown, 'raci with a hostile role');
    const [matrix] = tablesOf(markdown);
    expect(headerOf(matrix)[1]).toBe(hostile);
    expect(rowsOf(matrix)[0].slice(0, 2)).toEqual(['Project Planning', 'A/R']);
    expect(outlineOf(markdown)).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('Communication and Reporting', () => {
  it('tables reports, meetings and the escalation levels in order', () => {
    const { reports, meetings, escalation } = section('communication');
    const markdown = markdownOf('communication');
    expect(outlineOf(markdown)).toEqual(['h1:Reporting Structure', 'table', 'h1:Meetings', 'table', 'h1:Escalation Procedure', 'paragraph', 'table']);
    const [reportTable, meetingTable, escalationTable] = tablesOf(markdown);
    expect(headerOf(reportTable)).toEqual(['Report', 'Frequency', 'Audience', 'Purpose', 'Prepared By']);
    expect(rowsOf(reportTable)).toEqual(reports.map((r) => [r.name, r.frequency, r.audience, prose(r.purpose), r.preparedBy ? person(r.preparedBy) : '']));
    expect(headerOf(meetingTable)).toEqual(['Meeting', 'Frequency', 'Participants', 'Purpose', 'Chair']);
    expect(rowsOf(meetingTable)).toEqual(meetings.map((m) => [m.name, m.frequency, m.participants, prose(m.purpose), m.chair ? person(m.chair) : '']));
    expect(headerOf(escalationTable)).toEqual(['Escalate To', 'Trigger', 'Response Time']);
    expect(rowsOf(escalationTable)).toEqual(escalation.map((e) => [person(e.escalateTo), prose(e.trigger), e.responseTime]));
    expect(rowsOf(escalationTable)[0][0]).toBe('Ana Núñez – Project Manager');
  });

  it('leaves out the meetings table when there are no meetings', () => {
    const { rendered } = renderEdited((p) => {
      p.communication!.meetings = [];
    });
    expect(outlineOf(partOf(rendered, 'communication'))).toEqual(['h1:Reporting Structure', 'table', 'h1:Escalation Procedure', 'paragraph', 'table']);
  });
});

describe('Risk Mitigation in the Timeline', () => {
  it('summarises the risks with capitalised ratings, details each, then contingencies and response procedures', () => {
    const { risks, contingencies, responseProcedures } = section('riskMitigation');
    const markdown = markdownOf('risk-mitigation');
    expect(outlineOf(markdown)).toEqual([
      'h1:High-Priority Risks',
      'table',
      ...risks.flatMap((r) => [`h2:${r.id}: ${r.risk}`, 'paragraph', 'list']),
      'h1:Contingency Scenarios',
      ...contingencies.flatMap((c) => [`h2:${c.scenario}`, 'list']),
      'h1:Risk Response Procedures',
      'list',
    ]);
    const [summary] = tablesOf(markdown);
    expect(headerOf(summary)).toEqual(['Risk', 'Probability', 'Impact', 'Owner']);
    expect(rowsOf(summary)).toEqual(risks.map((r) => [`${r.id}: ${r.risk}`, LEVELS[r.probability!], LEVELS[r.impact!], person(r.owner!)]));
    const lists = listsOf(markdown);
    expect(itemsOf(lists[0])).toEqual([
      'Mitigation Activities:',
      `Timeline Impact: ${prose(risks[0].timelineImpact)}`,
      `Resource Requirements: ${prose(risks[0].resourceRequirements)}`,
      `Monitoring Plan: ${prose(risks[0].monitoring)}`,
    ]);
    expect(nestedItemsOf(lists[0].items[0])).toEqual(risks[0].mitigation.map(prose));
    expect(itemsOf(lists[risks.length])).toEqual([
      `Trigger: ${prose(contingencies[0].trigger!)}`,
      `Alternative Approach: ${prose(contingencies[0].alternativeApproach)}`,
      `Timeline Impact: ${prose(contingencies[0].timelineImpact)}`,
      `Resource Impact: ${prose(contingencies[0].resourceImpact)}`,
    ]);
    expect(itemsOf(lists.at(-1)!)).toEqual(responseProcedures.map((r) => `${r.name}: ${prose(r.description)}`));
  });

  it('leaves out optional descriptions, triggers and empty sub-parts', () => {
    const { rendered } = renderEdited((p) => {
      const section = p.riskMitigation!;
      section.risks.forEach((r) => delete r.description);
      section.contingencies.forEach((c) => delete c.trigger);
      section.responseProcedures = [];
    });
    const markdown = partOf(rendered, 'risk-mitigation');
    expectCleanMarkdown(markdown, 'risk mitigation without optional parts');
    expect(outlineOf(markdown)).not.toContain('h1:Risk Response Procedures');
    expect(outlineOf(markdown).slice(2, 4)).toEqual(['h2:R1: Resource availability', 'list']);
    expect(markdown).not.toContain('Trigger:');
  });
});

describe('Quality Assurance and Control', () => {
  it('lists the standards, tables the checkpoints by phase, lists reviews and tables approvals', () => {
    const { standards, checkpoints, reviewProcedures, approvalAuthority } = section('quality');
    const markdown = markdownOf('quality');
    expect(outlineOf(markdown)).toEqual(['h1:Quality Standards', 'list', 'h1:Quality Control Checkpoints', 'table', 'h1:Review Procedures', 'list', 'h1:Approval Authority', 'table']);
    const [standardList, reviewList] = listsOf(markdown);
    expect(itemsOf(standardList)).toEqual(standards.map((s) => `${s.area}: ${prose(s.standard)}`));
    expect(itemsOf(reviewList)).toEqual(reviewProcedures.map((r) => `${r.name}: ${prose(r.description)}`));
    const [checkpointTable, approvals] = tablesOf(markdown);
    expect(headerOf(checkpointTable)).toEqual(['Phase', 'Quality Check', 'Criteria', 'Responsible']);
    expect(rowsOf(checkpointTable)).toEqual(checkpoints.map((c) => [phaseLabel(c.phase), c.check, prose(c.criteria), person(c.responsible)]));
    expect(headerOf(approvals)).toEqual(['Approval Area', 'Approver', 'Notes']);
    expect(rowsOf(approvals)).toEqual(approvalAuthority.map((a) => [a.area, person(a.approver), a.description ? prose(a.description) : '']));
    expect(rowsOf(approvals)[0]).toEqual(['Technical approvals', 'Priya Raman – Technical Lead', '']);
  });
});

describe('Performance Monitoring', () => {
  it('tables the KPIs and the success criteria', () => {
    const { kpis, successCriteria } = section('performance');
    const markdown = markdownOf('performance');
    expect(outlineOf(markdown)).toEqual(['h1:Key Performance Indicators', 'table', 'h1:Implementation Success Criteria', 'table']);
    const [kpiTable, criteriaTable] = tablesOf(markdown);
    expect(headerOf(kpiTable)).toEqual(['Indicator', 'Measure', 'Target', 'Frequency']);
    expect(rowsOf(kpiTable)).toEqual(kpis.map((k) => [k.name, prose(k.measure), k.target, k.frequency]));
    expect(headerOf(criteriaTable)).toEqual(['Criterion', 'Target']);
    expect(rowsOf(criteriaTable)).toEqual(successCriteria.map((c) => [c.criterion, c.target]));
    expect(rowsOf(criteriaTable)[1]).toEqual(['On-Budget Delivery', 'Within 5% of the approved $450,000 budget']);
  });
});

describe('Change Control', () => {
  it('numbers the procedure steps with who is responsible, then lists the adaptation mechanisms', () => {
    const { procedure, adaptationMechanisms } = section('changeControl');
    const markdown = markdownOf('change-control');
    expect(outlineOf(markdown)).toEqual(['h1:Change Request Procedure', 'list', 'h1:Adaptation Mechanisms', 'list']);
    const [steps, mechanisms] = listsOf(markdown);
    expect(steps.ordered).toBe(true);
    expect(itemsOf(steps)).toEqual(procedure.map((s) => `${s.step}: ${prose(s.description)}${s.responsible ? ` Responsible: ${person(s.responsible)}.` : ''}`));
    expect(itemsOf(steps)[0]).toMatch(/ Responsible: Ana Núñez – Project Manager\.$/);
    expect(itemsOf(mechanisms)).toEqual(adaptationMechanisms.map((m) => `${m.name}: ${prose(m.description)}`));
  });
});

describe('Readiness Checklist', () => {
  it('gives one heading and one task list per group, boxes checked for the items done', () => {
    const { groups } = section('readiness');
    const markdown = markdownOf('readiness');
    expect(outlineOf(markdown)).toEqual(groups.flatMap((g) => [`h1:${g.name}`, 'list']));
    const lists = listsOf(markdown);
    lists.forEach((list, i) => {
      const items = groups[i].items;
      expect(list.items.map((item) => item.task)).toEqual(items.map(() => true));
      expect(list.items.map((item) => item.checked)).toEqual(items.map((item) => item.done));
      expect(itemsOf(list)).toEqual(items.map((item) => `${item.item}: ${prose(item.description!)}${item.owner ? ` Owner: ${person(item.owner)}.` : ''}`));
    });
    expect(lists.map((l) => l.items.map((item) => item.checked))).toEqual([
      [true, true, false, false],
      [true, false, false, true],
      [true, true, true, false],
    ]);
    expect(markdown.split('\n')).toContain('- [x] **Leadership Commitment:** Executive support confirmed by the Project Sponsor. *Owner: Rosa Delgado – Project Sponsor.*');
  });
});

describe('Next Steps and Handover', () => {
  it('tables the immediate actions with owners and due dates, then lists the handover', () => {
    const { immediateActions, handover } = section('nextSteps');
    const markdown = markdownOf('next-steps');
    expect(outlineOf(markdown)).toEqual(['h1:Immediate Actions', 'table', 'h1:Handover to the Implementation Team', 'list']);
    const [actions] = tablesOf(markdown);
    expect(headerOf(actions)).toEqual(['Action', 'Description', 'Owner', 'Due']);
    expect(rowsOf(actions)).toEqual(
      immediateActions.map((a) => [a.action, prose(a.description), a.owner ? person(a.owner) : '', a.due ? formatDate(a.due) : '']),
    );
    expect(itemsOf(listsOf(markdown)[0])).toEqual(handover.map((h) => `${h.item}: ${prose(h.description)}`));
  });

  it('leaves owner and due cells empty when they are not given', () => {
    const { rendered } = renderEdited((p) => {
      delete p.nextSteps!.immediateActions[0].owner;
      delete p.nextSteps!.immediateActions[0].due;
      p.nextSteps!.handover = [];
    });
    const markdown = partOf(rendered, 'next-steps');
    expectCleanMarkdown(markdown, 'next steps without owner');
    expect(rowsOf(tablesOf(markdown)[0])[0].slice(2)).toEqual(['', '']);
    expect(outlineOf(markdown)).toEqual(['h1:Immediate Actions', 'table']);
  });
});

describe('roadmap templates on a plan without Phases or Points of Contact', () => {
  it('show phase ids and person references as written', () => {
    const { rendered, diagnostics } = renderEdited((p) => {
      delete p.phases;
      delete p.pointsOfContact;
    });
    expect(diagnostics.filter((d) => ROADMAP_TEMPLATES.some((t) => d.file.endsWith(`sections/${t}.hbs`)))).toEqual([]);
    expect(rendered.parts.find((p) => p.template === 'phases')).toBeUndefined();
    for (const template of ROADMAP_TEMPLATES.filter((t) => t !== 'phases')) expectCleanMarkdown(partOf(rendered, template), template);
    expect(headerOf(tablesOf(partOf(rendered, 'budget'))[0])).toEqual(['Budget Category', 'P1', 'P2', 'P3', 'P4', 'Total']);
    expect(headerOf(tablesOf(partOf(rendered, 'staffing'))[0]).slice(1, 3)).toEqual(['P1', 'P2']);
    expect(rowsOf(tablesOf(partOf(rendered, 'quality'))[0])[0]).toEqual(['P1', 'Planning review', expect.any(String), 'Ana Núñez']);
    expect(itemsOf(listsOf(partOf(rendered, 'raci')).at(0)!)[0]).toMatch(/^Primary Responsibilities: /);
  });
});
