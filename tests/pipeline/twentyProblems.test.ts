import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check';

/**
 * tests/fixtures/twenty-problems is a copy of the example plan with 20 problems in 5 files. A file with a
 * YAML error is not validated, and a file with a schema error other than a misspelt key does not reach the
 * cross-checks, so the files carry: YAML syntax (performance), schema (software), cross-checks (budget, raci),
 * and cross-checks despite a misspelt key (milestones).
 */
const DIR = join(import.meta.dirname, '../fixtures/twenty-problems');

describe('a plan with twenty problems', () => {
  it('reports all twenty in one run, each at its file, line and column', async () => {
    const result = await checkPlan(DIR);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.col, d.code])).toEqual([
      // One amount changed: its row, its phase and the grand total no longer add up; columns out of order.
      ['budget.yaml', 4, 9, 'phase-columns'],
      ['budget.yaml', 14, 12, 'total-mismatch'],
      ['budget.yaml', 21, 20, 'total-mismatch'],
      ['budget.yaml', 22, 13, 'total-mismatch'],
      // "KPI" is not in the glossary; "Priya Ramen" is a typo; M2 twice; M4 after the last phase, in phase P5,
      // with "responsble" for "responsible", which the cross-checks read as meant.
      ['milestones.yaml', 7, 107, 'undefined-abbreviation'],
      ['milestones.yaml', 14, 18, 'unknown-person'],
      ['milestones.yaml', 15, 9, 'duplicate-id'],
      ['milestones.yaml', 23, 17, 'outside-plan-span'],
      ['milestones.yaml', 24, 12, 'unknown-phase'],
      ['milestones.yaml', 26, 5, 'unknown-key'],
      // "target: Delivery: at least 95%" and a second "frequency" key.
      ['performance.yaml', 5, 13, 'yaml-syntax'],
      ['performance.yaml', 19, 5, 'duplicate-key'],
      // A role nobody holds; Training has no R, Testing two As, Change Management no A.
      ['raci.yaml', 10, 5, 'unknown-person'],
      ['raci.yaml', 21, 18, 'raci-responsible'],
      ['raci.yaml', 23, 18, 'raci-accountable'],
      ['raci.yaml', 27, 18, 'raci-accountable'],
      // count: sixty; origin: SaaS; 2029-02-30; "ownr" for "owner" (one mistake: the unknown key says what it meant).
      ['software.yaml', 23, 18, 'wrong-type'],
      ['software.yaml', 27, 13, 'invalid-value'],
      ['software.yaml', 37, 16, 'invalid-date'],
      ['software.yaml', 43, 5, 'unknown-key'],
    ]);
    expect(result.ok).toBe(false);
  });

  it('names the values that disagree', async () => {
    const messages = (await checkPlan(DIR)).diagnostics.map((d) => d.message);
    expect(messages).toContain('the total of phase P1 is 110,000 USD, but the amounts add up to 115,000 USD');
    expect(messages).toContain('activity "Testing" has 2 accountable roles (A or A/R): Project Manager, Quality Assurance Manager; it needs exactly one');
    expect(messages).toContain('target date of milestone M4 (2027-04-02) is outside the plan span 2027-01-04 .. 2027-03-26 (the phases)');
  });

  it('keeps the undefined abbreviation a warning, and makes it an error with --strict', async () => {
    const severity = async (strict: boolean) =>
      (await checkPlan(DIR, { strict })).diagnostics.find((d) => d.code === 'undefined-abbreviation')?.severity;
    expect(await severity(false)).toBe('warning');
    expect(await severity(true)).toBe('error');
  });
});
