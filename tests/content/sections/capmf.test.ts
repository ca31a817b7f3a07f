import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanFiles, type PlanFile } from '../../../src/content/load';
import { capmfSections } from '../../../src/content/sections/capmf';

const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

/** The example plan exactly as the CLI reads it: the top-level section files of content/. */
const exampleFiles: PlanFile[] = readdirSync(CONTENT_DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ya?ml|md)$/.test(entry.name))
  .map((entry) => ({ name: entry.name, bytes: readFileSync(join(CONTENT_DIR, entry.name)) }));
const example = parsePlanFiles(exampleFiles);

const encode = (text: string) => new TextEncoder().encode(text);
const META = `title: Implementation Management Plan
system: { name: Insight Analytics Platform (IAP) }
department: Department of Consumer Outreach
project: Insight Analytics Modernization Project
preparedBy: Ana Núñez
versions:
  - { version: "1.0", date: 2026-12-18, author: Ana Núñez, summary: Approved baseline }
`;

/** Diagnostics of one section file checked next to a valid plan.yaml, reduced to what a reader sees. */
function diagnose(name: string, text: string) {
  const { diagnostics } = parsePlanFiles([
    { name: 'plan.yaml', bytes: encode(META) },
    { name, bytes: encode(text) },
  ]);
  return diagnostics.map(({ file, line, col, code, message, hint }) => ({ file, line, col, code, message, hint }));
}

