import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown } from '../fields';
import { duration } from './duration';
import { rating } from './riskMitigation';

/** Roadmap: Executive Summary — scope, length, milestones and what success depends on, on one page. */
export const executiveSummary = defineSection({
  id: 'executiveSummary',
  file: 'executive-summary',
  title: 'Executive Summary',
  schema: z.strictObject({
    intro,
    scope: markdown.describe('What the implementation covers (and, where useful, what it does not)'),
    totalDuration: duration.describe('Length of the whole implementation, e.g. "12 weeks" (compared with the phase dates)'),
    keyMilestones: z.array(markdown).min(1, 'list at least one key milestone').describe('Headline milestones, in order'),
    resourceRequirements: z
      .array(markdown)
      .min(1, 'list at least one resource the implementation needs')
      .describe('People, skills and other resources the implementation needs'),
    successProbability: z
      .strictObject({
        rating: rating.describe('Overall likelihood of success: low, medium or high'),
        rationale: markdown.describe('Why that likelihood'),
      })
      .describe('Assessed likelihood that the implementation succeeds'),
    criticalSuccessFactors: z.array(markdown).min(1, 'list at least one critical success factor'),
  }),
});
