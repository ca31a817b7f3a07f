import { describe, expect, it } from 'vitest';
import { formatCents, toCents } from '../../src/checks/totals';
import { checkFiles, rows } from '../fixtures/planFiles';

const budget = (body: string) => ({ 'budget.yaml': `phases: [P1, P2]\n${body}` });
const staffing = (roles: string) => ({
  'staffing.yaml': `phases: [P1, P2]
roles:
${roles}onboarding: { recruitmentTimeline: r, trainingRequirements: t, knowledgeTransfer: k }
`,
});

describe('budget totals', () => {
  it('reports a row total, a phase total and the grand total that do not add up, with both values', () => {
    const result = checkFiles(budget(`categories:
  - { category: Personnel, amounts: { P1: 50000, P2: 75000 }, total: 125000 }
  - { category: External Services, amounts: { P1: 20000, P2: 15000.5 }, total: 55000 }
phaseTotals: { P1: 70000, P2: 80000 }
grandTotal: 180000
`));
    expect(rows(result, 'total-mismatch')).toEqual([
      ['budget.yaml', 4, 80, 'the total of "External Services" is 55,000 USD, but the amounts add up to 35,000.50 USD'],
      ['budget.yaml', 5, 31, 'the total of phase P2 is 80,000 USD, but the amounts add up to 90,000.50 USD'],
      ['budget.yaml', 6, 13, 'the grand total is 180,000 USD, but the amounts add up to 160,000.50 USD'],
    ]);
  });

  it('adds money exactly, in cents: 0.10 + 0.20 is 0.30', () => {
    const result = checkFiles(budget(`currency: EUR
categories:
  - { category: Postage, amounts: { P1: 0.1, P2: 0.2 }, total: 0.3 }
  - { category: Printing, amounts: { P1: 1234567.89, P2: 0.01 }, total: 1234567.9 }
phaseTotals: { P1: 1234567.99, P2: 0.21 }
grandTotal: 1234568.2
`));
    expect(rows(result, 'total-mismatch')).toEqual([]);
  });

  it('checks nothing that is not typed', () => {
    expect(rows(checkFiles(budget(`categories:
  - { category: Personnel, amounts: { P1: 1, P2: 2 } }
`)), 'total-mismatch')).toEqual([]);
  });

  it('formats cents with thousands separators, and decimals only when there are cents', () => {
    expect([0, 5, 100, 123456789, 100000050, -250].map(formatCents)).toEqual(['0', '0.05', '1', '1,234,567.89', '1,000,000.50', '-2.50']);
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
  });
});

describe('staffing totals', () => {
  it('reports a total FTE that is not the sum of the phases, with both values', () => {
    const result = checkFiles(staffing(`  - { role: Technical Lead, fte: { P1: 0.5, P2: 1 }, totalFte: 1.5 }
  - { role: Trainer, fte: { P1: 0.25, P2: 1 }, totalFte: 1.5 }
`));
    expect(rows(result, 'total-mismatch')).toEqual([
      ['staffing.yaml', 4, 58, 'the total FTE of "Trainer" is 1.5, but the phases add up to 1.25'],
    ]);
  });

  it('ignores floating-point noise: 0.1 + 0.2 FTE is 0.3', () => {
    expect(rows(checkFiles(staffing(`  - { role: Analyst, fte: { P1: 0.1, P2: 0.2 }, totalFte: 0.3 }
`)), 'total-mismatch')).toEqual([]);
  });
});
