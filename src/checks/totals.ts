import type { FieldPath } from '../diagnostics/diagnostic';
import { fromMicroFte, toCents, toMicroFte } from '../derive/totals';
import type { CrossCheck, Finding } from './finding';

/** Money is summed as integer cents (src/derive/totals.ts), so 0.1 + 0.2 is exactly 0.3 and a typed total either matches or not. */
export { toCents };

/** 175000 cents -> "1,750", 12345 -> "123.45": whole amounts without cents, grouped by thousands. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = abs % 100;
  return `${sign}${whole}${fraction ? `.${String(fraction).padStart(2, '0')}` : ''}`;
}

/**
 * Typed budget totals equal the sums they stand for: each row's total, each phase total (column sum) and
 * the grand total (sum of every amount). Both values are named, so the reader sees which one is wrong.
 */
export const budgetTotalsAddUp: CrossCheck = (plan, derived) => {
  const budget = plan.budget;
  const computed = derived.budget;
  if (!budget || !computed) return [];
  const amount = (cents: number) => (/^[A-Z]{3}$/.test(budget.currency) ? `${formatCents(cents)} ${budget.currency}` : `${budget.currency}${formatCents(cents)}`);
  const mismatch = (path: FieldPath, what: string, typed: number, computed: number): Finding[] =>
    typed === computed
      ? []
      : [{
          origin: 'budget',
          path,
          severity: 'error',
          code: 'total-mismatch',
          message: `${what} is ${amount(typed)}, but the amounts add up to ${amount(computed)}`,
          hint: 'correct either the total or the amounts it sums',
        }];
  const rows = budget.categories.flatMap((row, i) =>
    row.total === undefined ? [] : mismatch(['categories', i, 'total'], `the total of "${row.category}"`, toCents(row.total), computed.categories[i].cents),
  );
  const columns = Object.entries(budget.phaseTotals ?? {}).flatMap(([phase, total]) =>
    mismatch(['phaseTotals', phase], `the total of phase ${phase}`, toCents(total), computed.phases[phase]?.cents ?? 0),
  );
  const grand = budget.grandTotal === undefined ? [] : mismatch(['grandTotal'], 'the grand total', toCents(budget.grandTotal), computed.grandTotal.cents);
  return [...rows, ...columns, ...grand];
};

/** FTE are fractions such as 0.25 or 1/3 rounded to 0.33; they are compared to a millionth to ignore float noise. */
const formatFte = (micro: number) => String(fromMicroFte(micro));

/**
 * Each typed total FTE of the staffing table equals what the section says the column means: the sum of the
 * row's per-phase FTE (default), or its peak, the most FTE in any one phase.
 */
export const staffingTotalsAddUp: CrossCheck = (plan) =>
  (plan.staffing?.roles ?? []).flatMap((row, i): Finding[] => {
    if (row.totalFte === undefined) return [];
    const typed = toMicroFte(row.totalFte);
    const cells = Object.values(row.fte).map(toMicroFte);
    const peak = plan.staffing!.totalFte === 'peak';
    const computed = peak ? Math.max(0, ...cells) : cells.reduce((sum, fte) => sum + fte, 0);
    return typed === computed
      ? []
      : [{
          origin: 'staffing',
          path: ['roles', i, 'totalFte'],
          severity: 'error',
          code: 'total-mismatch',
          message: peak
            ? `the peak FTE of "${row.role}" is ${formatFte(typed)}, but its largest phase has ${formatFte(computed)}`
            : `the total FTE of "${row.role}" is ${formatFte(typed)}, but the phases add up to ${formatFte(computed)}`,
          hint: peak
            ? 'correct either the total or the per-phase FTE'
            : 'correct either the total or the per-phase FTE; if the column gives each role\'s peak, write `totalFte: peak` in staffing.yaml',
        }];
  });
