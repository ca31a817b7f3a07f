import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { abbreviationsIn, TEMPLATE_ABBREVIATIONS } from '../../src/checks/glossary';
import { sectionList } from '../../src/content/sections';
import { checkFiles, rows } from '../fixtures/planFiles';

const TEMPLATES = join(import.meta.dirname, '../../templates');

/** Abbreviations in a template's own text, outside every {{...}}. */
const templateText = (file: string) => readFileSync(join(TEMPLATES, 'sections', file), 'utf8').replace(/\{\{[\s\S]*?\}\}/g, ' ');
const abbreviations = (text: string) => abbreviationsIn(text).map((a) => a.abbreviation);

describe('abbreviations the built-in templates add', () => {
  it('are listed for every section whose template or layout heading writes one', () => {
    const layout = parse(readFileSync(join(TEMPLATES, 'layout.yaml'), 'utf8')) as { sections: unknown[] };
    const headings = new Map<string, string[]>();
    const walk = (entries: unknown[]) => {
      for (const entry of entries as { heading?: string; section?: string; children?: unknown[] }[]) {
        // "Responsibility and Accountability (RACI)": an abbreviation in brackets after its words is introduced in place.
        if (entry.section && entry.heading) headings.set(entry.section, abbreviations(entry.heading.replace(/\s\([A-Z]+\)/g, '')));
        if (entry.children) walk(entry.children);
      }
    };
    walk(layout.sections);
    const files = new Set(readdirSync(join(TEMPLATES, 'sections')));
    const found = Object.fromEntries(
      sectionList
        .map((s) => [s.id, [...new Set([...(files.has(`${s.file}.hbs`) ? abbreviations(templateText(`${s.file}.hbs`)) : []), ...(headings.get(s.id) ?? [])])]] as const)
        .filter(([, list]) => list.length > 0),
    );
    expect(Object.fromEntries(Object.entries(TEMPLATE_ABBREVIATIONS).map(([id, list]) => [id, [...list!].sort()]))).toEqual(
      Object.fromEntries(Object.entries(found).map(([id, list]) => [id, [...list].sort()])),
    );
  });

  it('are reported when the plan has the section and its glossary does not define them', () => {
    const result = checkFiles({
      'glossary.yaml': 'terms:\n  - { term: ID, definition: Identifier }\n',
      'staffing.yaml': `phases: [P1]
roles: [{ role: Lead, fte: { P1: 1 } }]
onboarding: { recruitmentTimeline: None., trainingRequirements: None., knowledgeTransfer: None. }
`,
    });
    expect(rows(result, 'undefined-abbreviation')).toEqual([
      ['glossary.yaml', 2, 3, 'abbreviation "FTE" is written by the document\'s Human Resource Plan section, but is not defined in the Glossary'],
    ]);
  });

});

describe('model numbers', () => {
  it('are not taken for abbreviations to define, while SQL2 and B2B still are', () => {
    const result = checkFiles({
      'glossary.yaml': 'terms:\n  - { term: ID, definition: Identifier }\n',
      'introduction.yaml': 'text: Zebra ZD421 printers, Lexmark MX85 and a Dell R660 replace the old ones; SQL2 and B2B are abbreviations.\n',
    });
    expect(rows(result, 'undefined-abbreviation').map((r) => r[3])).toEqual([
      'abbreviation "SQL2" is not defined in the Glossary',
      'abbreviation "B2B" is not defined in the Glossary',
    ]);
  });
});
