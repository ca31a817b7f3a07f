import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, text } from '../fields';

/** One term or abbreviation; the cross-checks require every abbreviation used in prose to be listed. */
export const glossaryTerm = z.strictObject({
  term: text.describe('Term or abbreviation exactly as written in the plan, e.g. "ETL"'),
  definition: markdown,
});

/** CA-PMF 1.4 Glossary: every term and abbreviation used in the plan (rendered alphabetically). */
export const glossary = defineSection({
  id: 'glossary',
  file: 'glossary',
  title: 'Glossary',
  schema: z.strictObject({
    intro,
    terms: z.array(glossaryTerm).min(1, 'define at least one term'),
  }),
});
