import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, text } from '../fields';

export const principle = z.strictObject({
  name: text.describe('Short name of the principle, e.g. "Stakeholder engagement"'),
  description: markdown,
});

/** Roadmap: Implementation Strategy Overview — the approach and the principles the work follows. */
export const strategy = defineSection({
  id: 'strategy',
  file: 'strategy',
  title: 'Implementation Strategy Overview',
  schema: z.strictObject({
    intro,
    philosophy: markdown.describe('Implementation philosophy: the overall approach'),
    phasedRationale: markdown.describe('Why the work is split into these phases'),
    riskManagementApproach: markdown,
    qualityStrategy: markdown.describe('How quality is assured: checkpoints, standards, acceptance'),
    principles: z.array(principle).min(1, 'state at least one implementation principle'),
    changeManagementApproach: markdown.describe('How scope and expectations are kept under control'),
  }),
});

export type Principle = z.infer<typeof principle>;
