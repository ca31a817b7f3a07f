import { raciIncludes } from '../content/sections/roadmap/raci';
import type { CrossCheck, Finding } from './finding';

/**
 * Each activity of the RACI matrix has exactly one accountable role and at least one responsible role;
 * "A/R" counts as both. The finding names the roles found, so the reader sees what to change.
 */
export const raciRowsComplete: CrossCheck = (plan) =>
  (plan.raci?.activities ?? []).flatMap((row, i): Finding[] => {
    const entries = Object.entries(row.assignments);
    const accountable = entries.filter(([, code]) => raciIncludes(code, 'A')).map(([role]) => role);
    const responsible = entries.filter(([, code]) => raciIncludes(code, 'R')).map(([role]) => role);
    const findings: Finding[] = [];
    const at = { origin: 'raci' as const, path: ['activities', i, 'assignments'], severity: 'error' as const };
    if (accountable.length !== 1) {
      findings.push({
        ...at,
        code: 'raci-accountable',
        message: `activity "${row.activity}" has ${accountable.length} accountable roles (A or A/R)${accountable.length ? `: ${accountable.join(', ')}` : ''}; it needs exactly one`,
        hint: accountable.length ? 'keep one A; the others may be R, C or I' : 'mark the one role that answers for this activity with A (or A/R if it also does the work)',
      });
    }
    if (responsible.length === 0) {
      findings.push({
        ...at,
        code: 'raci-responsible',
        message: `activity "${row.activity}" has 0 responsible roles (R or A/R); it needs at least one`,
        hint: 'mark the role that does the work with R (or A/R if it is also accountable)',
      });
    }
    return findings;
  });
