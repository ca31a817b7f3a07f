import * as z from 'zod';
import { id } from './fields';
import { WORKING_DAYS_PER_WEEK } from './roadmap/duration';

/**
 * A dependency between scheduled items: an id alone means finish-to-start ("starts after T03 finishes");
 * the mapping form gives the type and a lag: `{ id: T03, type: SS, lag: "2 days" }` starts two working
 * days after T03 starts. Either form reads back as `{ id, type, lag? }`.
 */

export const LAG_PATTERN = /^([+-]?)(0|[1-9][0-9]{0,3}) (day|days|week|weeks)$/;

export const lag = z
  .string({ error: 'expected a lag such as "2 days" or "1 week"' })
  .regex(LAG_PATTERN, 'expected a lag written as a whole number of days or weeks, e.g. "2 days", "1 week", or "-3 days" for a lead')
  .describe('Working time between the two items, e.g. "2 days"; negative ("-3 days") for a lead');

/** Converts a lag to working days: "2 days" -> 2, "1 week" -> 5, "-3 days" -> -3. Throws a RangeError on any other form. */
export function lagDays(text: string): number {
  const match = LAG_PATTERN.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a lag such as "2 days" or "-1 week"`);
  const count = Number(match[2]) * (match[3].startsWith('week') ? WORKING_DAYS_PER_WEEK : 1);
  return match[1] === '-' ? -count : count;
}

export const dependencyType = z
  .enum(['FS', 'SS', 'FF'], { error: 'expected FS (finish-to-start), SS (start-to-start) or FF (finish-to-finish)' })
  .describe('FS: starts after the other finishes; SS: starts after the other starts; FF: finishes after the other finishes');

const dependencyMapping = z.strictObject({
  id,
  type: dependencyType.default('FS'),
  lag: lag.optional(),
});

/** One entry of a `dependsOn` list. */
export const dependency = z
  .union([id, dependencyMapping], {
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined;
      const input = issue.input;
      const inner = input !== null && typeof input === 'object' && !Array.isArray(input) ? issue.errors[1]?.[0] : undefined;
      if (!inner) return 'expected an id, or a mapping such as { id: T03, type: SS, lag: "2 days" }';
      const field = inner.path.join('.');
      return inner.code === 'invalid_type' && inner.path.length === 1 && (input as Record<string, unknown>)[field] === undefined
        ? `the dependency needs an "${field}"`
        : `${field ? `${field}: ` : ''}${inner.message}`;
    },
  })
  .transform((value): { id: string; type: 'FS' | 'SS' | 'FF'; lag?: string } => (typeof value === 'string' ? { id: value, type: 'FS' } : value));

export type Dependency = z.output<typeof dependency>;

export const DEPENDENCY_FORMS =
  'an id (finish-to-start), or { id, type: FS|SS|FF, lag: "2 days" } for start-to-start, finish-to-finish or a lag';
