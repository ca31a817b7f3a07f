import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, text } from '../fields';

export const kpi = z.strictObject({
  name: text.describe('e.g. Schedule Performance'),
  measure: markdown.describe('What is measured and how'),
  target: text.optional().describe('Target value, e.g. "SPI at or above 0.95"'),
  frequency: text.optional().describe('How often it is measured and reported'),
});

export const successCriterion = z.strictObject({
  criterion: text.describe('e.g. On-Time Delivery'),
  target: text.describe('Measurable target, e.g. "95% of milestones on schedule"'),
});

/** Roadmap: Performance Monitoring and Control — KPIs and the implementation success criteria. */
export const performance = defineSection({
  id: 'performance',
  file: 'performance',
  title: 'Performance Monitoring and Control',
  schema: z.strictObject({
    intro,
    kpis: z.array(kpi).min(1, 'list at least one key performance indicator'),
    successCriteria: z.array(successCriterion).min(1, 'list at least one success criterion'),
  }),
});
