/**
 * The computed schedule: what the critical path method gives for a network of tasks. Produced by
 * `computeSchedule` (src/schedule/compute.ts), consumed by cross-checks, templates, the `schedule` command
 * and the Gantt chart. All dates are ISO `YYYY-MM-DD` working days; a finish date is inclusive.
 */

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
  /** A milestone has zero duration and is drawn as a diamond. */
  kind: 'task' | 'milestone';
  /** Swimlane / grouping label, e.g. the phase id "P2" (work packages) or undefined. */
  group?: string;
  durationDays: number;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  /** Total float in working days (0 on a critical path). */
  totalFloat: number;
  critical: boolean;
  dependsOn: ScheduledDependency[];
}

export interface ComputedSchedule {
  /** Which network this is: the Implementation Schedule's tasks or the Phases' work packages. */
  network: 'schedule' | 'workPackages';
  start: string;
  finish: string;
  /** Working days from start to finish, inclusive. */
  workingDays: number;
  /** In the order the plan lists them. */
  items: ScheduledItem[];
  /** Every critical path, each as the ids from first to last task. */
  criticalPaths: string[][];
}
