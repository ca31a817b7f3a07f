import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { checkFiles } from '../fixtures/planFiles';

/** The seeds' roadmap plan, translated into plan files as a newcomer would (tests/fixtures/roadmap-seed). */
const SEED = join(import.meta.dirname, '../fixtures/roadmap-seed');
const seedFiles = () => Object.fromEntries(readdirSync(SEED).map((name) => [name, readFileSync(join(SEED, name), 'utf8')]));
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`);

describe('the seeds\' roadmap plan', () => {
  it('gets every real inconsistency: phases too short for their work, milestones before it, totals that do not add up', () => {
    const result = checkFiles(seedFiles());
    expect(codes(result.diagnostics)).toEqual([
      'budget.yaml:6 total-mismatch',
      'budget.yaml:9 total-mismatch',
      'budget.yaml:10 total-mismatch',
      'executive-summary.yaml:2 duration-too-short',
      'milestones.yaml:2 milestone-before-phase-finish',
      'milestones.yaml:3 milestone-before-phase-finish',
      'milestones.yaml:4 milestone-before-phase-finish',
      'milestones.yaml:5 milestone-before-phase-finish',
      'phases.yaml:2 phase-too-short',
      'phases.yaml:6 phase-too-short',
      'phases.yaml:10 phase-too-short',
      'phases.yaml:14 finish-before-computed',
      'staffing.yaml:3 total-mismatch',
      'staffing.yaml:4 total-mismatch',
      'staffing.yaml:5 total-mismatch',
      'staffing.yaml:6 total-mismatch',
      'staffing.yaml:7 total-mismatch',
    ]);
    expect(result.diagnostics.map((d) => d.message)).toContain('the total of "External Services" is $55,000, but the amounts add up to $45,000');
  });

  it('with its Total FTE column read as the peak it is, keeps only the row that matches neither', () => {
    const files = seedFiles();
    files['staffing.yaml'] = files['staffing.yaml'].replace('phases: [P1, P2, P3, P4]', 'phases: [P1, P2, P3, P4]\ntotalFte: peak');
    const staffing = checkFiles(files).diagnostics.filter((d) => d.file === 'staffing.yaml');
    expect(staffing.map((d) => d.message)).toEqual(['the peak FTE of "Business Analyst" is 1, but its largest phase has 0.5']);
  });

  it('gives phase finish hints that, all applied at once, leave no phase window error', () => {
    const files = seedFiles();
    const phaseErrors = (diagnostics: readonly Diagnostic[]) =>
      diagnostics.filter((d) => d.file === 'phases.yaml' && ['phase-too-short', 'finish-before-computed'].includes(d.code));
    const before = phaseErrors(checkFiles(files).diagnostics);
    expect(before.length).toBe(4);
    const lines = files['phases.yaml'].split('\n');
    for (const d of before) {
      const date = /finish the phase on (\d{4}-\d{2}-\d{2})/.exec(d.hint ?? '')![1];
      lines[d.line - 1] = lines[d.line - 1].replace(/finish: Week \d+/, `finish: ${date}`);
    }
    expect(phaseErrors(checkFiles({ ...files, 'phases.yaml': lines.join('\n') }).diagnostics)).toEqual([]);
  });
});
