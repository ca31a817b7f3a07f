import { z } from 'zod';
import { email, image, isoDate, markdown, text, version } from './fields';

/** One row of the VERSION HISTORY table (CA-PMF: Version # | Date | Author | Key Differences). */
export const versionEntry = z.strictObject({
  version,
  date: isoDate,
  author: text,
  summary: markdown.describe('Key differences from the previous version'),
});

export const approval = z.strictObject({
  name: text,
  role: text,
  date: isoDate.optional().describe('Date signed; empty until approved'),
});

/** `plan.yaml`: the document itself (title page, header, footer, version history). */
export const metaSchema = z.strictObject({
  title: text.default('Implementation Management Plan'),
  subtitle: text.optional(),
  system: z.strictObject({
    name: text,
    version: text.optional().describe('Version or release of the system being implemented, e.g. "2.4"'),
  }),
  department: text,
  division: text.optional(),
  project: text,
  logo: image.optional(),
  classification: text.optional().describe('Confidentiality line printed in every header, e.g. "Internal Use Only"'),
  preparedBy: text,
  owner: text.optional(),
  contactEmail: email.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a language tag such as en-US').default('en-US'),
  approvals: z.array(approval).default([]),
  versions: z.array(versionEntry).min(1, 'the version history needs at least one entry (e.g. version "1.0")'),
});

export type Meta = z.infer<typeof metaSchema>;
export type VersionEntry = z.infer<typeof versionEntry>;
