import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, text } from '../fields';

/** One exit criterion for transitioning the system into production. */
export const acceptanceCriterion = z.strictObject({
  id: id.describe('Criterion id, e.g. "AC-01"'),
  criterion: markdown.describe('What must be true for the deliverable to be accepted'),
  method: text.describe('Technical process or method used to verify the criterion'),
  tool: text.optional().describe('Tool used for the verification, if any'),
  benchmark: text.optional().describe('Performance benchmark or threshold, if any'),
});

/** CA-PMF 6 System Acceptance: exit criteria, the acceptance process and how discrepancies are resolved. */
export const systemAcceptance = defineSection({
  id: 'systemAcceptance',
  file: 'system-acceptance',
  title: 'System Acceptance',
  schema: z.strictObject({
    intro,
    criteria: z.array(acceptanceCriterion).min(1, 'list at least one acceptance criterion'),
    process: markdown.optional().describe('How the team confirms that the implementation succeeded'),
    discrepancies: markdown.optional().describe('How noted discrepancies are recorded and rectified'),
  }),
});
