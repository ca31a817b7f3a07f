import { beforeAll, describe, expect, it } from 'vitest';
import type { Token, Tokens } from 'marked';
import type { Plan } from '../../../src/content/sections';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic';
import { renderPlanMarkdown, type RenderedMarkdown } from '../../../src/render/tree/document';
import { blocksOf, cellText, headerOf, inlineText, partOf, renderExample, rowsOf, tablesOf } from '../../fixtures/templateMarkdown';
import { imageSources } from '../../../src/content/markdown';
import { formatDate } from '../../../src/render/markdown/text';
import type { TemplateSet } from '../../../src/render/templates/templateSet';
import { computeSchedule } from '../../../src/derive/compute';
import { derive } from '../../../src/derive';

/**
 * The CA-PMF section templates, rendered from the real template set and the example plan in content/:
 * the Markdown must carry the template's tables with its column headings, one row per item, and plain
 * values exactly as written, whatever characters they hold.
 */

const CAPMF_TEMPLATES = [
  'introduction',
  'planning-assumptions',
  'constraints',
  'system-overview',
  'system-organization',
  'glossary',
  'management-overview',
  'points-of-contact',
  'major-tasks',
  'implementation-schedule',
  'implementation-security',
  'implementation-support',
  'implementation-support-resources',
  'hardware',
  'software',
  'facilities',
  'materials',
  'documentation',
  'personnel',
  'known-issues',
  'sites',
  'risks-and-contingencies',
  'system-acceptance',
] as const;
type CapmfTemplate = (typeof CAPMF_TEMPLATES)[number];

const INVENTORY_HEADER = [
  'Name / ID',
  'Type',
  'Model/Version',
  'Physical Location',
  'Owner',
  'Maint. Contract #',
  'Maint. Contract Contact',
  'Maint. Type / Level',
  'Expiration',
  'Licenses',
];

/** A value that would break a table row, start emphasis or become raw HTML if it were not escaped. */
const HOSTILE = 'a | b *c* <script>alert(1)</script> [x](y) _z_';

let plan: Plan;
let templates: TemplateSet;
let example: RenderedMarkdown;
let exampleDiagnostics: Diagnostic[];

beforeAll(async () => {
  ({ plan, templates, example, exampleDiagnostics } = await renderExample());
});

// ---------------------------------------------------------------------------------------------------------
// Reading the Markdown back

function markdownOf(template: CapmfTemplate): string {
  return partOf(example, template);
}

