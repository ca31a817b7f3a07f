import * as z from 'zod';

/**
 * Field kinds shared by all section schemas. The `description` of a field is what editors show on hover
 * (it flows into the JSON Schemas written by `plansmith schema`).
 */

/**
 * What a field holds, for code that visits every field of a kind: prose to check, people to resolve, images to
 * load, dates to resolve. A schema made from a registered one (`.describe()`, `.meta()`) inherits its kind.
 */
export type FieldKind = 'prose' | 'person' | 'image' | 'planDate';
export const fieldKinds = z.registry<{ kind: FieldKind }>();

/** Prose: Markdown allowed (paragraphs, lists, emphasis, links, inline code). */
export const markdown = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .meta({ contentMediaType: 'text/markdown', description: 'Markdown text' })
  .register(fieldKinds, { kind: 'prose' });

/** A plain value (a name, a table cell): rendered literally, never interpreted as Markdown. */
export const text = z.string().trim().min(1, 'must not be empty');

/** Calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: 'expected a date written YYYY-MM-DD (e.g. 2027-03-15)' });

/** "Week 3" or "Weeks 1-3": a date counted in weeks from the plan's start, as roadmaps write them. */
export const WEEK_DATE_PATTERN = /^Weeks? ([1-9][0-9]{0,2})(?:\s*[-–]\s*([1-9][0-9]{0,2}))?$/;

/**
 * A date of the plan's timeline: a calendar date, or relative to the plan's start (`calendar.start` in
 * plan.yaml) as "Week 3" or "Weeks 1-3". A relative date is checked as the date it stands for (in a start
 * field the first working day of its first week, elsewhere the last working day of its last week) and
 * rendered as written (relativeDates.ts).
 */
export const planDate = z.union([isoDate, z.string().regex(WEEK_DATE_PATTERN)], {
  error: 'expected a date written YYYY-MM-DD (e.g. 2027-03-15), or relative to the plan start as "Week 3" or "Weeks 1-3"',
})
  .describe('A date YYYY-MM-DD, or relative to the plan start: "Week 3", "Weeks 1-3"')
  .register(fieldKinds, { kind: 'planDate' });

export const email = z.email({ error: 'expected an email address such as jane.doe@agency.ca.gov' });

/** Document version in the CA-PMF convention: major.minor, quoted so YAML keeps "1.10" distinct from 1.1. */
export const version = z
  .string({ error: 'expected a version written "major.minor" in quotes, e.g. "1.0"' })
  .regex(/^\d+\.\d+$/, 'expected a version written "major.minor", e.g. "1.0" or "2.1"');

/** Identifier referenced from other fields (task ids, phase ids, work package ids). */
export const id = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, ".", "_" and "-" only'),
);

/** A reference to a person: a name or a role listed in Points of Contact (cross-checked). */
export const personRef = text.describe('Name or role of someone listed in Points of Contact').register(fieldKinds, { kind: 'person' });

/** Several labelled phone numbers: `{ label: cell, number: "916-555-0100" }`. */
export const phone = z.strictObject({
  label: z.string().trim().min(1).default('desk'),
  number: z.string().regex(/^[+()0-9 .x-]{7,}$/, 'expected a phone number such as 916-555-0100'),
});

/** Image reference, relative to the plan folder; alt text is mandatory for accessible output. */
export const image = z.strictObject({
  src: z.string().min(1).describe('Path relative to the plan folder (PNG, JPEG or SVG; an SVG must be self-contained, linking to no other file)'),
  alt: text.describe('Alternative text read aloud in place of the image'),
  caption: text.optional(),
  width: z.number().positive().max(100).optional().describe("Width as a percentage of the text width (default: the image's own size at 96 pixels an inch, shrunk to fit)"),
}).register(fieldKinds, { kind: 'image' });

/** Money amount in the plan's currency; a number with at most two decimals, kept exact as integer cents. */
export const money = z
  .number()
  .nonnegative()
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most two decimals (cents)');

/** Optional introduction paragraph that any section may carry before its table. */
export const intro = markdown.optional().describe('Markdown text shown before the section content');
