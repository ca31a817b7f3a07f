import * as z from 'zod';
import { defineSection } from '../define';
import { markdown } from '../fields';

/** CA-PMF 1 Introduction: how the end result is installed, deployed and transitioned into operation. */
export const introduction = defineSection({
  id: 'introduction',
  file: 'introduction',
  title: 'Introduction',
  markdownField: 'text',
  schema: z.strictObject({
    text: markdown.describe('Purpose of the plan, the system, and the resources needed to implement it'),
  }),
});
