import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, personRef, text } from '../fields';

/** One trigger/response pair: what sets the contingency off and the steps then taken. */
export const contingency = z.strictObject({
  id: id.describe('Risk id as in the project risk register, e.g. "R-03"'),
  risk: text.optional().describe('Short name of the risk'),
  trigger: markdown.describe('Event trigger: the event that puts the contingency into effect'),
  response: z.array(text).min(1, 'list the contingency steps').describe('Contingency plan steps, in order'),
  decisionFactors: z
    .array(text)
    .default([])
    .describe('Factors used to decide whether and when to invoke the contingency'),
  owner: personRef.describe('Who decides and leads the response: name or role listed in Points of Contact'),
});

/** CA-PMF 5 Risks and Contingencies: actions to take if the implementation fails or must change. */
export const risksAndContingencies = defineSection({
  id: 'risksAndContingencies',
  file: 'risks-and-contingencies',
  title: 'Risks and Contingencies',
  schema: z.strictObject({
    intro,
    contingencies: z.array(contingency).min(1, 'describe at least one contingency'),
  }),
});

export type Contingency = z.infer<typeof contingency>;
