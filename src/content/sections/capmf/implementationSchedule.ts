import * as z from 'zod';
import { defineSection } from '../define';
import { dependency } from '../dependency';
import { id, intro, planDate, text } from '../fields';
import { duration } from '../roadmap/duration';

/**
 * CA-PMF 2.3 Implementation Schedule: the major tasks with dates and dependencies. A task either gives its
 * planned dates (`start` and `finish`), or a `duration` and lets its dependencies place it (optionally from
 * a given `start`); plansmith computes the rest with the critical path method.
 */
export const scheduledTask = z
  .strictObject({
    id: id.describe('Task id; the same id as in Major Tasks'),
    task: text,
    start: planDate.optional().describe('Planned start date; required with `finish`, optional with `duration` alone'),
    finish: planDate.optional().describe('Planned finish date (the last day of work); for a milestone, the day it is reached'),
    duration: duration
      .optional()
      .describe('Working time, e.g. "3 days" or "2 weeks": without dates the task starts as soon as its dependencies allow; with `start` and `finish` it is checked against them'),
    dependsOn: z
      .array(dependency)
      .default([])
      .describe('Tasks this one waits for: an id (starts after it finishes) or { id, type: FS|SS|FF, lag: "2 days" }'),
    phase: id.optional().describe('Id of the phase the task belongs to (e.g. "P2"), when the plan defines phases'),
    milestone: z.boolean().default(false).describe('true for a checkpoint rather than a piece of work: it takes no time'),
  })
  .superRefine((task, ctx) => {
    const problem = (field: string | undefined, message: string, hint?: string) =>
      ctx.addIssue({ code: 'custom', path: field === undefined ? [] : [field], message, params: { code: 'task-dates', hint } });
    if (task.milestone) {
      if (task.duration !== undefined) problem('duration', 'a milestone takes no time: remove the duration', 'give the day it is reached as `finish`, or let its dependencies place it');
      else if (task.start !== undefined && task.finish !== undefined && task.start !== task.finish) {
        problem('finish', `a milestone is reached on one day, but start (${task.start}) and finish (${task.finish}) differ`, 'give only `finish`, the day the milestone is reached');
      }
      return;
    }
    if (task.duration !== undefined) {
      // With start, finish and duration all given, the cross-checks compare them (duration-mismatch).
      if (task.finish !== undefined && task.start === undefined) {
        problem('finish', 'the task has a finish date and a duration but no start date', 'add `start` (the duration is then checked against the dates), or remove `finish` to let plansmith compute it');
      }
    } else if (task.start === undefined && task.finish === undefined) {
      problem(undefined, 'the task has neither dates nor a duration', 'give `start` and `finish`, or a `duration` such as "2 weeks"');
    } else if (task.finish === undefined) {
      problem('start', 'the task has a start date but no finish date or duration', 'add `finish`, or a `duration` such as "2 weeks"');
    } else if (task.start === undefined) {
      problem('finish', 'the task has a finish date but no start date', 'add `start`, or replace `finish` with a `duration`');
    }
  });

export const implementationSchedule = defineSection({
  id: 'implementationSchedule',
  file: 'implementation-schedule',
  title: 'Implementation Schedule',
  schema: z.strictObject({
    intro,
    tasks: z.array(scheduledTask).min(1, 'schedule at least one task'),
    criticalPath: z
      .array(id)
      .optional()
      .describe('Tasks the plan states are critical, in order (all or some of them); each is checked to be on the computed critical path'),
  }),
});

export type ScheduledTask = z.infer<typeof scheduledTask>;
