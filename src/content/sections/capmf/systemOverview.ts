import * as z from 'zod';
import { defineSection } from '../define';
import { markdown } from '../fields';

/** CA-PMF 1.3 System Overview: the system, the business it supports, its interfaces and its criticality. */
export const systemOverview = defineSection({
  id: 'systemOverview',
  file: 'system-overview',
  title: 'System Overview',
  markdownField: 'text',
  schema: z.strictObject({
    text: markdown.describe(
      'The system and release being implemented, the business processes it supports, related systems and criticality',
    ),
  }),
});
