import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/checks/versionHistory';
import { checkFiles, rows } from '../fixtures/planFiles';

const meta = (versions: string) => ({
  'plan.yaml': `title: Implementation Management Plan
system: { name: Insight Analytics Platform }
department: Department of Consumer Outreach
project: Insight Analytics Modernization Project
preparedBy: Ana Núñez
versions:
${versions}`,
});

describe('version history', () => {
  it('reports a version that does not increase and a date earlier than the one before', () => {
    const result = checkFiles(meta(`  - { version: "1.0", date: 2026-12-18, author: Ana Núñez, summary: Approved }
  - { version: "0.9", date: 2026-12-20, author: Ana Núñez, summary: Oops }
  - { version: "1.1", date: 2026-12-19, author: Ana Núñez, summary: Fix }
`));
    expect(rows(result, 'version-order')).toEqual([
      ['plan.yaml', 8, 16, 'version "0.9" does not follow "1.0": versions must strictly increase'],
    ]);
    expect(rows(result, 'version-date-order')).toEqual([
      ['plan.yaml', 9, 29, 'version "1.1" is dated 2026-12-19, before version "0.9" (2026-12-20)'],
    ]);
  });

  it('passes increasing versions, comparing numbers rather than text', () => {
    const result = checkFiles(meta(`  - { version: "1.9", date: 2026-12-01, author: Ana Núñez, summary: Draft }
  - { version: "1.10", date: 2026-12-01, author: Ana Núñez, summary: Same day }
`));
    expect([...rows(result, 'version-order'), ...rows(result, 'version-date-order')]).toEqual([]);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
  });
});
