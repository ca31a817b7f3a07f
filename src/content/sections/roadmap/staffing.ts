import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, text } from '../fields';
import { reportColumnMismatch } from './columns';

const fte = z.number().nonnegative().describe('Full-time equivalents, e.g. 0.5');

/** One row of Staffing by Phase: a role and its FTE in every phase column. */
export const staffingRow = z.strictObject({
  role: text,
  fte: z.record(z.string(), fte).describe('FTE per phase, keyed by the phase ids listed in "phases"'),
  totalFte: fte.optional().describe('This row\'s total FTE (the sum of its phases, or its peak: see `totalFte` of the section); optional, cross-checked'),
});

export const keyPersonnelRequirement = z.strictObject({
  role: text,
  requirements: markdown.describe('Skills and experience the role needs'),
});

/** Roadmap: Human Resource Plan — staffing by phase, key personnel and onboarding. */
export const staffing = defineSection({
  id: 'staffing',
  file: 'staffing',
  title: 'Human Resource Plan',
  schema: z
    .strictObject({
      intro,
      phases: z.array(id).min(1, 'list the phase ids used as columns').describe('Phase ids used as the table columns, in order'),
      totalFte: z
        .enum(['sum', 'peak'], { error: 'expected sum or peak' })
        .default('sum')
        .describe('What the Total FTE column means: the sum of the phases (default) or the peak, the most FTE in any one phase'),
      roles: z.array(staffingRow).min(1, 'list at least one role'),
      keyPersonnel: z.array(keyPersonnelRequirement).default([]),
      onboarding: z.strictObject({
        recruitmentTimeline: markdown,
        trainingRequirements: markdown,
        knowledgeTransfer: markdown,
      }),
    })
    .superRefine((section, ctx) => {
      section.roles.forEach((row, i) => reportColumnMismatch(ctx, row.fte, section.phases, ['roles', i, 'fte']));
    }),
});
