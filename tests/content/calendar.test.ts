import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  createCalendar,
  dateOfWorkingDay,
  dayNumber,
  isoDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  STANDARD_CALENDAR,
  subtractWorkingDays,
  weekdayOf,
  workingDayNumber,
} from '../../src/content/calendar';

/** The example plan's calendar: Monday to Friday, with Martin Luther King Jr. Day and Presidents' Day off. */
const PLAN = createCalendar({ holidays: ['2027-01-18', '2027-02-15'] });

describe('dates as day numbers', () => {
  it('converts ISO dates to days since 1970-01-01 and back, across leap years and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(isoDate(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(isoDate(dayNumber('1900-03-01') - 1)).toBe('1900-02-28');
    expect(isoDate(dayNumber('2000-03-01') - 1)).toBe('2000-02-29');
    expect(isoDate(-1)).toBe('1969-12-31');
  });

  it('agrees with Date.UTC on every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return isoDate(day) === iso && dayNumber(iso) === day;
      }),
    );
  });

  it('names weekdays, Monday first', () => {
    expect(['2027-01-04', '2027-01-09', '2027-01-10'].map(weekdayOf)).toEqual(['Mon', 'Sat', 'Sun']);
  });
});

describe('a working calendar', () => {
  it('works Monday to Friday by default and skips listed holidays', () => {
    expect(isWorkingDay(STANDARD_CALENDAR, '2027-01-08')).toBe(true);
    expect(isWorkingDay(STANDARD_CALENDAR, '2027-01-09')).toBe(false);
    expect(isWorkingDay(STANDARD_CALENDAR, '2027-01-18')).toBe(true);
    expect(isWorkingDay(PLAN, '2027-01-18')).toBe(false);
    expect(isWorkingDay(PLAN, '2027-01-19')).toBe(true);
  });

  it('adds and subtracts working days over weekends and holidays', () => {
    expect(addWorkingDays(PLAN, '2027-01-08', 1)).toBe('2027-01-11');
    expect(addWorkingDays(PLAN, '2027-01-15', 1)).toBe('2027-01-19');
    expect(addWorkingDays(PLAN, '2027-01-04', 14)).toBe('2027-01-25');
    expect(addWorkingDays(PLAN, '2027-01-09', 1)).toBe('2027-01-11');
    expect(subtractWorkingDays(PLAN, '2027-01-19', 1)).toBe('2027-01-15');
    expect(subtractWorkingDays(PLAN, '2027-01-09', 1)).toBe('2027-01-08');
    expect(addWorkingDays(PLAN, '2027-01-09', 0)).toBe('2027-01-09');
  });

  it('counts working days with both ends included', () => {
    expect(countWorkingDays(STANDARD_CALENDAR, '2027-01-04', '2027-03-26')).toBe(60);
    expect(countWorkingDays(PLAN, '2027-01-04', '2027-03-26')).toBe(58);
    expect(countWorkingDays(PLAN, '2027-02-15', '2027-03-05')).toBe(14);
    expect(countWorkingDays(PLAN, '2027-01-09', '2027-01-10')).toBe(0);
    expect(countWorkingDays(PLAN, '2027-01-11', '2027-01-04')).toBe(0);
  });

  it('moves a date onto the next or previous working day', () => {
    expect(nextWorkingDay(PLAN, '2027-01-16')).toBe('2027-01-19');
    expect(previousWorkingDay(PLAN, '2027-01-18')).toBe('2027-01-15');
    expect(nextWorkingDay(PLAN, '2027-01-19')).toBe('2027-01-19');
  });

  it('honours another work week, and ignores holidays on days not worked anyway', () => {
    const fourDays = createCalendar({ workweek: ['Mon', 'Tue', 'Wed', 'Thu'], holidays: ['2027-01-08', '2027-01-07'] });
    expect(fourDays.holidays).toEqual([dayNumber('2027-01-07')]);
    expect(countWorkingDays(fourDays, '2027-01-04', '2027-01-10')).toBe(3);
    expect(addWorkingDays(fourDays, '2027-01-06', 1)).toBe('2027-01-11');
    expect(() => createCalendar({ workweek: [] })).toThrow(RangeError);
  });

  it('numbers working days so that differences count them, and a non-working date takes the next number', () => {
    const monday = workingDayNumber(PLAN, '2027-01-04');
    expect(workingDayNumber(PLAN, '2027-01-09') - monday).toBe(5);
    expect(workingDayNumber(PLAN, '2027-01-11') - monday).toBe(5);
    expect(workingDayNumber(PLAN, '2027-01-19') - monday).toBe(10);
    expect(dateOfWorkingDay(PLAN, monday + 10)).toBe('2027-01-19');
  });

  it('inverts its numbering on every working day, for any work week and holidays', () => {
    const weekdays = fc.subarray(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const, { minLength: 1 });
    const days = fc.integer({ min: 19_000, max: 21_000 });
    fc.assert(
      fc.property(weekdays, fc.array(days, { maxLength: 30 }), days, fc.integer({ min: -400, max: 400 }), (workweek, holidayDays, day, n) => {
        const calendar = createCalendar({ workweek, holidays: holidayDays.map(isoDate) });
        const iso = isoDate(day);
        const number = workingDayNumber(calendar, iso);
        const date = dateOfWorkingDay(calendar, number);
        // The date of a number is a working day with that number, on or after the date it came from.
        expect(isWorkingDay(calendar, date)).toBe(true);
        expect(workingDayNumber(calendar, date)).toBe(number);
        expect(date >= iso).toBe(true);
        if (isWorkingDay(calendar, iso)) expect(date).toBe(iso);
        // Adding n working days, then counting them, gives n back.
        const moved = addWorkingDays(calendar, date, n);
        expect(isWorkingDay(calendar, moved)).toBe(true);
        expect(n >= 0 ? countWorkingDays(calendar, date, moved) - 1 : -(countWorkingDays(calendar, moved, date) - 1)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});
