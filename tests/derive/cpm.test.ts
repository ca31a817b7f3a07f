import { describe, expect, it } from 'vitest';
import { criticalPathMethod, type CpmSchedule, type NetworkActivity } from '../../src/derive/cpm';
import type { DependencyType } from '../../src/derive/types';

/** An activity: id, duration, and dependencies written "B" (finish-to-start) or "B:SS+2", "B:FF-1". */
function activity(id: string, duration: number, ...deps: string[]): NetworkActivity {
  return {
    id,
    duration,
    dependsOn: deps.map((dep) => {
      const [pred, spec = 'FS'] = dep.split(':');
      const match = /^(FS|SS|FF)([+-]\d+)?$/.exec(spec)!;
      return { id: pred, type: match[1] as DependencyType, lagDays: Number(match[2] ?? 0) };
    }),
  };
}

function schedule(activities: NetworkActivity[]): CpmSchedule {
  const result = criticalPathMethod(activities);
  if (result.kind !== 'scheduled') throw new Error(`cyclic: ${JSON.stringify(result.cycles)}`);
  return result;
}

/** ES, EF, LS, LF and total float of each activity, by id. */
function table(activities: NetworkActivity[]) {
  const result = schedule(activities);
  return Object.fromEntries(activities.map((a, i) => {
    const t = result.times[i];
    return [a.id, [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.totalFloat]];
  }));
}

