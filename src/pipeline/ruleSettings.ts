import type { RuleSetting } from '../content/sections/meta';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** A rule the plan set, and how many diagnostics it turned off or down in this run. */
export interface AppliedRule extends RuleSetting {
  count: number;
}

/**
 * Applies the plan's rule settings (plan.yaml `rules`) after everything else, --strict included, because
 * the plan's reasoned decision is the more specific one. A setting that matches nothing is reported, so a
 * stale or misspelt rule does not sit there unnoticed.
 */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], rules: readonly RuleSetting[]): { diagnostics: Diagnostic[]; applied: AppliedRule[] } {
  const byRule = new Map(rules.map((rule) => [rule.rule, { ...rule, count: 0 }]));
  const kept = diagnostics.flatMap((d): Diagnostic[] => {
    const rule = byRule.get(d.code);
    if (!rule) return [d];
    rule.count++;
    return rule.severity === 'off' ? [] : [{ ...d, severity: 'warning' }];
  });
  const unused = rules.flatMap((rule, i): Diagnostic[] =>
    byRule.get(rule.rule)!.count > 0
      ? []
      : [{
          file: 'plan.yaml',
          line: 0,
          col: 0,
          path: ['rules', i, 'rule'],
          severity: 'warning',
          code: 'unused-rule-setting',
          message: `rule "${rule.rule}" is set to ${rule.severity}, but no check of this plan reports it`,
          hint: 'remove the setting, or correct the code (as `check` prints it in brackets)',
        }],
  );
  return { diagnostics: [...kept, ...unused], applied: [...byRule.values()] };
}
