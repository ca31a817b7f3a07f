import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';

/** One document needed to support the delivered system. */
export const supportDocument = z.strictObject({
  title: text.describe('Document title'),
  description: markdown,
  version: text.describe('Version number of the document, quoted, e.g. "1.0"'),
  owner: personRef.describe('Designated owner: name or role of someone listed in Points of Contact'),
});

/** CA-PMF 3.2 Documentation: additional documentation needed to support the system. */
export const documentation = defineSection({
  id: 'documentation',
  file: 'documentation',
  title: 'Documentation',
  schema: z.strictObject({
    intro,
    documents: z.array(supportDocument).min(1, 'list at least one document'),
  }),
});
