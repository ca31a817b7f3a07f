import { describe, expect, it } from 'vitest';
import { abbreviationsIn, definedAbbreviations, idMask, isDefined } from '../../src/checks/glossary';
import { checkFiles, rows } from '../fixtures/planFiles';

const GLOSSARY = `terms:
  - term: Insight Analytics Platform (IAP)
    definition: The system this plan implements.
  - term: ETL
    definition: Extract, transform and load.
  - term: CA-PMF
    definition: California Project Management Framework.
  - term: UAT
    definition: User acceptance testing.
`;

describe('glossary terms', () => {
  it('reports a term defined twice, ignoring case', () => {
    const result = checkFiles({ 'glossary.yaml': `${GLOSSARY}  - term: etl\n    definition: Again.\n` });
    expect(rows(result, 'duplicate-term')).toEqual([
      ['glossary.yaml', 10, 11, 'glossary term "etl" is already defined as "ETL" (item 2 of the list)'],
    ]);
  });

  it('passes distinct terms', () => {
    expect(rows(checkFiles({ 'glossary.yaml': GLOSSARY }), 'duplicate-term')).toEqual([]);
  });
});

describe('abbreviations used in prose', () => {
  const files = {
    'glossary.yaml': GLOSSARY,
    'introduction.yaml': `text: >-
  The IAP replaces the old reports. ETL jobs load
  data nightly; KPI dashboards follow in phase II
  after two UATs, per CA-PMF. The KPI targets, the \`SELECT\` code, work package WP2.1,
  ticket INC-204, [the guide](https://example.org/ABC) and the 5 PM call need no entry.
`,
    'system-overview.md': 'The platform serves the division.\n\nReports use the CRM extract and the KPI list.\n',
  };

  it('warns once per undefined abbreviation, at its first use, inside folded YAML and Markdown bodies', () => {
    const result = checkFiles(files);
    expect(rows(result, 'undefined-abbreviation')).toEqual([
      ['introduction.yaml', 3, 17, 'abbreviation "KPI" is not defined in the Glossary'],
      ['system-overview.md', 3, 17, 'abbreviation "CRM" is not defined in the Glossary'],
    ]);
    const kpi = result.diagnostics.find((d) => d.code === 'undefined-abbreviation');
    expect(kpi).toMatchObject({ severity: 'warning', path: ['text'], hint: 'add "KPI" to glossary.yaml, or write it out (used 3 times in prose)' });
  });

  it('leaves plans without a glossary alone', () => {
    const { 'glossary.yaml': _, ...withoutGlossary } = files;
    expect(rows(checkFiles(withoutGlossary), 'undefined-abbreviation')).toEqual([]);
  });

  it('does not treat ids of the plan as abbreviations', () => {
    const result = checkFiles({
      'glossary.yaml': GLOSSARY,
      'sites.yaml': `sites:
  - { id: SAC-HQ, name: Sacramento, address: a, contact: { person: Ana Núñez, phone: 916-555-0101 }, preparation: p, readiness: r }
  - { id: FRE, name: Fresno, address: a, contact: { person: Ana Núñez, phone: 916-555-0101 }, preparation: Visit SAC-HQ first. FRE goes second., readiness: r }
`,
    });
    expect(rows(result, 'undefined-abbreviation')).toEqual([]);
  });

  it('leaves template placeholders to the placeholder check, which reports each once', () => {
    const result = checkFiles({
      'glossary.yaml': GLOSSARY,
      'introduction.yaml': 'text: Training starts XX/XX/XXXX on Model XXXX; the KPI owner is TBD.\n',
    });
    expect(rows(result, 'undefined-abbreviation')).toEqual([
      ['introduction.yaml', 1, 53, 'abbreviation "KPI" is not defined in the Glossary'],
    ]);
    expect(rows(result, 'placeholder')).toEqual([
      ['introduction.yaml', 1, 23, 'leftover template text (date placeholder): "XX/XX/XXXX"'],
      ['introduction.yaml', 1, 37, 'leftover template text (number placeholder): "Model XXXX"'],
      ['introduction.yaml', 1, 66, 'leftover template text (unfinished text): "TBD"'],
    ]);
  });
});

describe('abbreviationsIn', () => {
  it('finds words of two or more capitals, with digits, "&", a plural s or hyphenated parts', () => {
    expect(abbreviationsIn('The IAP, SQL2, B2B and IV&V teams ran UATs on the CA-PMF plan; UAT-ready. A US I.').map((a) => a.abbreviation)).toEqual([
      'IAP', 'SQL2', 'B2B', 'IV&V', 'UATs', 'CA-PMF', 'UAT', 'US',
    ]);
    expect(abbreviationsIn('see ETL')).toEqual([{ abbreviation: 'ETL', offset: 4 }]);
  });

  it('skips code, link targets, addresses, codes such as FRE-FW-01 and the given ids', () => {
    expect(abbreviationsIn('`SQL` [x](https://a.org/ABC) <https://b.org/DEF> GHI@dco.example.gov FRE-FW-01 WP2.1 SAC-HQ', idMask(['SAC-HQ']))).toEqual([]);
  });

  it('skips template placeholders, keeping the offsets of the words after them', () => {
    expect(abbreviationsIn('By XX/XX/XXXX, [Insert KPI list], TBD, the ETL')).toEqual([{ abbreviation: 'ETL', offset: 43 }]);
  });
});

describe('idMask', () => {
  const maskIds = idMask(['WP1', 'SAC-HQ', 'R&D 1']);

  it('blanks whole ids only, keeping every offset', () => {
    expect(maskIds('WP1 and SAC-HQ; see WP1.')).toBe('    and       ; see    .');
    expect(maskIds('WP1.1 WP10 XWP1 WP1-a SAC-HQs')).toBe('WP1.1 WP10 XWP1 WP1-a SAC-HQs');
  });

  it('also finds ids written with other characters', () => {
    expect(maskIds('the R&D 1 lab')).toBe('the       lab');
  });
});

describe('isDefined', () => {
  const defined = definedAbbreviations(['Insight Analytics Platform (IAP)', 'ETL', 'SQL']);

  it('knows terms, abbreviations inside terms and their plurals', () => {
    expect(['IAP', 'ETL', 'ETLs', 'SQL'].every((a) => isDefined(a, defined))).toBe(true);
    expect(isDefined('KPI', defined)).toBe(false);
  });

  it('knows a hyphenated compound whose parts are all defined', () => {
    expect(isDefined('ETL-SQL', defined)).toBe(true);
    expect(isDefined('ETL-KPI', defined)).toBe(false);
  });

  it('ignores roman numerals up to XXXIX and a tiny list of universal abbreviations', () => {
    expect(['II', 'IV', 'IX', 'XII', 'XXXIX', 'AM', 'PM', 'US', 'OK', 'LLC'].every((a) => isDefined(a, defined))).toBe(true);
    expect(['CD', 'DC', 'MD', 'XL'].some((a) => isDefined(a, defined))).toBe(false);
  });
});
