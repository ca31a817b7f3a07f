import { describe, expect, it } from 'vitest';
import { chooseDate } from '../../src/lifecycle/date';

const now = new Date(2027, 2, 5, 23, 30); // local time, March 5, 2027

describe('chooseDate', () => {
  it('takes --date first', () => {
    expect(chooseDate({ flag: '2027-01-15', sourceDateEpoch: '0', now })).toBe('2027-01-15');
  });

  it('then SOURCE_DATE_EPOCH, read as UTC', () => {
    expect(chooseDate({ sourceDateEpoch: '1800000000', now })).toBe('2027-01-15');
  });

  it('then the local calendar day of the clock', () => {
    expect(chooseDate({ now })).toBe('2027-03-05');
  });

  it('rejects malformed values', () => {
    expect(() => chooseDate({ flag: '2027-02-30', now })).toThrow(/YYYY-MM-DD/);
    expect(() => chooseDate({ flag: '15/01/2027', now })).toThrow(RangeError);
    expect(() => chooseDate({ sourceDateEpoch: 'yesterday', now })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
