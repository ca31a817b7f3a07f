import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/content/load';
import { derive } from '../../src/derive';
import { analyzeSchedules } from '../../src/derive/compute';
import { checkLoaded } from '../../src/pipeline/check';

describe('derive', () => {
  it('computes what the example plan implies: both schedules, every phase window, the totals and the span', async () => {
    const { plan } = await loadPlan(join(import.meta.dirname, '../../content'));
    const derived = derive(plan!);
    expect(derived.schedules.schedule?.computed?.items.length).toBe(plan!.implementationSchedule!.tasks.length);
    expect(derived.phases.map((p) => p.id)).toEqual(plan!.phases!.phases.map((p) => p.id));
    expect(derived.budget?.grandTotal.cents).toBeGreaterThan(0);
    expect(derived.staffing?.roles.length).toBe(plan!.staffing!.roles.length);
    expect(derived.span!.start <= derived.span!.finish).toBe(true);
  });

  it('is pure: asked twice it gives equal values, new objects (nothing is kept between calls)', async () => {
    const { plan } = await loadPlan(join(import.meta.dirname, '../../content'));
    const [a, b] = [derive(plan!), derive(plan!)];
    expect(b).not.toBe(a);
    expect(b.schedules).not.toBe(a.schedules);
    expect(analyzeSchedules(plan!)).not.toBe(analyzeSchedules(plan!));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('is what the check result hands on to rendering', async () => {
    const loaded = await loadPlan(join(import.meta.dirname, '../../content'));
    expect(JSON.stringify(checkLoaded(loaded).derived)).toBe(JSON.stringify(derive(loaded.plan!)));
  });
});
