import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, money, text } from '../fields';
import { reportColumnMismatch } from './columns';

const perPhase = z.record(z.string(), money);

/** One budget category (a table row) with its amount in every phase column. */
export const budgetCategory = z.strictObject({
  category: text,
  amounts: perPhase.describe('Amount per phase, keyed by the phase ids listed in "phases"'),
  total: money.optional().describe('Row total; optional, cross-checked against the sum of the amounts'),
});

export const cashFlowNote = z.strictObject({
  topic: text.describe('e.g. Payment Schedule'),
  plan: markdown,
});

/** Roadmap: Budget and Financial Planning — budget allocation by phase and cash flow planning. */
export const budget = defineSection({
  id: 'budget',
  file: 'budget',
  title: 'Budget and Financial Planning',
  schema: z
    .strictObject({
      intro,
      currency: z
        .string()
        .regex(/^(?:[A-Z]{3}|[A-Z]{0,2}\p{Sc})$/u, 'expected a three-letter ISO 4217 currency code such as USD, or a currency symbol such as "$" or "€"')
        .default('USD')
        .describe('Currency of every amount in this section: an ISO 4217 code ("USD") or a symbol ("$", "€", "CA$")'),
      phases: z.array(id).min(1, 'list the phase ids used as columns').describe('Phase ids used as the table columns, in order'),
      categories: z.array(budgetCategory).min(1, 'list at least one budget category'),
      phaseTotals: perPhase
        .optional()
        .describe('Total per phase (the Total row); optional, cross-checked against the column sums'),
      grandTotal: money.optional().describe('Total of the whole budget; optional, cross-checked against the sum of all amounts'),
      cashFlow: z.array(cashFlowNote).default([]).describe('Cash flow planning notes'),
    })
    .superRefine((section, ctx) => {
      section.categories.forEach((row, i) => reportColumnMismatch(ctx, row.amounts, section.phases, ['categories', i, 'amounts']));
      if (section.phaseTotals) reportColumnMismatch(ctx, section.phaseTotals, section.phases, ['phaseTotals']);
    }),
});