describe('CA-PMF example plan (content/)', () => {
  it('has a valid plan.yaml', () => {
    expect(example.diagnostics.filter((d) => d.file === 'plan.yaml')).toEqual([]);
    expect(example.plan?.meta.versions.map((v) => v.version)).toEqual(['0.1', '0.2', '1.0']);
  });

  it.each(Object.values(capmfSections).map((section) => [section.id, section] as const))(
    '%s: the example file exists and validates',
    (id, section) => {
      const files = exampleFiles.filter((f) => f.name.replace(/\.(ya?ml|md)$/, '') === section.file);
      expect(files).toHaveLength(1);
      expect(example.diagnostics.filter((d) => d.file === files[0].name)).toEqual([]);
      expect(example.plan?.[id as keyof typeof capmfSections]).toBeDefined();
    },
  );

  it('lists the 15 points of contact, the 16 tasks in both task sections and the 3 sites', () => {
    const plan = example.plan!;
    expect(plan.pointsOfContact?.contacts).toHaveLength(15);
    const ids = Array.from({ length: 16 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`);
    expect(plan.majorTasks?.tasks.map((t) => t.id)).toEqual(ids);
    expect(plan.implementationSchedule?.tasks.map((t) => t.id)).toEqual(ids);
    expect(plan.sites?.sites.map((s) => s.id)).toEqual(['SAC-HQ', 'FRE', 'LAX']);
  });

  it('reads a Markdown section body and its front matter', () => {
    const security = example.plan!.implementationSecurity!;
    expect(security.text).toMatch(/^The IAP collects and stores personally identifiable information/);
    expect(security.sensitiveData.map((d) => d.kind)).toEqual(['PII', 'Confidential']);
    expect(example.plan!.systemOverview?.text).toMatch(/^This plan supports the implementation of \*\*release 1\.0\*\*/);
  });

  it('accepts site preparation both as a list and as Markdown prose', () => {
    const [sacramento, fresno] = example.plan!.sites!.sites;
    expect(Array.isArray(sacramento.preparation)).toBe(true);
    expect(typeof fresno.preparation).toBe('string');
  });
});

describe('constraints: the triple constraint', () => {
  it('names every missing part of the triple constraint', () => {
    expect(diagnose('constraints.yaml', 'constraints:\n  - constraint: Time\n    description: Live by March 26, 2027.\n')).toEqual([
      {
        file: 'constraints.yaml',
        line: 2,
        col: 3,
        code: 'triple-constraint',
        message: 'constraints: the triple constraint is incomplete: add rows for Cost and Scope',
        hint: undefined,
      },
    ]);
  });

  it('matches the constraint names regardless of case and names a single missing one', () => {
    const text = 'constraints:\n  - constraint: time\n    description: a\n  - constraint: COST\n    description: b\n';
    expect(diagnose('constraints.yaml', text)).toEqual([
      expect.objectContaining({ line: 2, col: 3, message: 'constraints: the triple constraint is incomplete: add a row for Scope' }),
    ]);
  });

  it('is satisfied by Time, Cost and Scope', () => {
    const text = 'constraints:\n  - { constraint: Time, description: a }\n  - { constraint: Cost, description: b }\n  - { constraint: Scope, description: c }\n';
    expect(diagnose('constraints.yaml', text)).toEqual([]);
  });
});

describe('enumerations', () => {
  it('rejects a software origin outside COTS, custom and legacy, suggesting the closest', () => {
    const text = `components:
  - name: Azure Data Factory
    type: ETL service
    version: V2
    origin: COTs
    location: Azure
    owner: Technical Lead
`;
    expect(diagnose('software.yaml', text)).toEqual([
      {
        file: 'software.yaml',
        line: 5,
        col: 13,
        code: 'invalid-value',
        message: 'components[0].origin: "COTs" is not one of COTS, custom, legacy',
        hint: 'did you mean "COTS"?',
      },
    ]);
  });

  it('rejects a cloud service type outside IaaS, PaaS and SaaS', () => {
    const text = `layers:
  - name: Presentation Layer
    description: Dashboards.
    functions: [Dashboards]
    cloudServices:
      - { provider: Microsoft, serviceType: Saas, description: Power BI }
`;
    expect(diagnose('system-organization.yaml', text)).toEqual([
      {
        file: 'system-organization.yaml',
        line: 6,
        col: 45,
        code: 'invalid-value',
        message: 'layers[0].cloudServices[0].serviceType: "Saas" is not one of IaaS, PaaS, SaaS',
        hint: 'did you mean "SaaS"?',
      },
    ]);
  });

  it('rejects an issue status outside the list', () => {
    const text = `issues:
  - id: ISS-001
    description: Missing channel codes.
    impact: Undercounted channels.
    owner: Kevin O'Brien
    status: in progress
    resolution: Apply the mapping rules.
`;
    expect(diagnose('known-issues.yaml', text)).toEqual([
      {
        file: 'known-issues.yaml',
        line: 6,
        col: 13,
        code: 'invalid-value',
        message: 'issues[0].status: "in progress" is not one of open, in-progress, deferred, resolved, closed',
        hint: 'did you mean "in-progress"?',
      },
    ]);
  });
});

describe('dates and periods', () => {
  const facility = (period: string) => `facilities:
  - purpose: Training
    size: 20 students
    resources: [22 desks]
    hours: Mon–Fri, 8:00–17:00
    period: ${period}
`;

  it('rejects dates not written YYYY-MM-DD and dates that do not exist', () => {
    expect(diagnose('facilities.yaml', facility('{ from: 01/04/2027, to: 2027-02-30 }'))).toEqual([
      {
        file: 'facilities.yaml',
        line: 6,
        col: 21,
        code: 'invalid-date',
        message: 'facilities[0].period.from: expected a date written YYYY-MM-DD (e.g. 2027-03-15), got "01/04/2027"',
        hint: undefined,
      },
      {
        file: 'facilities.yaml',
        line: 6,
        col: 37,
        code: 'invalid-date',
        message: 'facilities[0].period.to: expected a date written YYYY-MM-DD (e.g. 2027-03-15), got "2027-02-30"',
        hint: undefined,
      },
    ]);
  });

  it('rejects a period that ends before it starts, pointing at its end', () => {
    expect(diagnose('facilities.yaml', facility('{ from: 2027-01-22, to: 2027-01-04 }'))).toEqual([
      {
        file: 'facilities.yaml',
        line: 6,
        col: 37,
        code: 'period-reversed',
        message: 'facilities[0].period.to: ends on 2027-01-04, before it starts (2027-01-22)',
        hint: undefined,
      },
    ]);
  });

  it('accepts a one-day period', () => {
    expect(diagnose('facilities.yaml', facility('{ from: 2027-03-17, to: 2027-03-17 }'))).toEqual([]);
  });
});

describe('emails, phones and yes/no fields', () => {
  it('rejects a malformed contact email', () => {
    const text = `contacts:
  - role: Project Sponsor
    name: Rosa Delgado
    organization: Department of Consumer Outreach
    email: rosa.delgado@
    phones: [{ number: 916-555-0101 }]
`;
    expect(diagnose('points-of-contact.yaml', text)).toEqual([
      {
        file: 'points-of-contact.yaml',
        line: 5,
        col: 12,
        code: 'invalid-email',
        message: 'contacts[0].email: expected an email address such as jane.doe@agency.ca.gov, got "rosa.delgado@"',
        hint: undefined,
      },
    ]);
  });

  it('rejects a site contact phone that is not a number, and site preparation that is neither prose nor a list', () => {
    const text = `sites:
  - id: FRE
    name: Fresno Regional Office
    address: 2550 Mariposa Street, Fresno, CA 93721
    contact: { person: Jorge Morales, phone: "call me" }
    preparation: 42
    readiness: Checklist signed by the site representative.
`;
    expect(diagnose('sites.yaml', text)).toEqual([
      {
        file: 'sites.yaml',
        line: 5,
        col: 46,
        code: 'invalid-regex',
        message: 'sites[0].contact.phone: expected a phone number such as 916-555-0100, got "call me"',
        hint: undefined,
      },
      {
        file: 'sites.yaml',
        line: 6,
        col: 18,
        code: 'invalid-union',
        message: 'sites[0].preparation: expected Markdown text or a list of items',
        hint: undefined,
      },
    ]);
  });

  it('takes the security clearance as true or false, not as "yes"', () => {
    const text = `staffing:
  - staffingType: Trainer
    skills: Classroom delivery
    securityClearance: yes
    fte: 2
    period: { from: 2027-02-08, to: 2027-03-19 }
`;
    expect(diagnose('personnel.yaml', text)).toEqual([
      {
        file: 'personnel.yaml',
        line: 4,
        col: 24,
        code: 'wrong-type',
        message: 'staffing[0].securityClearance: expected a boolean, got "yes"',
        hint: undefined,
      },
    ]);
  });
});

describe('unknown keys', () => {
  it('points at a misspelt key inside a nested maintenance contract and suggests the right one, once', () => {
    const text = `components:
  - name: IAP-IR-01
    type: Server
    model: Dell PowerEdge R660
    location: Sacramento Headquarters data center
    owner: Technical Lead
    maintenance:
      contrct: DELL-PSP-7731-0418
      contact: { name: Marisol Vega, phone: 800-555-0142 }
      coverage: 24x7, 4-hour on-site response
      expires: 2029-12-31
`;
    // One mistake, one error: the missing "contract" is what the suggestion already names.
    expect(diagnose('hardware.yaml', text)).toEqual([
      {
        file: 'hardware.yaml',
        line: 8,
        col: 7,
        code: 'unknown-key',
        message: 'unknown key "contrct" in components[0].maintenance',
        hint: 'did you mean "contract"?',
      },
    ]);
  });

  it('suggests keys inside a refined object (a period)', () => {
    const text = `staffing:
  - staffingType: Trainer
    skills: Classroom delivery
    securityClearance: false
    fte: 2
    period: { form: 2027-02-08, to: 2027-03-19 }
`;
    expect(diagnose('personnel.yaml', text)).toContainEqual({
      file: 'personnel.yaml',
      line: 6,
      col: 15,
      code: 'unknown-key',
      message: 'unknown key "form" in staffing[0].period',
      hint: 'did you mean "from"?',
    });
  });

  it('refuses a structured section written as Markdown', () => {
    expect(diagnose('hardware.md', 'The servers are in the data center.\n')).toEqual([
      {
        file: 'hardware.md',
        line: 1,
        col: 1,
        code: 'markdown-not-allowed',
        message: 'this section is structured data and cannot be written as Markdown',
        hint: 'rename it to hardware.yaml and write it as YAML',
      },
    ]);
  });
});
