/**
 * The generated plan's calendar: Monday-to-Friday working days counted from the plan's first Monday.
 * Dates are ISO strings; arithmetic is done on UTC day numbers, so no time zone can shift a date.
 */
const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** The date of working day `index` (0 is `monday` itself); five working days make a week. */
export function workingDay(monday: string, index: number): string {
  return addDays(monday, Math.floor(index / 5) * 7 + (index % 5));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 26, 2027", as dates read in prose. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}
