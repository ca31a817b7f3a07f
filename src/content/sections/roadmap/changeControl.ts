import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';

export const changeRequestStep = z.strictObject({
  step: text.describe('e.g. Impact Assessment'),
  description: markdown,
  responsible: personRef.optional(),
});

export const adaptationMechanism = z.strictObject({
  name: text.describe('e.g. Resource Reallocation'),
  description: markdown,
});

/** Roadmap: Change Management and Adaptation — the change request procedure and adaptation mechanisms. */
export const changeControl = defineSection({
  id: 'changeControl',
  file: 'change-control',
  title: 'Change Management and Adaptation',
  schema: z.strictObject({
    intro,
    procedure: z.array(changeRequestStep).min(1, 'describe at least one step').describe('Change request procedure, in order'),
    adaptationMechanisms: z.array(adaptationMechanism).default([]),
  }),
});
