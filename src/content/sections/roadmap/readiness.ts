import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';

export const readinessItem = z.strictObject({
  item: text.describe('e.g. Leadership Commitment'),
  description: markdown.optional(),
  done: z.boolean().default(false).describe('true once the item is confirmed ready (rendered as a checked box)'),
  owner: personRef.optional(),
});

export const readinessGroup = z.strictObject({
  name: text.describe('e.g. Organizational Readiness'),
  items: z.array(readinessItem).min(1, 'list at least one checklist item'),
});

/** Roadmap: Implementation Readiness Checklist — pre-implementation requirements, grouped. */
export const readiness = defineSection({
  id: 'readiness',
  file: 'readiness',
  title: 'Implementation Readiness Checklist',
  schema: z.strictObject({
    intro,
    groups: z.array(readinessGroup).min(1, 'list at least one checklist group'),
  }),
});
