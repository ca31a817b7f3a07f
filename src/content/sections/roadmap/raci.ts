import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';
import { reportUndeclaredColumns } from './columns';

/**
 * One cell of the RACI matrix. R = Responsible (does the work), A = Accountable (answers for it; exactly
 * one per activity), C = Consulted, I = Informed, and "A/R" for a role that is both accountable and does
 * the work (it counts as one A and one R). "R/A" is accepted for "A/R" and stored as "A/R". No other
 * combination is allowed: C and I add nothing to R or A. Letters are upper case.
 */
export const RACI_CODES = ['R', 'A', 'C', 'I', 'A/R'] as const;
export const raciAssignment = z
  .enum([...RACI_CODES, 'R/A'])
  .transform((code) => (code === 'R/A' ? 'A/R' : code))
  .describe('R, A, C, I, or A/R (accountable and responsible; R/A is the same)');

export const raciRow = z.strictObject({
  activity: text.describe('Activity or deliverable'),
  assignments: z
    .record(z.string(), raciAssignment)
    .describe('Role -> R, A, C, I or A/R; keys are roles listed in "roles"; leave out a role that has no part'),
});

export const roleDefinition = z.strictObject({
  role: personRef,
  responsibilities: markdown.describe('Primary responsibilities'),
  authority: markdown.describe('Authority level: what the role may decide'),
  reporting: markdown.optional().describe('Reporting relationships'),
  expertise: markdown.optional().describe('Expertise the role requires'),
});

/** Roadmap: Responsibility and Accountability Framework — the RACI matrix and role definitions. */
export const raci = defineSection({
  id: 'raci',
  file: 'raci',
  title: 'RACI Matrix',
  schema: z
    .strictObject({
      intro,
      roles: z.array(personRef).min(1, 'list the roles used as columns').describe('Roles used as the matrix columns, in order'),
      activities: z.array(raciRow).min(1, 'list at least one activity'),
      roleDefinitions: z.array(roleDefinition).default([]),
    })
    .superRefine((section, ctx) => {
      section.activities.forEach((row, i) => reportUndeclaredColumns(ctx, row.assignments, section.roles, ['activities', i, 'assignments']));
    }),
});

export type RaciAssignment = z.output<typeof raciAssignment>;

/** Whether an assignment includes a letter: "A/R" is both accountable and responsible. */
export function raciIncludes(assignment: RaciAssignment, letter: 'R' | 'A' | 'C' | 'I'): boolean {
  return assignment.split('/').includes(letter);
}
