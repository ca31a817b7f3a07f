import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, personRef, text } from '../fields';

/** Three-level scale used for probability, impact and likelihood of success. */
export const rating = z.enum(['low', 'medium', 'high']);

export const risk = z.strictObject({
  id: id.describe('Risk id, e.g. R1'),
  risk: text.describe('Short name of the risk'),
  description: markdown.optional(),
  probability: rating.optional().describe('Likelihood that it happens: low, medium or high'),
  impact: rating.optional().describe('Effect on the plan if it happens: low, medium or high'),
  mitigation: z.array(markdown).min(1, 'list at least one mitigation activity').describe('Mitigation activities'),
  timelineImpact: markdown,
  resourceRequirements: markdown.describe('What the mitigation needs'),
  monitoring: markdown.describe('Monitoring plan: how and how often the risk is watched'),
  owner: personRef.optional(),
});

export const contingencyScenario = z.strictObject({
  scenario: text,
  trigger: markdown.optional().describe('What activates this alternative path'),
  alternativeApproach: markdown,
  timelineImpact: markdown,
  resourceImpact: markdown,
});

export const responseProcedure = z.strictObject({
  name: text.describe('e.g. Response Triggers'),
  description: markdown,
});

/** Roadmap: Risk Management Integration — high-priority risks, contingency scenarios, response procedures. */
export const riskMitigation = defineSection({
  id: 'riskMitigation',
  file: 'risk-mitigation',
  title: 'Risk Mitigation and Contingency Planning',
  schema: z.strictObject({
    intro,
    risks: z.array(risk).min(1, 'list at least one risk'),
    contingencies: z.array(contingencyScenario).default([]).describe('Alternative implementation paths'),
    responseProcedures: z.array(responseProcedure).default([]),
  }),
});

export type Risk = z.infer<typeof risk>;
