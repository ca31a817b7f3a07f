/**
 * The working calendar: which days are worked (the work week minus holidays) and arithmetic on working
 * days. Dates are ISO `YYYY-MM-DD` strings; internally they are day numbers (days since 1970-01-01), so no
 * time zone or daylight-saving change can move a date.
 *
 * Every date has a working-day number: the count of working days before it, from a fixed reference. A
 * non-working date shares the number of the next working day. Differences of these numbers count working
 * days, which is how durations, lags and spans are computed without walking the calendar day by day.
 */

/** Weekday names as plans write them, Monday first. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MONDAY_TO_FRIDAY: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export interface WorkingCalendar {
  /** Whether each weekday is worked, Monday first. */
  readonly worked: readonly boolean[];
  /** Working days per week. */
  readonly perWeek: number;
  /** Working weekdays before each weekday of the week (index 0 is Monday, index 7 the whole week). */
  readonly before: readonly number[];
  /** Day numbers of the holidays that fall on worked weekdays, ascending, without duplicates. */
  readonly holidays: readonly number[];
}

/** A calendar from the working weekdays (default Monday to Friday) and the holiday dates. */
export function createCalendar(options: { workweek?: readonly Weekday[]; holidays?: readonly string[] } = {}): WorkingCalendar {
  const workweek = new Set(options.workweek ?? MONDAY_TO_FRIDAY);
  if (workweek.size === 0) throw new RangeError('a work week needs at least one working day');
  const worked = WEEKDAYS.map((day) => workweek.has(day));
  const before = [0];
  for (let i = 0; i < 7; i++) before.push(before[i] + (worked[i] ? 1 : 0));
  const holidays = [...new Set((options.holidays ?? []).map(dayNumber))]
    .filter((day) => worked[weekdayIndex(day)])
    .sort((a, b) => a - b);
  return { worked, perWeek: before[7], before, holidays };
}

export const STANDARD_CALENDAR: WorkingCalendar = createCalendar();

// ---------------------------------------------------------------------------------------------------------
// Day numbers (proleptic Gregorian calendar; the conversions are H. Hinnant's civil-date algorithms)

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 0 for Monday ... 6 for Sunday. Day 0, 1970-01-01, was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber(iso))];
}

// ---------------------------------------------------------------------------------------------------------
// Working-day numbers

/** 1970-01-05, a Monday: weeks are counted from it. */
const REFERENCE_MONDAY = 4;

/** Holidays strictly before `day` (binary search). */
function holidaysBefore(calendar: WorkingCalendar, day: number): number {
  const list = calendar.holidays;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Working days before `day`, counted from a fixed reference (negative before it). */
function workingDaysBeforeDay(calendar: WorkingCalendar, day: number): number {
  const offset = day - REFERENCE_MONDAY;
  const weeks = Math.floor(offset / 7);
  return weeks * calendar.perWeek + calendar.before[offset - weeks * 7] - holidaysBefore(calendar, day);
}

function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  if (!calendar.worked[weekdayIndex(day)]) return false;
  const i = holidaysBefore(calendar, day);
  return i >= calendar.holidays.length || calendar.holidays[i] !== day;
}

/** The working-day number of a date; a non-working date gets the number of the next working day. */
export function workingDayNumber(calendar: WorkingCalendar, iso: string): number {
  return workingDaysBeforeDay(calendar, dayNumber(iso));
}

/** The date of a working-day number: the inverse of `workingDayNumber` on working days. */
export function dateOfWorkingDay(calendar: WorkingCalendar, n: number): string {
  return isoDate(dayOfWorkingDay(calendar, n));
}

function dayOfWorkingDay(calendar: WorkingCalendar, n: number): number {
  // The answer is the first day whose following day has more than n working days before it. Holidays only
  // push it later, so these bounds hold it: a week before n ignoring holidays, to a week after n + all holidays.
  const per = calendar.perWeek;
  let lo = REFERENCE_MONDAY + 7 * (Math.floor(n / per) - 1);
  let hi = REFERENCE_MONDAY + 7 * (Math.floor((n + calendar.holidays.length) / per) + 2);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (workingDaysBeforeDay(calendar, mid + 1) > n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------------------
// Date arithmetic

export function isWorkingDay(calendar: WorkingCalendar, iso: string): boolean {
  return isWorkingDayNumber(calendar, dayNumber(iso));
}

/** The date itself when it is a working day, otherwise the next working day. */
export function nextWorkingDay(calendar: WorkingCalendar, iso: string): string {
  return dateOfWorkingDay(calendar, workingDayNumber(calendar, iso));
}

/** The date itself when it is a working day, otherwise the working day before it. */
export function previousWorkingDay(calendar: WorkingCalendar, iso: string): string {
  return dateOfWorkingDay(calendar, workingDaysBeforeDay(calendar, dayNumber(iso) + 1) - 1);
}

/**
 * The date `n` working days after `iso` (before it when `n` is negative): 1 working day after Friday is
 * Monday, 1 before Saturday is Friday. `n = 0` gives the date itself.
 */
export function addWorkingDays(calendar: WorkingCalendar, iso: string, n: number): string {
  if (n === 0) return iso;
  const day = dayNumber(iso);
  const from = n > 0 ? workingDaysBeforeDay(calendar, day + 1) - 1 : workingDaysBeforeDay(calendar, day);
  return dateOfWorkingDay(calendar, from + n);
}

export function subtractWorkingDays(calendar: WorkingCalendar, iso: string, n: number): string {
  return addWorkingDays(calendar, iso, -n);
}

/** Working days from `start` to `finish`, both included; 0 when `finish` is before `start`. */
export function countWorkingDays(calendar: WorkingCalendar, start: string, finish: string): number {
  return Math.max(0, workingDaysBeforeDay(calendar, dayNumber(finish) + 1) - workingDaysBeforeDay(calendar, dayNumber(start)));
}
