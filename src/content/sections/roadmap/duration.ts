import * as z from 'zod';

/**
 * A planned duration in working days or weeks: `"3 days"`, `"1 week"`, `"2 weeks"`. Months are not
 * allowed because they have no fixed number of working days.
 */
export const DURATION_PATTERN = /^([1-9][0-9]{0,3}) (day|days|week|weeks)$/;

/** Working days in a week of the plan calendar (holidays are deducted when the schedule places the work). */
export const WORKING_DAYS_PER_WEEK = 5;

export const duration = z
  .string({ error: 'expected a duration such as "3 days" or "2 weeks"' })
  .regex(DURATION_PATTERN, 'expected a duration written as a whole number then "days" or "weeks", e.g. "3 days" or "2 weeks"')
  .describe('Working time, e.g. "3 days" or "2 weeks" (a week is 5 working days)');

/** Converts a duration string to working days ("2 weeks" -> 10). Throws a RangeError on any other form. */
export function workingDays(text: string): number {
  const match = DURATION_PATTERN.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a duration such as "3 days" or "2 weeks"`);
  const count = Number(match[1]);
  return match[2].startsWith('week') ? count * WORKING_DAYS_PER_WEEK : count;
}
