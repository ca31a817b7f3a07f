import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, text } from '../fields';

/** CA-PMF 1.1 Planning Assumptions: statements taken as true for planning purposes. */
export const planningAssumption = z.strictObject({
  assumption: text.describe('Short name of the assumption, e.g. "Subject matter expert availability"'),
  description: markdown.describe('The assumption stated precisely enough to be checked later'),
});

export const planningAssumptions = defineSection({
  id: 'planningAssumptions',
  file: 'planning-assumptions',
  title: 'Planning Assumptions',
  schema: z.strictObject({
    intro,
    assumptions: z.array(planningAssumption).min(1, 'list at least one planning assumption'),
  }),
});
