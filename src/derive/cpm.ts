import { findCycles } from './cycles';
import type { DependencyType, ScheduledDependency } from './types';

/**
 * The critical path method on a generic network of activities, in whole working days.
 *
 * Times are offsets in working days from the network's origin (0), and an activity occupies the half-open
 * interval [earlyStart, earlyFinish): a 5-day task starting at 0 finishes at 5, and a finish-to-start
 * successor may start at 5, the next working day. A milestone (duration 0) is a point: it starts and
 * finishes at the same offset. Mapping offsets to dates is the caller's business (see compute.ts).
 *
 * Dependencies: finish-to-start (FS), start-to-start (SS) and finish-to-finish (FF), each with a lag in
 * working days (negative for a lead). Dependencies on ids that are not activities are ignored (the
 * cross-checks report them). A network with a cycle has no schedule: the cycles are returned instead.
 */

export interface NetworkActivity {
  id: string;
  /** Working days; 0 for a milestone. */
  duration: number;
  dependsOn: readonly ScheduledDependency[];
  /** Start no earlier than this offset (a phase's start, the plan's start); default 0. */
  release?: number;
  /**
   * A start the plan gives: it is kept as the early start even when the dependencies would not allow it,
   * so a typed date stays where the author put it and the checks can compare it with `drivenStart`.
   */
  fixedStart?: number;
}

export interface ActivityTimes {
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** lateStart - earlyStart: how far the activity can slip without moving the network's finish. */
  totalFloat: number;
  /** Total float of zero or less. (Less than zero only where a fixed start breaks a dependency.) */
  critical: boolean;
  /** The earliest start that the dependencies and the release allow; the early start unless the start is fixed. */
  drivenStart: number;
  /** Index in `dependsOn` of the dependency that sets `drivenStart`, or -1 when the release does. */
  driver: number;
}

export interface CpmSchedule {
  kind: 'scheduled';
  /** One entry per activity, in input order. */
  times: ActivityTimes[];
  /** Earliest early start (0 unless a fixed start lies before the origin); 0 for an empty network. */
  start: number;
  /** Latest early finish: the network's computed end. */
  finish: number;
  /** Every critical path as activity ids, first to last, at most `maxCriticalPaths` of them. */
  criticalPaths: string[][];
  /** True when there were more critical paths than `maxCriticalPaths`. */
  criticalPathsTruncated: boolean;
}

export interface CpmCycles {
  kind: 'cyclic';
  cycles: string[][];
}

export type CpmResult = CpmSchedule | CpmCycles;

export const DEFAULT_MAX_CRITICAL_PATHS = 100;

const TYPE_CODE: Record<DependencyType, number> = { FS: 0, SS: 1, FF: 2 };

/** Constraint a link puts on its successor's start: the earliest start it allows (type as a TYPE_CODE). */
function allowedStart(type: number, lag: number, predStart: number, predFinish: number, duration: number): number {
  if (type === 0) return predFinish + lag;
  if (type === 1) return predStart + lag;
  return predFinish + lag - duration;
}

/** The earliest start a dependency allows a successor of `duration` days, given its predecessor's times. */
export function earliestStartAllowed(dependency: ScheduledDependency, predStart: number, predFinish: number, duration: number): number {
  return allowedStart(TYPE_CODE[dependency.type], dependency.lagDays, predStart, predFinish, duration);
}

