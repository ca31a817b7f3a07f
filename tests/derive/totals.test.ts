import { describe, expect, it } from 'vitest';
import { sections } from '../../src/content/sections';
import { budgetTotals, staffingTotals, sumCents, toCents } from '../../src/derive/totals';

const budget = (body: object) => sections.budget.schema.parse({ phases: ['P1', 'P2'], ...body });
const staffing = (roles: object[], phases = ['P1', 'P2']) =>
  sections.staffing.schema.parse({ phases, roles, onboarding: { recruitmentTimeline: 'r', trainingRequirements: 't', knowledgeTransfer: 'k' } });

describe('budget totals', () => {
  it('sums rows, phase columns and the whole table in integer cents', () => {
    const totals = budgetTotals(budget({
      currency: 'EUR',
      categories: [
        { category: 'Postage', amounts: { P1: 0.1, P2: 0.2 } },
        { category: 'Printing', amounts: { P1: 1234567.89, P2: 0.01 } },
      ],
    }));
    expect(totals).toEqual({
      currency: 'EUR',
      categories: [
        { category: 'Postage', cents: 30, amount: 0.3 },
        { category: 'Printing', cents: 123456790, amount: 1234567.9 },
      ],
      phases: { P1: { cents: 123456799, amount: 1234567.99 }, P2: { cents: 21, amount: 0.21 } },
      grandTotal: { cents: 123456820, amount: 1234568.2 },
    });
  });

  it('adds a million small amounts without drift', () => {
    const amounts = Array.from({ length: 1_000_000 }, () => 0.01);
    expect(sumCents(amounts)).toBe(1_000_000);
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(10_000);
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
  });
});

describe('staffing totals', () => {
  const roles = [
    { role: 'Project Manager', fte: { P1: 1, P2: 1 } },
    { role: 'Analyst', fte: { P1: 0.1, P2: 0.2 } },
    { role: 'Developer', fte: { P1: 0.4, P2: 0.3 } },
  ];

  it('gives each role its total FTE and each phase the FTE of all roles, with the peak', () => {
    const totals = staffingTotals(staffing(roles));
    expect(totals.roles.map((r) => [r.role, r.totalFte])).toEqual([['Project Manager', 2], ['Analyst', 0.3], ['Developer', 0.7]]);
    expect(totals.phases).toEqual({ P1: { fte: 1.5, microFte: 1_500_000 }, P2: { fte: 1.5, microFte: 1_500_000 } });
    // A tie: both phases reach the peak.
    expect(totals.peak).toEqual({ fte: 1.5, phases: ['P1', 'P2'] });
    expect(totals.personWeeks).toBeUndefined();
  });

  it('counts person-weeks as FTE times each phase\'s working weeks, when every phase length is known', () => {
    // P1 has 14 working days (a holiday), P2 has 15: 2.8 and 3 weeks.
    const totals = staffingTotals(staffing(roles), { P1: 14, P2: 15 });
    expect(totals.roles.map((r) => r.personWeeks)).toEqual([5.8, 0.88, 2.02]);
    expect(totals.phases.P1).toEqual({ fte: 1.5, microFte: 1_500_000, weeks: 2.8, personWeeks: 4.2 });
    expect(totals.phases.P2).toEqual({ fte: 1.5, microFte: 1_500_000, weeks: 3, personWeeks: 4.5 });
    expect(totals.personWeeks).toBe(8.7);
    const partly = staffingTotals(staffing(roles), { P1: 14 });
    expect([partly.personWeeks, partly.roles[0].personWeeks, partly.phases.P1.personWeeks, partly.phases.P2.personWeeks]).toEqual([undefined, undefined, 4.2, undefined]);
  });
});
