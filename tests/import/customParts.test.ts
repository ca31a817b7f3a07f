import { describe, expect, it } from 'vitest';
import { importBlocks } from '../../src/import';
import { readMarkdown } from '../../src/import/readMarkdown';

const options = { date: '2026-12-07', weekOne: '2027-01-04', source: 'plan.md' };
const imported = (markdown: string) => importBlocks(readMarkdown(markdown), options).files;
const dataOf = (markdown: string, file: string) => imported(markdown).find((f) => f.file === file)?.data;

describe('shapes of plansmith documents read back into fields', () => {
  it('reads a title page: logo, system and release, department, division, project, classification', () => {
    const plan = dataOf(
      [
        '# Implementation Management Plan',
        '![Agency logo](assets/image-1.png)', '', 'Insight Platform Release 2.1', '', 'Department of Outreach', '', 'Marketing Division', '',
        'Modernization Project', '', '**Version 1.0**', '', 'December 18, 2026', '', '**Internal Use Only**', '', 'Prepared by: Ana Núñez', '',
        'Table of Contents', '', 'Introduction\t5', '', '# Introduction', '', 'Text.',
      ].join('\n'),
      'plan.yaml',
    );
    expect(plan).toMatchObject({
      title: 'Implementation Management Plan',
      logo: { src: 'assets/image-1.png', alt: 'Agency logo' },
      system: { name: 'Insight Platform', version: '2.1' },
      department: 'Department of Outreach',
      division: 'Marketing Division',
      project: 'Modernization Project',
      classification: 'Internal Use Only',
      preparedBy: 'Ana Núñez',
    });
  });

  it('reads each site from its "Name (ID)" heading, its labelled lines, visits table, preparation and readiness', () => {
    const sites = dataOf(
      [
        '# Implementation Requirements by Site', '', 'Two sites.', '', '## 4.1 Fresno Regional Office (FRE)', '',
        '**Address:** 2550 Mariposa Street', '', '**Contact point:** Jorge Morales – Site Representative, 916-555-0113', '',
        '**Go-live date:** March 17, 2027, at the end of task T15', '', '**Preliminary site visits**', '',
        '| Date | Purpose |', '|---|---|', '| January 13, 2027 | Survey |', '', '**Site preparation specification**', '',
        '- Circuit upgraded to **200 Mbps**', '- Storage room', '', '**Site readiness verification**', '', 'Checklist signed.',
      ].join('\n'),
      'sites.yaml',
    );
    expect(sites).toEqual({
      intro: 'Two sites.',
      sites: [
        {
          id: 'FRE', name: 'Fresno Regional Office', address: '2550 Mariposa Street', contact: { person: 'Jorge Morales', phone: '916-555-0113' },
          goLive: '2027-03-17', goLiveTask: 'T15', visits: [{ date: '2027-01-13', purpose: 'Survey' }],
          preparation: '- Circuit upgraded to **200 Mbps**\n- Storage room', readiness: 'Checklist signed.',
        },
      ],
    });
  });

  it('reads a system organization: diagrams, the functions table, each layer\'s description and tables', () => {
    const organization = dataOf(
      [
        '# System Organization', '', '![Layers](assets/image-2.png "The layers")', '', 'The high-level functions of each layer are shown in the table below.', '',
        '| Data Layer Functions |', '|---|', '| Storage |', '', '## Data Layer', '', 'Holds the data.', '', '**Data Layer Cloud Services**', '',
        '| Cloud Provider | Service Type | Description |', '|---|---|---|', '| Azure | Platform as a Service (PaaS) | SQL Database |',
      ].join('\n'),
      'system-organization.yaml',
    );
    expect(organization).toEqual({
      diagrams: [{ src: 'assets/image-2.png', alt: 'Layers', caption: 'The layers' }],
      layers: [{ name: 'Data Layer', functions: ['Storage'], description: 'Holds the data.', cloudServices: [{ provider: 'Azure', serviceType: 'PaaS', description: 'SQL Database' }] }],
    });
  });

  it('leaves out the Gantt chart plansmith draws, its critical paths line and its computed table', () => {
    const files = imported(
      [
        '# Implementation Schedule', '', 'Intro.', '', '![Gantt chart of 2 tasks](assets/image-3.png "Gantt chart: Implementation Schedule")', '',
        'Critical paths (1): T01 → T02. Computed end: January 15, 2027.', '',
        '| Task ID | Task | Planned Start Date | Planned Finish Date | Dependency |', '|---|---|---|---|---|',
        '| T01 | Plan | January 4, 2027 | January 8, 2027 | |', '| T02 | Build | January 11, 2027 | January 15, 2027 | T01 |',
      ].join('\n'),
    );
    const schedule = files.find((f) => f.file === 'implementation-schedule.yaml')!;
    expect(schedule.data.intro).toBe('Intro.');
    expect(schedule.draft?.notes).toContain('"Gantt chart: Implementation Schedule" is drawn by plansmith from the schedule: not imported');
  });
});

describe('a critical path line of the plan\'s own words', () => {
  it('is kept: only the note plansmith writes under a chart, with its computed end, is left out', () => {
    const intro = dataOf(['# Implementation Schedule', '', 'Critical path: design, then build.', '', '| Task ID | Task | Duration |', '|---|---|---|', '| T1 | Plan | 1 week |'].join('\n'), 'implementation-schedule.yaml')?.intro;
    expect(intro).toBe('Critical path: design, then build.');
  });
});

describe('names a writer ran together in one cell', () => {
  it('are parted where each part is a listed person, and the report says so', () => {
    const files = imported(
      [
        '# Points of Contact', '', '| Project Role | Name | Organization | Email | Phone |', '|---|---|---|---|---|',
        '| Site Lead | Jorge Morales | DCO | jorge@dco.example.gov | 916-555-0113 |', '| Site Lead | Denise Washington | DCO | denise@dco.example.gov | 916-555-0114 |', '',
        '# Personnel', '', '| Staffing Type | Skills | Security Clearance | Number Needed | Period | Assigned |', '|---|---|---|---|---|---|',
        '| Site support | Networks | No | 1 | January 11, 2027 to March 19, 2027 | Jorge MoralesDenise Washington |',
      ].join('\n'),
    );
    const personnel = files.find((f) => f.file === 'personnel.yaml')!;
    expect((personnel.data.staffing as Record<string, unknown>[])[0].assigned).toEqual(['Jorge Morales', 'Denise Washington']);
    expect(personnel.decisions.map((d) => d.message)).toContain('"Jorge MoralesDenise Washington" read as "Jorge Morales" and "Denise Washington"');
    expect((files.find((f) => f.file === 'points-of-contact.yaml')!.data.contacts as unknown[]).length).toBe(2);
  });
});
