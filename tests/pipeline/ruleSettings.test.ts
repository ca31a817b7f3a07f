import { describe, expect, it } from 'vitest';
import { checkFiles, META, rows } from '../fixtures/planFiles';

const GLOSSARY = { 'glossary.yaml': 'terms:\n  - { term: IAP, definition: Insight Analytics Platform }\n' };
const PROSE = { 'introduction.yaml': 'text: The ETL jobs load the IAP nightly.\n' };
const withRules = (rules: string) => `${META}rules:\n${rules}`;

describe('rule settings in plan.yaml', () => {
  it('turn a rule off for the plan, and say what they silenced and why', () => {
    const plain = checkFiles({ ...GLOSSARY, ...PROSE }, { strict: true });
    expect(rows(plain, 'undefined-abbreviation').length).toBe(1);
    expect(plain.ok).toBe(false);

    const result = checkFiles(
      { ...GLOSSARY, ...PROSE, 'plan.yaml': withRules('  - { rule: undefined-abbreviation, severity: "off", reason: ETL is defined in the data standards }\n') },
      { strict: true },
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rules).toEqual([{ rule: 'undefined-abbreviation', severity: 'off', reason: 'ETL is defined in the data standards', count: 1 }]);
  });

  it('turn a rule down to a warning that --strict leaves a warning', () => {
    const result = checkFiles(
      { ...GLOSSARY, ...PROSE, 'plan.yaml': withRules('  - { rule: undefined-abbreviation, severity: warning, reason: Terms are being collected }\n') },
      { strict: true },
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['undefined-abbreviation', 'warning']]);
    expect(result.ok).toBe(true);
  });

  it('report a setting that silences nothing, at the setting', () => {
    const result = checkFiles({ 'plan.yaml': withRules('  - { rule: undefined-abreviation, severity: "off", reason: Typo }\n') });
    expect(rows(result, 'unused-rule-setting')).toEqual([
      ['plan.yaml', 9, 13, 'rule "undefined-abreviation" is set to off, but no check of this plan reports it'],
    ]);
  });

  it('need a reason', () => {
    const result = checkFiles({ 'plan.yaml': withRules('  - { rule: undefined-abbreviation, severity: "off" }\n') });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['missing required field "rules[0].reason"']);
  });
});
