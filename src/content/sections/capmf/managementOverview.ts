import * as z from 'zod';
import { defineSection } from '../define';
import { markdown } from '../fields';

/** CA-PMF 2 Management Overview: the implementation steps at executive-summary level. */
export const managementOverview = defineSection({
  id: 'managementOverview',
  file: 'management-overview',
  title: 'Management Overview',
  markdownField: 'text',
  schema: z.strictObject({
    text: markdown.describe('How the implementation will proceed until the system is handed to operations'),
  }),
});