/** The only table of a section. */
function tableOf(template: CapmfTemplate, rendered = example): Tokens.Table {
  const tables = tablesOf(partOf(rendered, template));
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** Prose as a reader sees it in one cell: the example's prose only uses **strong** and single lines. */
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

/** Statements listed in a cell: one per line, each after a bullet so wrapped lines read as one item. */
const bullets = (items: readonly string[]) => items.map((item) => `• ${item}`).join('\n');

const period = (p: { from: string; to: string }) => `${formatDate(p.from)} to ${formatDate(p.to)}`;

/** A deep copy of the example plan, changed by `edit`, rendered with the real templates. */
function renderEdited(edit: (copy: Plan) => void): { rendered: RenderedMarkdown; diagnostics: Diagnostic[] } {
  const copy = structuredClone(plan);
  edit(copy);
  return renderPlanMarkdown(copy, derive(copy), templates);
}

/** Asserts that every cell holding HOSTILE shows it literally, without emphasis, links or raw HTML. */
function expectLiteralHostileCell(table: Tokens.Table, columns: number, row: number, column: number): void {
  expect(table.header).toHaveLength(columns);
  for (const r of table.rows) expect(r).toHaveLength(columns);
  const cell = table.rows[row][column];
  expect(cellText(cell)).toContain(HOSTILE);
  const kinds = new Set<string>();
  const collect = (tokens: readonly Token[]) =>
    tokens.forEach((t) => {
      kinds.add(t.type === 'html' && /^<br\s*\/?>$/i.test(t.text) ? 'br' : t.type);
      if ('tokens' in t && t.tokens) collect(t.tokens);
    });
  collect(cell.tokens);
  for (const kind of ['html', 'em', 'strong', 'link']) expect(kinds.has(kind), `cell holds a ${kind} token`).toBe(false);
}

// ---------------------------------------------------------------------------------------------------------

describe('CA-PMF templates on the example plan', () => {
  it('render without diagnostics', () => {
    const mine = exampleDiagnostics.filter((d) => CAPMF_TEMPLATES.some((t) => d.file.endsWith(`sections/${t}.hbs`)));
    expect(mine).toEqual([]);
    for (const template of CAPMF_TEMPLATES) expect(markdownOf(template).length, template).toBeGreaterThan(0);
  });

  it('print no unresolved values, stray blank lines, indented lines or repeated section headings', () => {
    for (const template of CAPMF_TEMPLATES) {
      const part = example.parts.find((p) => p.template === template)!;
      const markdown = part.markdown;
      expect(markdown, template).not.toMatch(/\[object Object\]|undefined|NaN|\bnull\b/);
      expect(markdown, template).not.toMatch(/\n{3,}/);
      const headings = markdown.split('\n').filter((line) => /^#+ /.test(line)).map((line) => line.replace(/^#+ /, ''));
      expect(headings, template).not.toContain(part.heading);
      // Table rows and headings are written by the templates: never indented, never split over lines.
      for (const line of markdown.split('\n')) {
        if (/^\s+\|/.test(line) || /^\s+#/.test(line)) expect.fail(`${template}: indented line "${line}"`);
      }
      for (const table of tablesOf(markdown)) {
        for (const row of table.rows) expect(row, template).toHaveLength(table.header.length);
      }
    }
  });

  it('insert the prose sections exactly as written', () => {
    expect(markdownOf('introduction')).toBe(section('introduction').text.trim());
    expect(markdownOf('system-overview')).toBe(section('systemOverview').text.trim());
    expect(markdownOf('management-overview')).toBe(section('managementOverview').text.trim());
    expect(markdownOf('implementation-support')).toBe(section('implementationSupport').text.trim());
    expect(markdownOf('implementation-support-resources')).toBe(section('implementationSupport').resourcesIntro.trim());
    expect(blocksOf(markdownOf('management-overview')).map((t) => t.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocksOf(markdownOf('system-overview')).map((t) => t.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph', 'paragraph']);
  });

  it('Planning Assumptions: intro, then Assumptions | Description', () => {
    const { intro, assumptions } = section('planningAssumptions');
    expect(blocksOf(markdownOf('planning-assumptions')).map((t) => t.type)).toEqual(['paragraph', 'table']);
    expect(markdownOf('planning-assumptions').startsWith(intro!.trim())).toBe(true);
    const table = tableOf('planning-assumptions');
    expect(headerOf(table)).toEqual(['Assumptions', 'Description']);
    expect(rowsOf(table)).toEqual(assumptions.map((a) => [a.assumption, prose(a.description)]));
    expect(rowsOf(table)[3][1]).toContain('one full training day');
  });

  it('Constraints: Constraint | Description with the triple constraint', () => {
    const table = tableOf('constraints');
    expect(headerOf(table)).toEqual(['Constraint', 'Description']);
    expect(rowsOf(table)).toEqual(section('constraints').constraints.map((c) => [c.constraint, prose(c.description)]));
    expect(rowsOf(table).map((r) => r[0])).toEqual(expect.arrayContaining(['Time', 'Cost', 'Scope']));
  });

  it('Glossary: Term / Abbreviation | Definition, every term once, alphabetically', () => {
    const table = tableOf('glossary');
    expect(headerOf(table)).toEqual(['Term / Abbreviation', 'Definition']);
    const rows = rowsOf(table);
    const terms = section('glossary').terms;
    expect(rows).toHaveLength(terms.length);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(terms.map((t) => t.term)));
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1][0].localeCompare(rows[i][0], 'en', { sensitivity: 'base' }), `${rows[i - 1][0]} before ${rows[i][0]}`).toBeLessThan(0);
    }
    const ivv = rows.find((r) => r[0] === 'IV&V');
    expect(ivv?.[1]).toMatch(/^Independent verification and validation\./);
  });

  it('Glossary: sorts terms written in any order, ignoring case', () => {
    const { rendered } = renderEdited((p) => {
      p.glossary!.terms.reverse();
      p.glossary!.terms.push({ term: 'api', definition: 'Application programming interface.' });
    });
    const terms = rowsOf(tableOf('glossary', rendered)).map((r) => r[0]);
    expect(terms.slice(0, 4)).toEqual(['api', 'Attribution', 'BI', 'CA-PMF']);
    expect(terms.at(-1)).toBe('ZIP');
  });

  it('Points of Contact: Project Role | Name | Organization | Email | Phone, phones one per line', () => {
    const table = tableOf('points-of-contact');
    expect(headerOf(table)).toEqual(['Project Role', 'Name', 'Organization', 'Email', 'Phone']);
    expect(rowsOf(table)).toEqual(
      section('pointsOfContact').contacts.map((c) => [c.role, c.name, c.organization, c.email, c.phones.map((p) => `${p.number} (${p.label})`).join('\n')]),
    );
    expect(rowsOf(table)[0]).toEqual([
      'Project Sponsor',
      'Rosa Delgado',
      'Department of Consumer Outreach, Marketing and Communications Division',
      'rosa.delgado@dco.example.gov',
      '916-555-0101 (desk)\n916-555-0201 (cell)',
    ]);
  });

  it('Major Tasks: Task | Resources | Key Staff | Success Criteria, key staff as "• Name – Role", one a line', () => {
    const table = tableOf('major-tasks');
    expect(headerOf(table)).toEqual(['Task', 'Resources', 'Key Staff', 'Success Criteria']);
    expect(rowsOf(table)).toEqual(
      section('majorTasks').tasks.map((t) => [
        `${t.id} ${t.name}${t.description ? `\n${prose(t.description)}` : ''}`,
        bullets(t.resources),
        t.keyStaff.map((ref) => `• ${person(ref)}`).join('\n'),
        prose(t.successCriteria),
      ]),
    );
    expect(rowsOf(table)[0][2]).toBe('• Ana Núñez – Project Manager\n• Marcus Chen – Program Manager');
  });

  it('Implementation Schedule: Task ID | Task | Planned Start Date | Planned Finish Date | Dependency, in date order', () => {
    const table = tableOf('implementation-schedule');
    expect(headerOf(table)).toEqual(['Task ID', 'Task', 'Planned Start Date', 'Planned Finish Date', 'Dependency']);
    // Dates are the computed schedule: the given dates, and computed ones for tasks given by duration.
    const items = [...computeSchedule(plan).schedule!.items].sort((a, b) => (a.earlyStart < b.earlyStart ? -1 : a.earlyStart > b.earlyStart ? 1 : 0));
    expect(rowsOf(table)).toEqual(items.map((t) => [t.id, t.name, formatDate(t.earlyStart), formatDate(t.earlyFinish), t.dependsOn.map((d) => d.id).join(', ')]));
    for (const task of section('implementationSchedule').tasks.filter((t) => t.start !== undefined)) {
      expect(rowsOf(table).find((r) => r[0] === task.id)?.slice(2, 4), task.id).toEqual([formatDate(task.start!), formatDate(task.finish!)]);
    }
    expect(rowsOf(table)).toContainEqual(['T09', 'Train the core team and the trainers', 'February 8, 2027', 'February 12, 2027', 'T07, T08']);
    expect(rowsOf(table)).toContainEqual(['T10', 'Verify and reconcile the converted data', 'February 8, 2027', 'February 12, 2027', 'T06']);
    expect(rowsOf(table)[0]).toEqual(['T01', 'Provide overall planning and coordination for the implementation', 'January 4, 2027', 'January 8, 2027', '']);
  });

  it('Implementation Schedule: places tasks given by duration and names dependency types and lags', () => {
    const { rendered } = renderEdited((p) => {
      const tasks = p.implementationSchedule!.tasks;
      tasks[8] = { ...tasks[8], start: undefined, finish: undefined, duration: '3 days', dependsOn: [{ id: 'T07', type: 'SS', lag: '2 days' }, { id: 'T08', type: 'FF' }] };
    });
    const row = rowsOf(tableOf('implementation-schedule', rendered)).find((r) => r[0] === 'T09');
    // T07 starts on January 25, so T09 may start two working days later; T08 finishes on February 5, and so must T09.
    expect(row).toEqual(['T09', 'Train the core team and the trainers', 'February 3, 2027', 'February 5, 2027', 'T07 (SS, lag 2 working days), T08 (FF)']);
  });

  it('Implementation Schedule: lists tasks written in any order by planned start, keeping ties as written', () => {
    const { rendered } = renderEdited((p) => {
      p.implementationSchedule!.tasks.reverse();
    });
    const ids = rowsOf(tableOf('implementation-schedule', rendered)).map((r) => r[0]);
    expect(ids.slice(0, 3)).toEqual(['T01', 'T03', 'T02']);
    expect(ids.at(-1)).toBe('T16');
  });

  it('Implementation Security: the overview as written, then the data needing special handling', () => {
    const { text, sensitiveData } = section('implementationSecurity');
    const markdown = markdownOf('implementation-security');
    expect(markdown.startsWith(text.trim())).toBe(true);
    expect(blocksOf(markdown).slice(-2).map((t) => t.type)).toEqual(['paragraph', 'table']);
    const table = tableOf('implementation-security');
    expect(headerOf(table)).toEqual(['Data Category', 'Description', 'Handling During Implementation']);
    expect(rowsOf(table)).toEqual(sensitiveData.map((d) => [d.kind, d.description ?? '', prose(d.handling)]));
  });

  it('Hardware: the ten inventory columns, maintenance contact and licenses as lines', () => {
    const table = tableOf('hardware');
    expect(headerOf(table)).toEqual(INVENTORY_HEADER);
    expect(rowsOf(table)).toEqual(
      section('hardware').components.map((c) => [
        c.name,
        c.type,
        c.model,
        c.location,
        c.owner,
        c.maintenance?.contract ?? 'None',
        c.maintenance
          ? [`${c.maintenance.contact.name}${c.maintenance.contact.organization ? `, ${c.maintenance.contact.organization}` : ''}`, c.maintenance.contact.phone, c.maintenance.contact.email]
              .filter(Boolean)
              .join('\n')
          : '',
        c.maintenance?.coverage ?? '',
        c.maintenance ? formatDate(c.maintenance.expires) : '',
        c.licenses.length ? c.licenses.map((l) => (typeof l === 'string' ? l : `${l.count} × ${l.type}`)).join('\n') : 'None',
      ]),
    );
    expect(rowsOf(table)[0]).toEqual([
      'IAP-IR-01',
      'Server (integration runtime, primary node)',
      'Dell PowerEdge R660',
      'Sacramento Headquarters data center, rack B4',
      'Technical Lead',
      'DELL-PSP-7731-0418',
      'Marisol Vega, Dell Technologies\n800-555-0142\nmarisol.vega@dell.example.com',
      'ProSupport Plus, 24x7, 4-hour on-site response',
      'December 31, 2029',
      '1 × Windows Server 2025 Standard, 16-core',
    ]);
  });

  it('Software: the ten inventory columns, with COTS, custom or legacy under the type', () => {
    const table = tableOf('software');
    expect(headerOf(table)).toEqual(INVENTORY_HEADER);
    const components = section('software').components;
    expect(table.rows).toHaveLength(components.length);
    const origin = { COTS: 'COTS', custom: 'Custom developed', legacy: 'Legacy' };
    expect(rowsOf(table).map((r) => r[1])).toEqual(components.map((c) => `${c.type}\n${origin[c.origin]}`));
    expect(rowsOf(table).map((r) => r[2])).toEqual(components.map((c) => c.version));
    const legacy = rowsOf(table).find((r) => r[0] === 'Campaign Reporting Database');
    expect(legacy?.slice(5)).toEqual(['None', '', '', '', '4 × SQL Server 2014 Standard, core (existing)']);
    expect(rowsOf(table)[0][9]).toBe('60 × Power BI Premium Per User, named user');
  });

  it('Facilities: Purpose | Location | Size | Resources Needed | Day/Hours of Use | Duration', () => {
    const table = tableOf('facilities');
    expect(headerOf(table)).toEqual(['Purpose', 'Location', 'Size', 'Resources Needed', 'Day/Hours of Use', 'Duration']);
    expect(rowsOf(table)).toEqual(
      section('facilities').facilities.map((f) => [f.purpose, f.location ?? '', f.size, bullets(f.resources), f.hours, period(f.period)]),
    );
    expect(rowsOf(table)[2][5]).toBe('February 8, 2027 to March 19, 2027');
  });

  it('Materials: Item | Identification | Version #/Release # | Owner, N/A without a version', () => {
    const table = tableOf('materials');
    expect(blocksOf(markdownOf('materials')).map((t) => t.type)).toEqual(['table']);
    expect(headerOf(table)).toEqual(['Item', 'Identification', 'Version #/Release #', 'Owner']);
    expect(rowsOf(table)).toEqual(section('materials').materials.map((m) => [m.item, m.identification, m.version ?? 'N/A', m.owner]));
  });

  it('Documentation: Document Title | Description | Version # | Owner', () => {
    const table = tableOf('documentation');
    expect(headerOf(table)).toEqual(['Document Title', 'Description', 'Version #', 'Owner']);
    expect(rowsOf(table)).toEqual(section('documentation').documents.map((d) => [d.title, prose(d.description), d.version, d.owner]));
  });

  it('Personnel: Staffing Type | Skills | Security Clearance? | Number Needed | Period, plus the assigned staff', () => {
    const table = tableOf('personnel');
    expect(headerOf(table)).toEqual(['Staffing Type', 'Skills', 'Security Clearance?', 'Number Needed', 'Period', 'Assigned Staff']);
    expect(rowsOf(table)).toEqual(
      section('personnel').staffing.map((s) => [s.staffingType, s.skills, s.securityClearance ? 'Yes' : 'No', `${s.fte} FTE`, period(s.period), s.assigned.join('\n')]),
    );
    expect(rowsOf(table)).toContainEqual(expect.arrayContaining(['Database Administrator', 'Yes', '0.5 FTE']));
  });

  it('Known Issues: one row per issue with owner, readable status and resolution', () => {
    const table = tableOf('known-issues');
    expect(headerOf(table)).toEqual(['Issue ID', 'Description', 'Impact', 'Owner', 'Status', 'Resolution / Next Step']);
    const labels = { open: 'Open', 'in-progress': 'In Progress', deferred: 'Deferred', resolved: 'Resolved', closed: 'Closed' };
    expect(rowsOf(table)).toEqual(
      section('knownIssues').issues.map((i) => [i.id, prose(i.description), prose(i.impact!), person(i.owner), labels[i.status], prose(i.resolution)]),
    );
    expect(rowsOf(table)[3][3]).toBe('Ana Núñez – Project Manager');
  });

  it('Risks and Contingencies: Event Trigger | Response with the steps as lines, decision factors and owner', () => {
    const table = tableOf('risks-and-contingencies');
    expect(headerOf(table)).toEqual(['Event Trigger', 'Response', 'Decision Factors', 'Owner']);
    expect(rowsOf(table)).toEqual(
      section('risksAndContingencies').contingencies.map((c) => [
        `${c.id}${c.risk ? `: ${c.risk}` : ''}\n${prose(c.trigger)}`,
        bullets(c.response),
        bullets(c.decisionFactors),
        person(c.owner),
      ]),
    );
    expect(rowsOf(table)[1][3]).toBe('Marcus Chen – Program Manager');
  });

  it('System Acceptance: criteria table, then the acceptance process and the handling of discrepancies', () => {
    const { criteria, process, discrepancies } = section('systemAcceptance');
    const blocks = blocksOf(markdownOf('system-acceptance'));
    expect(blocks.map((t) => (t.type === 'heading' ? `h${t.depth}:${t.text}` : t.type))).toEqual([
      'paragraph',
      'h1:Acceptance Criteria',
      'table',
      'h1:Acceptance Process',
      'paragraph',
      'list',
      'h1:Discrepancies',
      'paragraph',
    ]);
    const table = tableOf('system-acceptance');
    expect(headerOf(table)).toEqual(['ID', 'Criterion', 'Method', 'Tool', 'Performance Benchmark']);
    expect(rowsOf(table)).toEqual(criteria.map((c) => [c.id, prose(c.criterion), c.method, c.tool ?? '', c.benchmark ?? '']));
    expect(markdownOf('system-acceptance')).toContain(process!.trim());
    expect(markdownOf('system-acceptance').endsWith(discrepancies!.trim())).toBe(true);
  });

  it('Sites: a sub-heading per site with its contact, visits, preparation and readiness', () => {
    const { sites } = section('sites');
    const blocks = blocksOf(markdownOf('sites'));
    const headings = blocks.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => [h.depth, inlineText(h.tokens)])).toEqual(sites.map((s) => [1, `${s.name} (${s.id})`]));
    const tables = tablesOf(markdownOf('sites'));
    expect(tables).toHaveLength(sites.filter((s) => s.visits.length > 0).length);
    tables.forEach((table, i) => {
      expect(headerOf(table)).toEqual(['Date', 'Purpose']);
      expect(rowsOf(table)).toEqual(sites[i].visits.map((v) => [formatDate(v.date), v.purpose]));
    });
    const paragraphs = blocks.filter((t): t is Tokens.Paragraph => t.type === 'paragraph').map((p) => inlineText(p.tokens));
    expect(paragraphs).toContain('Contact point: Ana Núñez – Project Manager, 916-555-0103');
    expect(paragraphs).toContain('Address: 2550 Mariposa Street, Suite 3000, Fresno, CA 93721');
    expect(paragraphs).toContain('Go-live date: March 18, 2027');
    // Preparation and readiness are prose or a list: each reads as a list when written as one.
    const lists = blocks.filter((t): t is Tokens.List => t.type === 'list');
    const listed = sites.flatMap((s) => [s.preparation, s.readiness]).filter((v) => Array.isArray(v) || /^- /m.test(v as string));
    expect(lists).toHaveLength(listed.length);
    expect(lists[0].items.map((item) => inlineText(item.tokens))).toEqual(sites[0].preparation);
    expect(paragraphs).toContain(prose(sites[0].readiness as string));
  });

  it('System Organization: the diagram, the functions of every layer side by side, then each layer', () => {
    const { diagrams, layers } = section('systemOrganization');
    const markdown = markdownOf('system-organization');
    const blocks = blocksOf(markdown);

    const image = (blocks[1] as Tokens.Paragraph).tokens[0] as Tokens.Image;
    expect(blocks[1].type).toBe('paragraph');
    expect((blocks[1] as Tokens.Paragraph).tokens).toHaveLength(1);
    expect(image).toMatchObject({ type: 'image', href: diagrams[0].src, title: diagrams[0].caption });
    expect(inlineText(image.tokens)).toBe(diagrams[0].alt);
    expect(imageSources(markdown)).toEqual([diagrams[0].src]);

    const [functions] = tablesOf(markdown);
    expect(headerOf(functions)).toEqual(layers.map((l) => `${l.name} Functions`));
    expect(rowsOf(functions)).toEqual([layers.map((l) => bullets(l.functions))]);

    const headings = blocks.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => [h.depth, h.text])).toEqual(layers.map((l) => [1, l.name]));
    const layerTables = tablesOf(markdown).slice(1);
    const expected = layers.flatMap((l) => [
      ...(l.hardware.length ? [{ header: ['Hardware Manufacturer', 'Type', 'Model', 'Configuration'], rows: l.hardware.map((h) => [h.manufacturer, h.type, h.model, h.configuration.join('\n')]) }] : []),
      ...(l.cloudServices.length
        ? [{ header: ['Cloud Provider', 'Service Type', 'Description'], rows: l.cloudServices.map((c) => [c.provider, expect.stringMatching(new RegExp(` as a Service \\(${c.serviceType}\\)$`)), prose(c.description)]) }]
        : []),
      ...(l.software.length ? [{ header: ['Software Publisher', 'Software Title', 'Function', 'Version'], rows: l.software.map((s) => [s.publisher, s.title, s.function, s.version]) }] : []),
    ]);
    expect(layerTables.map((t) => ({ header: headerOf(t), rows: rowsOf(t) }))).toEqual(expected);
    expect(rowsOf(layerTables[1])[0][1]).toBe('Software as a Service (SaaS)');
    const labels = blocks.filter((t): t is Tokens.Paragraph => t.type === 'paragraph').map((p) => inlineText(p.tokens));
    expect(labels).toEqual(expect.arrayContaining(['Presentation Layer Hardware', 'Business Logic Layer Cloud Services', 'Data Layer Software']));
    expect(labels).not.toContain('Data Layer Hardware');
  });
});

