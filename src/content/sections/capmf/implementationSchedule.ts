import { z } from 'zod';
import { defineSection } from '../define';
import { id, intro, isoDate, text } from '../fields';

/** CA-PMF 2.3 Implementation Schedule: the major tasks in chronological order, with dates and dependencies. */
export const scheduledTask = z.strictObject({
  id: id.describe('Task id; the same id as in Major Tasks'),
  task: text,
  start: isoDate.describe('Planned start date'),
  finish: isoDate.describe('Planned finish date'),
  dependsOn: z.array(id).default([]).describe('Ids of tasks that must finish before this one starts'),
  phase: id.optional().describe('Id of the phase the task belongs to (e.g. "P2"), when the plan defines phases'),
  milestone: z.boolean().default(false).describe('true for a checkpoint rather than a piece of work'),
});

export const implementationSchedule = defineSection({
  id: 'implementationSchedule',
  file: 'implementation-schedule',
  title: 'Implementation Schedule',
  schema: z.strictObject({
    intro,
    tasks: z.array(scheduledTask).min(1, 'schedule at least one task'),
  }),
});

export type ScheduledTask = z.infer<typeof scheduledTask>;
