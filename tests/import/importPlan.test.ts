import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { capmfSections } from '../../src/content/sections/capmf';
import { importPlan, ImportRefused } from '../../src/import';
import { checkPlan } from '../../src/pipeline/check';
import { scratchDir } from '../fixtures/scratch';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const ROADMAP = new URL('roadmap-plan.txt', SEEDS).pathname;
const TEMPLATE = new URL('capmf-template.txt', SEEDS).pathname;
const options = { date: '2026-12-07', weekOne: '2027-01-04' };

let tmp: string;
beforeEach(async () => {
  tmp = await scratchDir('import');
});

/** Lower-case words and numbers of a text, "50,000" read as 50000, Markdown marks ignored. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The words of every content file and IMPORT.md in the folder. */
async function importedWords(dir: string): Promise<Set<string>> {
  const files = (await readdir(dir)).filter((f) => /\.(ya?ml|md)$/.test(f));
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return words(texts.join('\n'));
}

describe('import of the roadmap plan (seed 000, Markdown-shaped text)', () => {
  it('writes every section of the plan, on which check finds the inconsistencies of a careful hand translation', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(ROADMAP, dir, options);
    const files = await readdir(dir);
    for (const file of [
      'executive-summary.yaml', 'strategy.yaml', 'phases.yaml', 'governance.yaml', 'milestones.yaml', 'staffing.yaml', 'budget.yaml', 'technology.yaml',
      'raci.yaml', 'communication.yaml', 'risk-mitigation.yaml', 'quality.yaml', 'performance.yaml', 'change-control.yaml', 'readiness.yaml', 'next-steps.yaml',
      'plan.yaml', 'IMPORT.md',
    ]) expect(files).toContain(file);

    const check = await checkPlan(dir);
    const errors = check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}: ${d.message}`);
    // Budget totals: the External Services row, the Phase 4 column and the grand total do not add up.
    expect(errors).toContain('budget.yaml total-mismatch: the total of "External Services" is 55,000 USD, but the amounts add up to 45,000 USD');
    expect(errors).toContain('budget.yaml total-mismatch: the total of phase P4 is 35,000 USD, but the amounts add up to 40,000 USD');
    expect(errors).toContain('budget.yaml total-mismatch: the grand total is 450,000 USD, but the amounts add up to 455,000 USD');
    // Phase windows: three weeks per phase, but 2 + 1 + 1 weeks of work packages one after another.
    for (const phase of ['P1', 'P2', 'P3']) expect(errors.some((e) => e.startsWith(`phases.yaml phase-too-short: phase ${phase} has 15 working days`))).toBe(true);
    // Milestone weeks: each milestone falls before the work of its phase can finish.
    for (const m of ['M1', 'M2', 'M3', 'M4']) expect(errors.some((e) => e.startsWith(`milestones.yaml milestone-before-phase-finish: milestone ${m}`))).toBe(true);
    // No error is about the import itself: every field has the schema's type.
    expect(check.diagnostics.filter((d) => d.code === 'schema' || d.code?.startsWith('unknown'))).toEqual([]);
  });

  it('loses no text: every word of the seed is in the content files or IMPORT.md', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(ROADMAP, dir, options);
    const seed = words(await readFile(ROADMAP, 'utf8'));
    const imported = await importedWords(dir);
    expect([...seed].filter((w) => !imported.has(w))).toEqual([]);
  });

  it('turns the document into typed values: week dates as written, amounts from dollars, ids from labels', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(ROADMAP, dir, options);
    const phases = await readFile(join(dir, 'phases.yaml'), 'utf8');
    expect(phases).toMatch(/^# yaml-language-server: \$schema=schemas\/phases\.schema\.json$/m);
    // Week dates stay as the document wrote them: the plan counts them from calendar.start.
    expect(phases).toContain('  - id: P1\n    name: Preparation and Setup\n    start: Week 1\n    finish: Week 3\n');
    expect(await readFile(join(dir, 'milestones.yaml'), 'utf8')).toContain('    targetDate: Week 3\n');
    expect(await readFile(join(dir, 'technology.yaml'), 'utf8')).toContain('    due: Week 3\n');
    expect(phases).toContain('      - id: WP1.2\n        name: Implementation activities\n');
    expect(phases).toContain('        dependsOn:\n          - WP1.1\n');
    const budget = await readFile(join(dir, 'budget.yaml'), 'utf8');
    expect(budget).toContain('currency: USD');
    expect(budget).toMatch(/category: External Services\n {4}amounts:\n {6}P1: 20000\n {6}P2: 10000\n {6}P3: 10000\n {6}P4: 5000\n {4}total: 55000/);
    const report = await readFile(join(dir, 'IMPORT.md'), 'utf8');
    expect(report).toContain('(and week 1, where the document counts weeks) is taken to start on 2027-01-04');
    expect(report).toContain('WP1.1 depends on: Stakeholder engagement. (not a work package or phase: kept as text)');
  });
});

describe('import of the CA-PMF template (seed 001, text saved from Word)', () => {
  it('gives every template section, valid, with the placeholders flagged as init gives them', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(TEMPLATE, dir, options);
    const files = await readdir(dir);
    for (const section of Object.values(capmfSections)) expect(files).toContain(`${section.file}.yaml`);

    const check = await checkPlan(dir);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const placeholders = check.diagnostics.filter((d) => d.code === 'placeholder');
    const flagged = new Set(placeholders.map((d) => d.file));
    for (const file of ['plan.yaml', 'introduction.yaml', 'system-overview.yaml', 'points-of-contact.yaml', 'hardware.yaml', 'software.yaml', 'documentation.yaml', 'sites.yaml']) {
      expect(flagged).toContain(file);
    }
    expect(placeholders.some((d) => d.message.includes('"[System Name]"'))).toBe(true);
    expect((await checkPlan(dir, { strict: true })).ok).toBe(false);
  });

  it('maps the template tables by their column names', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(TEMPLATE, dir, options);
    const schedule = await readFile(join(dir, 'implementation-schedule.yaml'), 'utf8');
    expect(schedule).toContain('  - id: "2"\n    task: Ensure that all prerequisites have been fulfilled before the implementation date\n    duration: 1 week\n    dependsOn:\n      - "1"\n');
    // The template's XX/XX/XXXX dates cannot be dates: the report says so.
    expect(await readFile(join(dir, 'IMPORT.md'), 'utf8')).toContain('task 2: no dates given ("XX/XX/XXXX" to "XX/XX/XXXX")');
    const tasks = await readFile(join(dir, 'major-tasks.yaml'), 'utf8');
    expect(tasks).toContain('    keyStaff:\n      - Name – Project Manager\n      - Name – Quality Manager\n');
    const contacts = await readFile(join(dir, 'points-of-contact.yaml'), 'utf8');
    expect(contacts).toContain('    phones:\n      - label: cell\n        number: xxx.xxx.xxxx\n      - label: desk\n        number: xxx.xxx.xxxx\n');
    const personnel = await readFile(join(dir, 'personnel.yaml'), 'utf8');
    expect(personnel).toContain('    securityClearance: true\n    fte: 4\n');
  });

  it('loses no text (Word bookmark anchors aside)', async () => {
    const dir = join(tmp, 'plan');
    await importPlan(TEMPLATE, dir, options);
    const seed = words((await readFile(TEMPLATE, 'utf8')).replace(/\[bookmark:[^\]]*\]/g, ''));
    const imported = await importedWords(dir);
    // Cells read as types: "Y"/"N" as yes/no, licenses "None" as an empty list.
    const typed = new Set(['y', 'n', 'none']);
    expect([...seed].filter((w) => !imported.has(w) && !typed.has(w))).toEqual([]);
  });
});

describe('import refusals', () => {
  it('refuses a folder that is not empty, like init, and leaves it as it was', async () => {
    await writeFile(join(tmp, 'notes.txt'), 'mine');
    await expect(importPlan(ROADMAP, tmp, options)).rejects.toThrow(ImportRefused);
    expect(await readdir(tmp)).toEqual(['notes.txt']);
  });
});
