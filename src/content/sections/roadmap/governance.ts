import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';

export const governanceBody = z.strictObject({
  name: text.describe('Name of the body, e.g. Steering Committee'),
  chair: personRef.optional(),
  members: z.array(personRef).min(1, 'list at least one member'),
  meetingFrequency: text.describe('How often it meets, e.g. "Bi-weekly, Tuesdays"'),
  responsibilities: markdown,
  authority: markdown.optional().describe('What the body may decide on its own'),
});

export const decisionCategory = z.strictObject({
  name: text.describe('Kind of decision, e.g. Scope changes'),
  description: markdown,
});

export const approvalAuthority = z.strictObject({
  decision: text.describe('Decision or threshold, e.g. "Budget transfers up to $10,000"'),
  approver: text.describe('Person, role or governance body that approves it'),
});

/** Roadmap: Project Governance Structure — who oversees the work and how decisions are made. */
export const governance = defineSection({
  id: 'governance',
  file: 'governance',
  title: 'Project Governance Structure',
  schema: z.strictObject({
    intro,
    bodies: z.array(governanceBody).min(1, 'describe at least one governance body'),
    decisionFramework: z.strictObject({
      categories: z.array(decisionCategory).min(1, 'list at least one decision category'),
      escalation: z
        .array(markdown)
        .min(1, 'describe at least one escalation step')
        .describe('Escalation path, one step per item, lowest level first'),
      approvalAuthorities: z.array(approvalAuthority).min(1, 'name at least one approval authority'),
    }),
  }),
});
