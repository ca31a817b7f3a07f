import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check';

const PLAN = join(import.meta.dirname, '../../examples/library-circulation');

describe('examples/library-circulation, a plan written as real plans are', () => {
  it('passes check --strict with no diagnostics', async () => {
    const result = await checkPlan(PLAN, { strict: true });
    expect(result.diagnostics).toEqual([]);
  });

  it('has what issue 10 asks of it: detail tasks, organisations as owners, a milestone that marks a task, NFC and NFD names', async () => {
    const { plan } = await checkPlan(PLAN);
    const scheduled = plan!.implementationSchedule!.tasks;
    expect(scheduled.length).toBeGreaterThanOrEqual(20);
    expect(plan!.majorTasks!.tasks.length).toBeLessThan(scheduled.length / 2);
    expect(plan!.hardware!.components.map((c) => c.owner)).toContain('Northwind Hardware Supply');
    expect(plan!.milestones!.milestones.some((m) => m.task !== undefined)).toBe(true);
    const keyStaff = plan!.majorTasks!.tasks.flatMap((t) => t.keyStaff);
    expect(keyStaff.some((name) => name !== name.normalize('NFC'))).toBe(true);
    expect(plan!.pointsOfContact!.contacts.every((c) => c.name === c.name.normalize('NFC'))).toBe(true);
  });
});