describe('CA-PMF templates keep plain values literal', () => {
  it('a value with | * <script> and link syntax stays one cell with that text, in every table', () => {
    const { rendered, diagnostics } = renderEdited((p) => {
      p.planningAssumptions!.assumptions[0].assumption = HOSTILE;
      p.constraints!.constraints[3].constraint = HOSTILE;
      p.glossary!.terms[0].term = HOSTILE;
      p.pointsOfContact!.contacts[2].organization = HOSTILE;
      p.majorTasks!.tasks[0].resources[1] = HOSTILE;
      p.implementationSchedule!.tasks[0].task = HOSTILE;
      p.implementationSecurity!.sensitiveData[0].description = HOSTILE;
      p.hardware!.components[0].maintenance!.contact.name = HOSTILE;
      p.software!.components[0].licenses[0] = { count: 1, type: HOSTILE };
      p.facilities!.facilities[0].resources[0] = HOSTILE;
      p.materials!.materials[0].identification = HOSTILE;
      p.documentation!.documents[0].title = HOSTILE;
      p.personnel!.staffing[0].skills = HOSTILE;
      p.knownIssues!.issues[0].owner = HOSTILE;
      p.risksAndContingencies!.contingencies[0].response[2] = HOSTILE;
      p.systemAcceptance!.criteria[0].method = HOSTILE;
      p.sites!.sites[0].visits[0].purpose = HOSTILE;
    });
    expect(diagnostics.filter((d) => CAPMF_TEMPLATES.some((t) => d.file.endsWith(`sections/${t}.hbs`)))).toEqual([]);
    const cases: [CapmfTemplate, number, number, number][] = [
      ['planning-assumptions', 2, 0, 0],
      ['constraints', 2, 3, 0],
      ['points-of-contact', 5, 2, 2],
      ['major-tasks', 4, 0, 1],
      ['implementation-schedule', 5, 0, 1],
      ['implementation-security', 3, 0, 1],
      ['hardware', 10, 0, 6],
      ['software', 10, 0, 9],
      ['facilities', 6, 0, 3],
      ['materials', 4, 0, 1],
      ['documentation', 4, 0, 0],
      ['personnel', 6, 0, 1],
      ['known-issues', 6, 0, 3],
      ['risks-and-contingencies', 4, 0, 1],
      ['system-acceptance', 5, 0, 2],
    ];
    for (const [template, columns, row, column] of cases) {
      const table = tableOf(template, rendered);
      expect(table.rows, template).toHaveLength(tableOf(template).rows.length);
      expectLiteralHostileCell(table, columns, row, column);
    }
    const glossary = tableOf('glossary', rendered);
    expectLiteralHostileCell(glossary, 2, rowsOf(glossary).findIndex((r) => r[0] === HOSTILE), 0);
    expectLiteralHostileCell(tablesOf(partOf(rendered, 'sites'))[0], 2, 0, 1);
    expect(rowsOf(tableOf('risks-and-contingencies', rendered))[0][1].split('\n')[2]).toBe(`• ${HOSTILE}`);
  });

  it('prose in a cell keeps its Markdown and a pipe in it does not split the row', () => {
    const { rendered } = renderEdited((p) => {
      p.constraints!.constraints[0].description = 'Go-live by **March 26** | no later';
    });
    const table = tableOf('constraints', rendered);
    expect(table.rows[0]).toHaveLength(2);
    expect(cellText(table.rows[0][1])).toBe('Go-live by March 26 | no later');
    expect(table.rows[0][1].tokens.some((t) => t.type === 'strong')).toBe(true);
  });

  it('headings, labels and list items show names literally', () => {
    const { rendered } = renderEdited((p) => {
      p.sites!.sites[0].name = '# HQ *main* <b>';
      p.sites!.sites[0].preparation = ['- nested? *no*', '1. not a number'];
      p.systemOrganization!.layers[0].name = 'Web | *UI*';
    });
    const sites = blocksOf(partOf(rendered, 'sites'));
    const heading = sites.find((t): t is Tokens.Heading => t.type === 'heading')!;
    expect(inlineText(heading.tokens)).toBe('# HQ *main* <b> (SAC-HQ)');
    const list = sites.find((t): t is Tokens.List => t.type === 'list')!;
    expect(list.items.map((item) => inlineText(item.tokens))).toEqual(['- nested? *no*', '1. not a number']);

    const organization = partOf(rendered, 'system-organization');
    const [functions] = tablesOf(organization);
    expect(headerOf(functions)).toEqual(['Web | *UI* Functions', 'Business Logic Layer Functions', 'Data Layer Functions']);
    expect(blocksOf(organization).find((t): t is Tokens.Heading => t.type === 'heading')?.tokens.map((t) => t.type)).not.toContain('em');
  });

  it('an image reference keeps any source path, alt text and caption', () => {
    const diagram = { src: 'assets/flow (v2) <final> "b".png', alt: 'Flow [A] -> *B* | C', caption: 'Figure "1" (draft) \\ end' };
    const { rendered } = renderEdited((p) => {
      p.systemOrganization!.diagrams = [diagram, { src: 'assets/second.svg', alt: 'Second' }];
    });
    const markdown = partOf(rendered, 'system-organization');
    const images = blocksOf(markdown)
      .filter((t): t is Tokens.Paragraph => t.type === 'paragraph')
      .filter((p) => p.tokens.length === 1 && p.tokens[0].type === 'image')
      .map((p) => p.tokens[0] as Tokens.Image);
    expect(images.map((i) => [i.href, inlineText(i.tokens), i.title ?? null])).toEqual([
      [diagram.src, diagram.alt, diagram.caption],
      ['assets/second.svg', 'Second', null],
    ]);
    expect(imageSources(markdown)).toEqual([diagram.src, 'assets/second.svg']);
  });
});