describe('the critical path method on textbook networks', () => {
  // The eight-activity network of many project management textbooks (activity-on-node, finish-to-start).
  const textbook = [
    activity('A', 3),
    activity('B', 4, 'A'),
    activity('C', 2, 'A'),
    activity('D', 5, 'B'),
    activity('E', 1, 'C'),
    activity('F', 2, 'C'),
    activity('G', 4, 'D', 'E'),
    activity('H', 3, 'F', 'G'),
  ];

  it('gives early and late dates, float, the finish and the one critical path', () => {
    expect(table(textbook)).toEqual({
      A: [0, 3, 0, 3, 0],
      B: [3, 7, 3, 7, 0],
      C: [3, 5, 9, 11, 6],
      D: [7, 12, 7, 12, 0],
      E: [5, 6, 11, 12, 6],
      F: [5, 7, 14, 16, 9],
      G: [12, 16, 12, 16, 0],
      H: [16, 19, 16, 19, 0],
    });
    const result = schedule(textbook);
    expect(result.finish).toBe(19);
    expect(result.start).toBe(0);
    expect(result.criticalPaths).toEqual([['A', 'B', 'D', 'G', 'H']]);
    expect(result.times.map((t) => t.critical)).toEqual([true, true, false, true, false, false, true, true]);
  });

  it('finds every critical path when parallel chains are equally long', () => {
    const result = schedule([activity('A', 2), activity('B', 3, 'A'), activity('C', 3, 'A'), activity('D', 1, 'B', 'C'), activity('E', 2, 'A')]);
    expect(result.finish).toBe(6);
    expect(result.criticalPaths).toEqual([['A', 'B', 'D'], ['A', 'C', 'D']]);
    expect(result.times[4].totalFloat).toBe(2);
  });

  it('finds parallel critical paths that share nothing', () => {
    const result = schedule([activity('A', 4), activity('B', 1, 'A'), activity('X', 2), activity('Y', 3, 'X')]);
    expect(result.criticalPaths).toEqual([['A', 'B'], ['X', 'Y']]);
  });

  it('applies lags and leads to finish-to-start dependencies', () => {
    expect(table([activity('A', 3), activity('B', 2, 'A:FS+2'), activity('C', 4)])).toEqual({
      A: [0, 3, 0, 3, 0],
      B: [5, 7, 5, 7, 0],
      C: [0, 4, 3, 7, 3],
    });
    expect(table([activity('A', 3), activity('B', 2, 'A:FS-1')])).toEqual({ A: [0, 3, 0, 3, 0], B: [2, 4, 2, 4, 0] });
  });

  it('schedules start-to-start and finish-to-finish dependencies with lags, backward pass included', () => {
    const network = [activity('A', 5), activity('B', 4, 'A:SS+2'), activity('C', 3, 'B:FF+1'), activity('D', 2)];
    expect(table(network)).toEqual({
      A: [0, 5, 0, 5, 0],
      B: [2, 6, 2, 6, 0],
      C: [4, 7, 4, 7, 0],
      D: [0, 2, 5, 7, 5],
    });
    expect(schedule(network).criticalPaths).toEqual([['A', 'B', 'C']]);
  });

  it('lets a finish-to-finish successor start before its predecessor when it is shorter', () => {
    // A long task and a short one that must finish with it: the short one starts late, not at 0.
    expect(table([activity('A', 10), activity('B', 2, 'A:FF')])).toEqual({ A: [0, 10, 0, 10, 0], B: [8, 10, 8, 10, 0] });
  });

  it('treats milestones as points in time with no duration', () => {
    const result = schedule([activity('A', 3), activity('M', 0, 'A'), activity('B', 2, 'M')]);
    expect(result.times.map((t) => [t.earlyStart, t.earlyFinish])).toEqual([[0, 3], [3, 3], [3, 5]]);
    expect(result.criticalPaths).toEqual([['A', 'M', 'B']]);
  });

  it('starts no activity before its release, and keeps a fixed start while recording what the links allow', () => {
    const result = schedule([
      { ...activity('A', 3), release: 4 },
      { ...activity('B', 2, 'A'), fixedStart: 9 },
      { ...activity('C', 1, 'A'), fixedStart: 5 },
    ]);
    expect(result.times.map((t) => [t.earlyStart, t.drivenStart, t.driver])).toEqual([[4, 4, -1], [9, 7, 0], [5, 7, 0]]);
    expect(result.finish).toBe(11);
    // A later fixed start is slack used up front: B is on the critical path, A and C are not.
    expect(result.times.map((t) => t.totalFloat)).toEqual([2, 0, 5]);
  });

  it('shows a fixed start that breaks a dependency as negative float behind it', () => {
    // C is fixed at 6, but A only finishes at 8: A would have to finish by C's late start, 7.
    const result = schedule([{ ...activity('A', 3), fixedStart: 5 }, { ...activity('C', 1, 'A'), fixedStart: 6 }]);
    expect(result.times.map((t) => [t.drivenStart, t.totalFloat, t.critical])).toEqual([[0, -1, true], [8, 1, false]]);
  });

  it('names the dependency that sets the earliest start', () => {
    const result = schedule([activity('A', 3), activity('B', 5), activity('C', 1, 'A', 'B:FS+1')]);
    expect(result.times[2]).toMatchObject({ drivenStart: 6, driver: 1 });
  });

  it('ignores dependencies on ids that are not activities', () => {
    expect(table([activity('A', 2, 'nowhere'), activity('B', 1, 'A')])).toEqual({ A: [0, 2, 0, 2, 0], B: [2, 3, 2, 3, 0] });
  });

  it('reports cycles instead of throwing', () => {
    const result = criticalPathMethod([activity('A', 1, 'C'), activity('B', 1, 'A'), activity('C', 1, 'B'), activity('D', 1, 'D'), activity('E', 1)]);
    expect(result).toEqual({ kind: 'cyclic', cycles: [['A', 'C', 'B'], ['D']] });
  });

  it('gives an empty network a zero finish', () => {
    expect(criticalPathMethod([])).toEqual({ kind: 'scheduled', times: [], start: 0, finish: 0, criticalPaths: [], criticalPathsTruncated: false });
  });

  it('handles a chain of 100,000 activities without recursion', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => activity(`t${i}`, 1, ...(i ? [`t${i - 1}`] : [])));
    const result = schedule(chain);
    expect(result.finish).toBe(100_000);
    expect(result.criticalPaths).toHaveLength(1);
    expect(result.criticalPaths[0]).toHaveLength(100_000);
  });

  it('stops listing critical paths at the limit and says so', () => {
    // Ten stages of two parallel activities, each depending on both before it: 2^10 critical paths.
    const ladder: NetworkActivity[] = [];
    for (let stage = 0; stage < 10; stage++) {
      for (const side of ['a', 'b']) ladder.push(activity(`${side}${stage}`, 1, ...(stage ? [`a${stage - 1}`, `b${stage - 1}`] : [])));
    }
    const result = criticalPathMethod(ladder, { maxCriticalPaths: 100 });
    expect(result.kind === 'scheduled' && [result.criticalPaths.length, result.criticalPathsTruncated]).toEqual([100, true]);
    const all = criticalPathMethod(ladder, { maxCriticalPaths: 2000 });
    expect(all.kind === 'scheduled' && [all.criticalPaths.length, all.criticalPathsTruncated]).toEqual([1024, false]);
  });

  it('orders the result by input, whatever order the activities are listed in', () => {
    const reversed = [...textbook].reverse();
    const result = schedule(reversed);
    expect(Object.fromEntries(reversed.map((a, i) => [a.id, result.times[i].earlyStart]))).toEqual(Object.fromEntries(textbook.map((a, i) => [a.id, schedule(textbook).times[i].earlyStart])));
  });
});
