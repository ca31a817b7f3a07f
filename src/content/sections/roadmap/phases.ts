import * as z from 'zod';
import { defineSection } from '../define';
import { dependency } from '../dependency';
import { id, intro, planDate, markdown, text } from '../fields';
import { duration } from './duration';

/** One work package of the Work Breakdown Structure. */
export const workPackage = z.strictObject({
  id: id.describe('Work package id, unique in the plan, e.g. WP1.1'),
  name: text,
  activities: z.array(markdown).min(1, 'list at least one activity'),
  deliverables: z.array(text).min(1, 'list at least one deliverable'),
  duration,
  dependsOn: z
    .array(dependency)
    .default([])
    .describe(
      'Work packages, or phases (meaning each of that phase\'s work packages), this one waits for: an id (starts after it finishes) or { id, type: FS|SS|FF, lag: "2 days" }',
    ),
});

export const phase = z.strictObject({
  id: id.describe('Phase id used by milestones, staffing, budget and quality checkpoints, e.g. P1'),
  name: text,
  start: planDate.describe('Start date of the phase: its work packages start on it at the earliest'),
  finish: planDate.describe('Finish date of the phase (its last day of work); checked against the chain of its work packages'),
  objectives: markdown.optional(),
  workPackages: z.array(workPackage).default([]).describe('Work packages of the phase; a phase may be given by its name and dates only'),
});

/** Roadmap: Work Breakdown Structure — the phases, in order, each with its work packages. */
export const phases = defineSection({
  id: 'phases',
  file: 'phases',
  title: 'Work Breakdown Structure',
  schema: z.strictObject({
    intro,
    phases: z.array(phase).min(1, 'describe at least one phase'),
  }),
});

export type Phase = z.infer<typeof phase>;
