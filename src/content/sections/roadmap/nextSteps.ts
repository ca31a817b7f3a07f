import * as z from 'zod';
import { defineSection } from '../define';
import { intro, isoDate, markdown, personRef, text } from '../fields';

export const immediateAction = z.strictObject({
  action: text.describe('e.g. Resource Mobilization'),
  description: markdown,
  owner: personRef.optional(),
  due: isoDate.optional(),
});

export const handoverItem = z.strictObject({
  item: text.describe('e.g. Knowledge Transfer'),
  description: markdown,
});

/** Roadmap: Next Steps and Handover — immediate actions and the handover to the implementation team. */
export const nextSteps = defineSection({
  id: 'nextSteps',
  file: 'next-steps',
  title: 'Next Steps and Handover',
  schema: z.strictObject({
    intro,
    immediateActions: z.array(immediateAction).min(1, 'list at least one immediate action'),
    handover: z.array(handoverItem).default([]).describe('Handover to the implementation team'),
  }),
});