/** Forward and backward pass over the network; iterative throughout, linear in activities plus links. */
export function criticalPathMethod(activities: readonly NetworkActivity[], options: { maxCriticalPaths?: number } = {}): CpmResult {
  const n = activities.length;
  const index = new Map<string, number>();
  activities.forEach((a, i) => {
    if (!index.has(a.id)) index.set(a.id, i);
  });

  // Links in compressed rows: predecessors of each activity, then successors of each activity.
  const predFrom = new Int32Array(n + 1);
  const predNode: number[] = [];
  const predType: number[] = [];
  const predLag: number[] = [];
  const predDep: number[] = [];
  for (let i = 0; i < n; i++) {
    predFrom[i] = predNode.length;
    const deps = activities[i].dependsOn;
    for (let k = 0; k < deps.length; k++) {
      const p = index.get(deps[k].id);
      if (p === undefined) continue;
      predNode.push(p);
      predType.push(TYPE_CODE[deps[k].type]);
      predLag.push(deps[k].lagDays);
      predDep.push(k);
    }
  }
  predFrom[n] = predNode.length;
  const links = predNode.length;
  const succFrom = new Int32Array(n + 1);
  for (let l = 0; l < links; l++) succFrom[predNode[l] + 1]++;
  for (let i = 0; i < n; i++) succFrom[i + 1] += succFrom[i];
  const succLink = new Int32Array(links);
  const fill = succFrom.slice(0, n);
  for (let i = 0; i < n; i++) for (let l = predFrom[i]; l < predFrom[i + 1]; l++) succLink[fill[predNode[l]]++] = l;
  // The successor of link l: the activity whose predecessor row holds l.
  const linkOwner = new Int32Array(links);
  for (let i = 0; i < n; i++) for (let l = predFrom[i]; l < predFrom[i + 1]; l++) linkOwner[l] = i;
  const succOf = (l: number) => linkOwner[l];

  // Topological order (Kahn), in input order where the network leaves a choice.
  const waiting = new Int32Array(n);
  for (let i = 0; i < n; i++) waiting[i] = predFrom[i + 1] - predFrom[i];
  const order = new Int32Array(n);
  let queued = 0;
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order[queued++] = i;
  for (let head = 0; head < queued; head++) {
    const i = order[head];
    for (let s = succFrom[i]; s < succFrom[i + 1]; s++) {
      const j = succOf(succLink[s]);
      if (--waiting[j] === 0) order[queued++] = j;
    }
  }
  if (queued < n) {
    return {
      kind: 'cyclic',
      cycles: findCycles(activities.map((a) => ({ id: a.id, dependsOn: a.dependsOn.map((d) => d.id).filter((id) => index.has(id)) }))),
    };
  }

  const duration = new Float64Array(n);
  for (let i = 0; i < n; i++) duration[i] = Math.max(0, activities[i].duration);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const driven = new Float64Array(n);
  const driver = new Int32Array(n);
  for (let o = 0; o < n; o++) {
    const i = order[o];
    let start = activities[i].release ?? 0;
    let by = -1;
    for (let l = predFrom[i]; l < predFrom[i + 1]; l++) {
      const p = predNode[l];
      const allowed = allowedStart(predType[l], predLag[l], es[p], ef[p], duration[i]);
      if (allowed > start) {
        start = allowed;
        by = predDep[l];
      }
    }
    driven[i] = start;
    driver[i] = by;
    es[i] = activities[i].fixedStart ?? start;
    ef[i] = es[i] + duration[i];
  }
  let finish = n ? -Infinity : 0;
  let begin = n ? Infinity : 0;
  for (let i = 0; i < n; i++) {
    if (ef[i] > finish) finish = ef[i];
    if (es[i] < begin) begin = es[i];
  }

  const lf = new Float64Array(n);
  const ls = new Float64Array(n);
  for (let o = n - 1; o >= 0; o--) {
    const i = order[o];
    let latest = finish;
    for (let s = succFrom[i]; s < succFrom[i + 1]; s++) {
      const l = succLink[s];
      const j = succOf(l);
      const lag = predLag[l];
      const bound = predType[l] === 0 ? ls[j] - lag : predType[l] === 1 ? ls[j] - lag + duration[i] : lf[j] - lag;
      if (bound < latest) latest = bound;
    }
    lf[i] = latest;
    ls[i] = latest - duration[i];
  }

  const times: ActivityTimes[] = new Array(n);
  const critical = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const totalFloat = ls[i] - es[i];
    critical[i] = totalFloat <= 0 ? 1 : 0;
    times[i] = {
      earlyStart: es[i],
      earlyFinish: ef[i],
      lateStart: ls[i],
      lateFinish: lf[i],
      totalFloat,
      critical: totalFloat <= 0,
      drivenStart: driven[i],
      driver: driver[i],
    };
  }

  const { paths, truncated } = criticalPathsOf(
    { n, critical, succFrom, succLink, linkOwner, predNode, predType, predLag, es, ef, duration },
    options.maxCriticalPaths ?? DEFAULT_MAX_CRITICAL_PATHS,
  );
  const criticalPaths = paths.map((path) => path.map((i) => activities[i].id));

  return { kind: 'scheduled', times, start: begin, finish, criticalPaths, criticalPathsTruncated: truncated };
}

interface Links {
  n: number;
  critical: Uint8Array;
  succFrom: Int32Array;
  succLink: Int32Array;
  linkOwner: Int32Array;
  predNode: readonly number[];
  predType: readonly number[];
  predLag: readonly number[];
  es: Float64Array;
  ef: Float64Array;
  duration: Float64Array;
}

/**
 * Critical paths follow links that are tight (the successor starts, or finishes, exactly when the link
 * allows) between critical activities; every critical activity lies on such a path to the finish. Paths
 * start at critical activities without a tight critical predecessor and are listed depth first, in input
 * order, up to `max`.
 */
function criticalPathsOf(links: Links, max: number): { paths: number[][]; truncated: boolean } {
  const { n, critical, succFrom, succLink, linkOwner, predNode, predType, predLag, es, ef, duration } = links;
  const nextFrom = new Int32Array(n + 1);
  const next: number[] = [];
  const hasTightPred = new Uint8Array(n);
  const lastSeen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    nextFrom[i] = next.length;
    if (!critical[i]) continue;
    for (let s = succFrom[i]; s < succFrom[i + 1]; s++) {
      const l = succLink[s];
      const j = linkOwner[l];
      if (!critical[j] || lastSeen[j] === i) continue;
      if (allowedStart(predType[l], predLag[l], es[i], ef[i], duration[j]) !== es[j]) continue;
      lastSeen[j] = i;
      next.push(j);
      hasTightPred[j] = 1;
    }
  }
  nextFrom[n] = next.length;

  const paths: number[][] = [];
  let truncated = false;
  const path = new Int32Array(n);
  const cursor = new Int32Array(n);
  for (let root = 0; root < n && !truncated; root++) {
    if (!critical[root] || hasTightPred[root]) continue;
    let depth = 0;
    path[0] = root;
    cursor[0] = nextFrom[root];
    while (depth >= 0) {
      const top = path[depth];
      if (nextFrom[top] === nextFrom[top + 1] && cursor[depth] === nextFrom[top]) {
        if (paths.length === max) {
          truncated = true;
          break;
        }
        paths.push(Array.from(path.subarray(0, depth + 1)));
      }
      if (cursor[depth] < nextFrom[top + 1]) {
        const child = next[cursor[depth]++];
        depth++;
        path[depth] = child;
        cursor[depth] = nextFrom[child];
      } else {
        depth--;
      }
    }
  }
  return { paths, truncated };
}
