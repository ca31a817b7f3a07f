import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, text } from '../fields';

/** The triple constraint the CA-PMF template asks every plan to address. */
export const TRIPLE_CONSTRAINT = ['Time', 'Cost', 'Scope'] as const;

/** CA-PMF 1.2 Constraints: restrictions on resources, schedule or scope. */
export const constraint = z.strictObject({
  constraint: text.describe('Name of the constraint; the rows "Time", "Cost" and "Scope" are required'),
  description: markdown,
});

export const constraints = defineSection({
  id: 'constraints',
  file: 'constraints',
  title: 'Constraints',
  schema: z
    .strictObject({
      intro,
      constraints: z.array(constraint).min(1, 'list at least the triple constraint: Time, Cost and Scope'),
    })
    .superRefine((value, ctx) => {
      const named = new Set(value.constraints.map((c) => c.constraint.toLowerCase()));
      const missing = TRIPLE_CONSTRAINT.filter((name) => !named.has(name.toLowerCase()));
      if (missing.length === 0) return;
      ctx.addIssue({
        code: 'custom',
        path: ['constraints'],
        message: `the triple constraint is incomplete: add ${missing.length === 1 ? 'a row' : 'rows'} for ${joinWords(missing)}`,
        params: { code: 'triple-constraint' },
      });
    }),
});

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export type Constraint = z.infer<typeof constraint>;
