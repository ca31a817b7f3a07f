/**
 * The computed schedule: what the critical path method gives for a network of tasks. Produced by
 * `computeSchedule` (src/derive/compute.ts), consumed by cross-checks, templates, the `schedule` command
 * and the Gantt chart. All dates are ISO `YYYY-MM-DD` working days; a finish date is inclusive.
 */

import type { Weekday } from '../content/calendar';
import type { Holiday } from '../content/planCalendar';

/** Finish-to-start, start-to-start or finish-to-finish. */
export type DependencyType = 'FS' | 'SS' | 'FF';

export interface ScheduledDependency {
  id: string;
  type: DependencyType;
  /** Lag in working days; negative for a lead. */
  lagDays: number;
}

export interface ScheduledItem {
  id: string;
  name: string;
  /**
   * A milestone has zero duration and is drawn as a diamond. Its start and finish are the same date: the
   * day it is reached, which is the day the work before it finishes (or the plan start when none does).
   */
  kind: 'task' | 'milestone';
  /** Swimlane / grouping label: the phase id, e.g. "P2" (a work package's phase, a task's `phase`), or undefined. */
  group?: string;
  /** Working days; 0 for a milestone. */
  durationDays: number;
  /** Earliest first and last day of work. */
  earlyStart: string;
  earlyFinish: string;
  /** Latest first and last day of work that do not move the network's finish. */
  lateStart: string;
  lateFinish: string;
  /**
   * Total float in working days: 0 on a critical path; negative only where a given date breaks a
   * dependency (which the checks report as an error).
   */
  totalFloat: number;
  /** On a critical path: total float of zero or less. */
  critical: boolean;
  /**
   * Dependencies as the CPM used them. A work package's dependency on a phase appears as one dependency on
   * each work package of that phase; dependencies on unknown ids are left out.
   */
  dependsOn: ScheduledDependency[];
  /**
   * The dates the plan gives for this item, when it gives any (Implementation Schedule tasks written with
   * start/finish). The early dates equal them unless a dependency is broken, which the checks report.
   */
  given?: { start?: string; finish?: string };
}

export interface ComputedSchedule {
  /** Which network this is: the Implementation Schedule's tasks or the Phases' work packages. */
  network: 'schedule' | 'workPackages';
  /** First day of work (the earliest early start). */
  start: string;
  /** The computed end: the last day of work (the latest early finish). */
  finish: string;
  /** Working days from start to finish, inclusive. */
  workingDays: number;
  /** In the order the plan lists them. */
  items: ScheduledItem[];
  /** Every critical path, each as the ids from first to last task. */
  criticalPaths: string[][];
  /** True when the network has more critical paths than `criticalPaths` lists (it stops at 100). */
  criticalPathsTruncated?: boolean;
  /** The working calendar the dates were computed with: worked weekdays and holidays (plan.yaml `calendar`). */
  calendar?: { workweek: Weekday[]; holidays: Holiday[] };
}
