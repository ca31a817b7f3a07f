import { describe, expect, it } from 'vitest';
import { parseBoolean, parseChoice, parseDate, parseDuration, parseMoney, parseNumber, splitList, weekDate, weekForm } from '../../src/import/values';

const context = { weekOne: '2027-01-04' };

describe('import value parsing', () => {
  it('reads the date forms plans use', () => {
    expect(parseDate('2027-03-15', context)).toBe('2027-03-15');
    expect(parseDate('03/15/2027', context)).toBe('2027-03-15');
    expect(parseDate('3/5/27', context)).toBe('2027-03-05');
    expect(parseDate('March 15, 2027', context)).toBe('2027-03-15');
    expect(parseDate('15 Mar 2027', context)).toBe('2027-03-15');
    expect(parseDate('**Feb 1st, 2027**', context)).toBe('2027-02-01');
  });

  it('refuses placeholders and impossible dates', () => {
    expect(parseDate('XX/XX/XXXX', context)).toBeUndefined();
    expect(parseDate('2027-02-30', context)).toBeUndefined();
    expect(parseDate('soon', context)).toBeUndefined();
  });

  it('anchors week-relative dates on the Monday of week 1: a start is its Monday, a finish its Friday', () => {
    expect(parseDate('Week 1', context)).toBe('2027-01-04');
    expect(parseDate('Week 3', context, 'finish')).toBe('2027-01-22');
    expect(parseDate('Complete by end of Week 3.', context)).toBe('2027-01-22');
    expect(weekDate(12, context, 'finish')).toBe('2027-03-26');
  });

  it('gives week dates in the content format\'s own form, where the text means the same end of the week', () => {
    expect(weekForm('Week 3', 'start')).toBe('Week 3');
    expect(weekForm('Complete by end of Week 3.', 'finish')).toBe('Week 3');
    expect(weekForm('Week 1 - Week 3', 'start')).toBe('Weeks 1-3');
    // The end of a week is no start date: that stays a calendar date.
    expect(weekForm('end of Week 3', 'start')).toBeUndefined();
    expect(weekForm('March 15, 2027', 'start')).toBeUndefined();
  });

  it('reads amounts with currency symbols, codes, separators and emphasis', () => {
    expect(parseMoney('$50,000')).toEqual({ amount: 50000, currency: 'USD' });
    expect(parseMoney('**$110,000**')).toEqual({ amount: 110000, currency: 'USD' });
    expect(parseMoney('EUR 1,200.50')).toEqual({ amount: 1200.5, currency: 'EUR' });
    expect(parseMoney('£45k')).toEqual({ amount: 45000, currency: 'GBP' });
    expect(parseMoney('about fifty')).toBeUndefined();
  });

  it('reads numbers with units such as FTE', () => {
    expect(parseNumber('4.0 FTE')).toBe(4);
    expect(parseNumber('0.5')).toBe(0.5);
    expect(parseNumber('many')).toBeUndefined();
  });

  it('reads durations into the schema form, including a span of weeks', () => {
    expect(parseDuration('2 weeks')).toBe('2 weeks');
    expect(parseDuration('1 wk')).toBe('1 week');
    expect(parseDuration('10d')).toBe('10 days');
    expect(parseDuration('Week 1 - Week 3')).toBe('3 weeks');
    expect(parseDuration('a while')).toBeUndefined();
  });

  it('reads yes/no cells and choices', () => {
    expect(parseBoolean('Y')).toBe(true);
    expect(parseBoolean('No')).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
    expect(parseChoice('High, given alignment with market trends', ['low', 'medium', 'high'])).toBe('high');
    expect(parseChoice('Platform as a Service', ['IaaS', 'PaaS', 'SaaS'])).toBeUndefined();
    expect(parseChoice('In Progress', ['open', 'in-progress', 'closed'])).toBe('in-progress');
  });

  it('splits lists by line, then by semicolon, then by comma and "and"', () => {
    expect(splitList('a\nb')).toEqual(['a', 'b']);
    // Bullets another writer ran together into one line still part the entries, "and" inside one stays.
    expect(splitList('• Charter and plan• Kickoff meeting')).toEqual(['Charter and plan', 'Kickoff meeting']);
    expect(splitList('Stakeholder engagement, quality assurance, risk management, and adherence to timeline.')).toEqual([
      'Stakeholder engagement',
      'quality assurance',
      'risk management',
      'adherence to timeline',
    ]);
    expect(splitList('Executive leadership and key stakeholders.')).toEqual(['Executive leadership', 'key stakeholders']);
  });
});

describe('import value parsing of hostile text', () => {
  it('never takes a prototype member for a table entry', () => {
    expect(parseBoolean('constructor')).toBeUndefined();
    expect(parseDuration('5 constructor')).toBeUndefined();
    expect(parseBoolean('__proto__')).toBeUndefined();
  });
});
