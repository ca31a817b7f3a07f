import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPathMethod, type NetworkActivity } from '../../src/derive/cpm';
import type { DependencyType } from '../../src/derive/types';

interface Link {
  on: number;
  type: DependencyType;
  lagDays: number;
}

/**
 * Random acyclic networks: activity i may depend only on activities before it, with any type and a lag
 * from a three-day lead to a five-day lag; durations from 0 (a milestone) to 10. The activities are then
 * listed in a shuffled order, so the computation cannot rely on the order it is given.
 */
const network = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            duration: fc.integer({ min: 0, max: 10 }),
            dependsOn: i === 0
              ? fc.constant<Link[]>([])
              : fc.uniqueArray(
                  fc.record<Link>({ on: fc.integer({ min: 0, max: i - 1 }), type: fc.constantFrom<DependencyType>('FS', 'SS', 'FF'), lagDays: fc.integer({ min: -3, max: 5 }) }),
                  { maxLength: 4, selector: (d) => d.on },
                ),
          }),
        ),
      ),
      fc.array(fc.nat(), { minLength: n, maxLength: n }),
    ),
  )
  .map(([specs, keys]): NetworkActivity[] => {
    const activities = specs.map((spec, i) => ({
      id: `A${i}`,
      duration: spec.duration,
      dependsOn: spec.dependsOn.map((d) => ({ id: `A${d.on}`, type: d.type, lagDays: d.lagDays })),
    }));
    return activities.map((a, i) => ({ a, key: keys[i] })).sort((x, y) => x.key - y.key).map((x) => x.a);
  });

describe('the critical path method on random acyclic networks', () => {
  it('starts every activity after its predecessors allow, respecting type and lag, and never before the start', () => {
    fc.assert(
      fc.property(network, (activities) => {
        const result = criticalPathMethod(activities);
        expect(result.kind).toBe('scheduled');
        if (result.kind !== 'scheduled') return;
        const at = new Map(activities.map((a, i) => [a.id, result.times[i]]));
        activities.forEach((activity, i) => {
          const t = result.times[i];
          expect(t.earlyStart).toBeGreaterThanOrEqual(0);
          expect(t.earlyFinish - t.earlyStart).toBe(activity.duration);
          for (const dep of activity.dependsOn) {
            const p = at.get(dep.id)!;
            if (dep.type === 'FS') expect(t.earlyStart).toBeGreaterThanOrEqual(p.earlyFinish + dep.lagDays);
            if (dep.type === 'SS') expect(t.earlyStart).toBeGreaterThanOrEqual(p.earlyStart + dep.lagDays);
            if (dep.type === 'FF') expect(t.earlyFinish).toBeGreaterThanOrEqual(p.earlyFinish + dep.lagDays);
            // The late dates obey the same dependencies.
            if (dep.type === 'FS') expect(t.lateStart).toBeGreaterThanOrEqual(p.lateFinish + dep.lagDays);
            if (dep.type === 'SS') expect(t.lateStart).toBeGreaterThanOrEqual(p.lateStart + dep.lagDays);
            if (dep.type === 'FF') expect(t.lateFinish).toBeGreaterThanOrEqual(p.lateFinish + dep.lagDays);
          }
          expect(t.totalFloat).toBeGreaterThanOrEqual(0);
          expect(t.lateFinish).toBeLessThanOrEqual(result.finish);
        });
        expect(result.finish).toBe(Math.max(...result.times.map((t) => t.earlyFinish)));
      }),
      { numRuns: 300 },
    );
  });

  it('has at least one critical path: zero-float activities, each tightly linked to the next, ending at the finish', () => {
    fc.assert(
      fc.property(network, (activities) => {
        const result = criticalPathMethod(activities);
        if (result.kind !== 'scheduled') throw new Error('an acyclic network must schedule');
        const byId = new Map(activities.map((a, i) => [a.id, { activity: a, times: result.times[i] }]));
        expect(result.criticalPaths.length).toBeGreaterThan(0);
        for (const path of result.criticalPaths) {
          const nodes = path.map((id) => byId.get(id)!);
          for (const node of nodes) expect(node.times.totalFloat).toBe(0);
          expect(nodes.at(-1)!.times.earlyFinish).toBe(result.finish);
          // The first activity starts at its release (0 here): nothing pushes it.
          expect(nodes[0].times.drivenStart).toBe(0);
          for (let k = 1; k < nodes.length; k++) {
            const links = nodes[k].activity.dependsOn.filter((d) => d.id === path[k - 1]);
            const prev = nodes[k - 1].times;
            const cur = nodes[k].times;
            expect(links.some((d) =>
              d.type === 'FS' ? cur.earlyStart === prev.earlyFinish + d.lagDays
                : d.type === 'SS' ? cur.earlyStart === prev.earlyStart + d.lagDays
                  : cur.earlyFinish === prev.earlyFinish + d.lagDays,
            )).toBe(true);
          }
        }
        // Every zero-float activity lies on some listed path (the networks are too small to hit the limit).
        const onPaths = new Set(result.criticalPaths.flat());
        activities.forEach((a, i) => {
          if (result.times[i].totalFloat === 0) expect(onPaths.has(a.id)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives each activity the same times whatever order the network is listed in', () => {
    fc.assert(
      fc.property(network, (activities) => {
        const times = (list: readonly NetworkActivity[]) => {
          const result = criticalPathMethod(list);
          if (result.kind !== 'scheduled') throw new Error('an acyclic network must schedule');
          return new Map(list.map((a, i) => [a.id, result.times[i]]));
        };
        const forward = times(activities);
        const backward = times([...activities].reverse());
        for (const [id, t] of forward) {
          const { earlyStart, earlyFinish, lateStart, lateFinish, totalFloat } = backward.get(id)!;
          expect({ earlyStart, earlyFinish, lateStart, lateFinish, totalFloat }).toEqual({
            earlyStart: t.earlyStart,
            earlyFinish: t.earlyFinish,
            lateStart: t.lateStart,
            lateFinish: t.lateFinish,
            totalFloat: t.totalFloat,
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