describe('CA-PMF templates leave out what a plan does not have', () => {
  it('omits intros, diagrams, empty layer tables, sensitive data and the go-live date; fills N/A and None', () => {
    const { rendered } = renderEdited((p) => {
      for (const key of ['planningAssumptions', 'constraints', 'glossary', 'pointsOfContact', 'majorTasks', 'implementationSchedule', 'hardware', 'software', 'facilities', 'documentation', 'personnel', 'knownIssues', 'sites', 'risksAndContingencies', 'systemAcceptance', 'systemOrganization'] as const) {
        delete (p[key] as { intro?: string }).intro;
      }
      p.systemOrganization!.diagrams = [];
      p.systemOrganization!.layers = [{ ...p.systemOrganization!.layers[2], hardware: [], cloudServices: [], software: [] }];
      p.implementationSecurity!.sensitiveData = [];
      p.sites!.sites = [{ ...p.sites!.sites[0], goLive: undefined, visits: [] }];
      p.hardware!.components[0].maintenance = undefined;
      p.hardware!.components[0].licenses = [];
    });
    for (const template of ['planning-assumptions', 'constraints', 'glossary', 'points-of-contact', 'major-tasks', 'implementation-schedule', 'hardware', 'software', 'facilities', 'documentation', 'personnel', 'known-issues', 'risks-and-contingencies'] as const) {
      expect(blocksOf(partOf(rendered, template)).map((t) => t.type), template).toEqual(['table']);
    }
    expect(blocksOf(partOf(rendered, 'system-organization')).map((t) => t.type)).toEqual(['paragraph', 'table', 'heading', 'paragraph']);
    expect(partOf(rendered, 'implementation-security')).toBe(plan.implementationSecurity!.text.trim());
    const site = partOf(rendered, 'sites');
    expect(site).not.toMatch(/Go-live|Preliminary site visits/);
    expect(tablesOf(site)).toEqual([]);
    expect(rowsOf(tableOf('hardware', rendered))[0].slice(5)).toEqual(['None', '', '', '', 'None']);
  });

  it('says so when there are no known issues', () => {
    const { rendered } = renderEdited((p) => {
      p.knownIssues!.issues = [];
    });
    const markdown = partOf(rendered, 'known-issues');
    expect(tablesOf(markdown)).toEqual([]);
    expect(markdown).toMatch(/no known issues/);
  });

  it('shows a key staff role as "Name – Role" and any other reference as written', () => {
    const withContacts = renderEdited((p) => {
      p.majorTasks!.tasks[0].keyStaff = ['Technical Lead', 'Ana Núñez (Project Manager)', 'Helen Park'];
    });
    expect(rowsOf(tableOf('major-tasks', withContacts.rendered))[0][2]).toBe(
      '• Priya Raman – Technical Lead\n• Ana Núñez (Project Manager)\n• Helen Park – Quality Assurance Manager',
    );
    const withoutContacts = renderEdited((p) => {
      delete p.pointsOfContact;
      p.majorTasks!.tasks[0].keyStaff = ['Technical Lead', 'Helen Park'];
    });
    expect(rowsOf(tableOf('major-tasks', withoutContacts.rendered))[0][2]).toBe('• Technical Lead\n• Helen Park');
  });
});
