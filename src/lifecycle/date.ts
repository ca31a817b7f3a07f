import { isoDate } from '../content/sections/fields';

/**
 * The date of a release or of a new plan: `--date` if given, else SOURCE_DATE_EPOCH (reproducible
 * builds; seconds since 1970, read as UTC), else the local calendar day of `now`. Pure: the CLI passes in
 * the clock and the environment. Throws a RangeError for a malformed value.
 */
export function chooseDate(options: { flag?: string; sourceDateEpoch?: string; now: Date }): string {
  if (options.flag !== undefined) {
    if (!isoDate.safeParse(options.flag).success) throw new RangeError(`--date must be a date written YYYY-MM-DD, got "${options.flag}"`);
    return options.flag;
  }
  const epoch = options.sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new RangeError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const { now } = options;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
