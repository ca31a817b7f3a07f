import * as z from 'zod';
import { MONDAY_TO_FRIDAY, WEEKDAYS } from '../calendar';
import { email, image, isoDate, markdown, personRef, text, version } from './fields';

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

export const holiday = z.strictObject({
  date: isoDate,
  name: text.describe('e.g. Presidents\' Day'),
});

/** The working calendar that schedules are computed with: worked weekdays, holidays and the plan's start. */
export const calendar = z.strictObject({
  start: isoDate
    .optional()
    .describe('First day of the implementation: work given by duration starts then at the earliest (default: the first phase start)'),
  holidays: z.array(holiday).default([]).describe('Days not worked, e.g. public holidays; schedules skip them'),
  workweek: z
    .array(z.enum(WEEKDAYS, { error: `expected a weekday: ${WEEKDAYS.join(', ')}` }))
    .min(1, 'a work week needs at least one working day')
    .default([...MONDAY_TO_FRIDAY])
    .describe('Weekdays that are worked'),
  statusDate: isoDate
    .optional()
    .describe('Status date: the Gantt charts draw a "today" line on it (none without it, so a build never depends on the day it runs)'),
});

/**
 * One check a plan turns off or down, with the reason (like a lint rule disabled with a justification):
 * `check` prints every rule so set and how many problems it silenced.
 */
export const ruleSetting = z.strictObject({
  rule: z
    .string()
    .regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected the code of a check as printed in brackets, e.g. undefined-abbreviation')
    .describe('Code of the check, as `check` prints it in brackets, e.g. "undefined-abbreviation"'),
  severity: z
    .enum(['off', 'warning'], { error: 'expected off (not reported) or warning (reported, never an error)' })
    .describe('off: not reported; warning: reported as a warning, also under --strict'),
  reason: text.describe('Why the plan departs from the rule; printed by `check`'),
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
  classification: text.optional().describe('Confidentiality marking, printed in capitals at the top of the title page and in every running header, e.g. "Internal Use Only"'),
  preparedBy: text,
  owner: personRef.optional().describe('Who owns the plan: name or role of someone listed in Points of Contact'),
  contactEmail: email.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a language tag such as en-US').default('en-US'),
  approvals: z.array(approval).default([]),
  versions: z.array(versionEntry).min(1, 'the version history needs at least one entry (e.g. version "1.0")'),
  calendar: calendar.optional().describe('Working calendar of the schedules (default: Monday to Friday, no holidays)'),
  rules: z.array(ruleSetting).default([]).describe('Checks this plan turns off or down to a warning, each with its reason'),
});

export type Meta = z.infer<typeof metaSchema>;
export type VersionEntry = z.infer<typeof versionEntry>;
export type PlanCalendar = z.infer<typeof calendar>;
export type RuleSetting = z.infer<typeof ruleSetting>;
