import { describe, expect, it } from 'vitest';
import { readText } from '../../src/import/readText';

describe('plain text reader', () => {
  it('reads Markdown-shaped text (ATX headings, pipe tables) as Markdown', () => {
    const blocks = readText('# Plan\n\n## Budget\n\n| A | B |\n|---|---|\n| 1 | 2 |\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Plan' },
      { kind: 'heading', level: 2, text: 'Budget' },
      { kind: 'table', header: ['A', 'B'], rows: [['1', '2']] },
    ]);
  });

  it('takes numbered lines and known section titles (with Word bookmarks) as headings', () => {
    const blocks = readText('[bookmark: _Toc1]Planning Assumptions\n2.3 Implementation Schedule\nSome text about it.\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Planning Assumptions' },
      { kind: 'heading', level: 2, text: 'Implementation Schedule' },
      { kind: 'paragraph', text: 'Some text about it.' },
    ]);
  });

  it('reads tab-led cells as a table: a row per blank-line group, continuation lines in the same cell, empty rows dropped', () => {
    const text = 'Example:\n\tTask\n\tResources\n\n\tTraining\n\tCurriculum\nSessions\n\n\t\n\t\n\nAfter.\n';
    expect(readText(text)).toEqual([
      { kind: 'paragraph', text: 'Example:' },
      { kind: 'table', header: ['Task', 'Resources'], rows: [['Training', 'Curriculum\nSessions']] },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('reads "·" and "•" lines as list items', () => {
    expect(readText('· title page\n• headers\n')).toEqual([
      { kind: 'list', ordered: false, items: [{ text: 'title page', children: [] }, { text: 'headers', children: [] }] },
    ]);
  });
});

describe('import of hostile text', () => {
  it('sets no prototype from a "__proto__" RACI role, and keeps a "constructor" work package label as text', async () => {
    const { importBlocks } = await import('../../src/import');
    const options = { date: '2026-12-07', weekOne: '2027-01-04', source: 'x.txt' };
    const raciText = 'RACI Matrix\n\tActivity\n\t__proto__\n\tLead\n\n\tBuild\n\tR\n\tA\n';
    const raci = importBlocks(readText(raciText), options).files.find((f) => f.file === 'raci.yaml')!.data as { activities: { assignments: Record<string, string> }[] };
    expect(Object.getPrototypeOf(raci.activities[0].assignments)).toBe(Object.prototype);
    expect(raci.activities[0].assignments.Lead).toBe('A');
    expect(({} as Record<string, unknown>).R).toBeUndefined();
    const wbs = '## Work Breakdown Structure\n\n### Phase 1: Setup\n\n**Duration**: Week 1 - Week 2\n\n1. **WP 1.1**: Plan\n   - **constructor**: x\n';
    const phases = importBlocks(readText(wbs), options).files.find((f) => f.file === 'phases.yaml')!;
    expect(phases.data.intro).toContain('WP1.1: **constructor**: x');
  });
});
