import * as z from 'zod';
import { defineSection } from '../define';
import { markdown, text } from '../fields';

/** A category of data that needs special handling during implementation. */
export const sensitiveData = z.strictObject({
  kind: text.describe('Category of the data, e.g. PII, PHI, confidential'),
  description: text.optional().describe('Which data of the system falls into this category'),
  handling: markdown.describe('How the data is protected while it is converted, moved, tested and loaded'),
});

/** CA-PMF 2.4 Implementation Security: security requirements to follow during implementation. */
export const implementationSecurity = defineSection({
  id: 'implementationSecurity',
  file: 'implementation-security',
  title: 'Implementation Security',
  markdownField: 'text',
  schema: z.strictObject({
    text: markdown.describe('Overview of system security and the requirements followed during implementation'),
    sensitiveData: z.array(sensitiveData).default([]).describe('Data needing special handling (PII, PHI, confidential)'),
  }),
});
