/**
 * DOCX import with real writers of Word files: plansmith's own DOCX of the example plan (read back with mammoth),
 * and a DOCX that pandoc writes from Markdown. Both are read by the import as any team's Word file would be.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/import';
import { checkPlan } from '../../../src/pipeline/check';
import { buildExample, onPath, run } from '../readers';
import { sectionTexts } from './sectionTexts';

const EXAMPLE = new URL('../../../content/', import.meta.url).pathname;
const ROADMAP = new URL('../../fixtures/seeds/roadmap-plan.txt', import.meta.url).pathname;
const options = { date: '2026-12-07', weekOne: '2027-01-04' };

/**
 * Sections of the example whose text, rebuilt from the imported folder, equals the original's: 67 of the 86
 * headings with text. The others come back with every section file present and `check` passing, but differ:
 * the title page lines and the calendar (holidays), computed schedules and Gantt charts, the system organization layers,
 * per-site requirements and maintenance contacts (see the README's import section).
 */
const ROUND_TRIP_SECTIONS = [
  'Version History', 'Introduction', 'Planning Assumptions', 'Constraints', 'System Overview', 'Glossary',
  'Management Overview', 'Major Tasks', 'Implementation Security', 'Implementation Support',
  'Hardware, Software, Facilities, and Materials', 'Facilities', 'Materials', 'Documentation', 'Personnel',
  'System Acceptance', 'Acceptance Criteria', 'Acceptance Process', 'Discrepancies', 'Strategic Approach',
  'Implementation Principles', 'P1: Preparation and Setup', 'P2: Core Implementation', 'P3: Integration and Testing',
  'P4: Deployment and Closure', 'Major Milestones', 'Phase Gate Reviews', 'Steering Committee',
  'Project Management Office', 'Technical Review Board', 'Decision Categories', 'Escalation Process',
  'Approval Authorities', 'Key Personnel Requirements', 'Resource Onboarding Plan', 'Budget and Financial Planning',
  'Budget Allocation by Phase', 'Cash Flow Planning', 'Infrastructure Timeline',
  'Responsibility and Accountability (RACI)', 'Project Manager', 'Technical Lead', 'Business Lead',
  'Reporting Structure', 'Meetings', 'Escalation Procedure', 'High-Priority Risks', 'R1: Resource availability',
  'R2: Scope creep', 'R3: Technical challenges in integration', 'Loss of a key resource', 'Budget reduction',
  'System integration failure', 'Risk Response Procedures', 'Quality Standards', 'Quality Control Checkpoints',
  'Review Procedures', 'Approval Authority', 'Key Performance Indicators', 'Implementation Success Criteria',
  'Change Request Procedure', 'Adaptation Mechanisms', 'Organizational Readiness', 'Technical Readiness',
  'Process Readiness', 'Immediate Actions', 'Handover to the Implementation Team',
];

describe('import of the DOCX plansmith builds from the example plan', () => {
  let tmp = '';
  let docx = '';
  let built = '';

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'plansmith-import-docx-'));
    const example = await buildExample('docx');
    built = example.dir;
    docx = example.path;
    await importPlan(docx, join(tmp, 'plan'), options);
  }, 180_000);

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
    if (built) await rm(built, { recursive: true, force: true });
  });

  it('gives every section file of the example, and check finds no error', async () => {
    const original = (await readdir(EXAMPLE)).filter((f) => /\.(ya?ml|md)$/.test(f) && f !== 'README.md').map((f) => f.replace(/\.(ya?ml|md)$/, ''));
    const imported = (await readdir(join(tmp, 'plan'))).map((f) => f.replace(/\.(ya?ml|md)$/, ''));
    for (const file of original) expect(imported).toContain(file);
    const check = await checkPlan(join(tmp, 'plan'));
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('rebuilds these sections with the text of the original, section by section', async () => {
    const [original, rebuilt] = await Promise.all([sectionTexts(EXAMPLE), sectionTexts(join(tmp, 'plan'))]);
    for (const heading of ROUND_TRIP_SECTIONS) {
      expect(original.get(heading), heading).toBeTruthy();
      expect(rebuilt.get(heading), heading).toBe(original.get(heading));
    }
  }, 120_000);
});

describe.skipIf(!onPath('pandoc'))('import of a DOCX pandoc writes from Markdown', () => {
  let tmp = '';

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'plansmith-import-pandoc-'));
    await run('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', join(tmp, 'roadmap.docx'), ROADMAP], { timeout: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('reads headings, lists and tables as the text import does: the same inconsistencies are found', async () => {
    await importPlan(join(tmp, 'roadmap.docx'), join(tmp, 'from-docx'), options);
    await importPlan(ROADMAP, join(tmp, 'from-text'), options);
    const found = async (dir: string) =>
      (await checkPlan(dir)).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}: ${d.message}`).sort();
    const [fromDocx, fromText] = await Promise.all([found(join(tmp, 'from-docx')), found(join(tmp, 'from-text'))]);
    expect(fromDocx).toContain('budget.yaml total-mismatch: the grand total is 450,000 USD, but the amounts add up to 455,000 USD');
    expect(fromDocx).toEqual(fromText);
  }, 120_000);
});
