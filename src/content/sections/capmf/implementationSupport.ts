import * as z from 'zod';
import { defineSection } from '../define';
import { markdown } from '../fields';

/**
 * CA-PMF 3 Implementation Support and its 3.1 "Hardware, Software, Facilities, and Materials": the two
 * introductions; the inventories themselves are the hardware, software, facilities and materials sections.
 */
export const implementationSupport = defineSection({
  id: 'implementationSupport',
  file: 'implementation-support',
  title: 'Implementation Support',
  markdownField: 'text',
  schema: z.strictObject({
    text: markdown.describe('Introduction of the chapter: the support needed, not specific to any site'),
    resourcesIntro: markdown.describe('Introduction of "Hardware, Software, Facilities, and Materials"'),
  }),
});
