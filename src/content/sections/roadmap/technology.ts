import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, planDate, markdown, personRef, text } from '../fields';

export const technologyRequirement = z.strictObject({
  area: text.describe('e.g. Development Environment, Security Infrastructure'),
  requirements: z.array(markdown).min(1, 'list at least one requirement'),
  phases: z.array(id).default([]).describe('Ids of the phases that need this area, if it is not needed throughout'),
});

export const infrastructureItem = z.strictObject({
  item: text.describe('Infrastructure milestone, e.g. Environment Setup'),
  due: planDate.describe('Date by which it is complete'),
  description: markdown.optional(),
  owner: personRef.optional(),
});

/** Roadmap: Technology and Infrastructure Plan — requirements by area and the infrastructure timeline. */
export const technology = defineSection({
  id: 'technology',
  file: 'technology',
  title: 'Technology and Infrastructure Plan',
  schema: z.strictObject({
    intro,
    requirements: z.array(technologyRequirement).min(1, 'list the technology requirements of at least one area'),
    infrastructureTimeline: z.array(infrastructureItem).default([]),
  }),
});
