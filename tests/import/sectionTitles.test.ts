import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionList } from '../../src/content/sections';
import { normalizeTitle, sectionForHeading } from '../../src/import/sectionTitles';

interface Entry {
  heading: string;
  section?: string;
  children?: Entry[];
}

const layout = parse(readFileSync(new URL('../../templates/layout.yaml', import.meta.url), 'utf8')) as { sections: Entry[] };
const entries = (list: Entry[]): Entry[] => list.flatMap((e) => [e, ...entries(e.children ?? [])]);

describe('headings to sections', () => {
  it('knows every section by its own title', () => {
    for (const section of sectionList) expect(sectionForHeading(section.title), section.title).toBe(section.id);
  });

  it("knows every heading of plansmith's built-in layout, so its own documents import", () => {
    for (const entry of entries(layout.sections).filter((e) => e.section)) expect(sectionForHeading(entry.heading), entry.heading).toBe(entry.section);
  });

  it('reads numbering, Word bookmarks, roadmap wording and close spellings, and nothing else', () => {
    expect(sectionForHeading('2.3 Implementation Schedule')).toBe('implementationSchedule');
    expect(sectionForHeading('[bookmark: _Toc1]Points of Contact')).toBe('pointsOfContact');
    expect(sectionForHeading('Work Breakdown Structure (WBS)')).toBe('phases');
    expect(sectionForHeading('Risk Management Integration')).toBe('riskMitigation');
    expect(sectionForHeading('Point of Contacts')).toBe('pointsOfContact');
    expect(sectionForHeading('Implementation Principles')).toBeUndefined();
    expect(sectionForHeading('Critical Path Analysis')).toBeUndefined();
    expect(normalizeTitle('7.2.1 Phases & Work Packages')).toBe('phases and work packages');
  });
});
