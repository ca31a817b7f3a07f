import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, planDate, markdown, personRef, text } from '../fields';

export const milestone = z.strictObject({
  id: id.describe('Milestone id, e.g. M1'),
  name: text,
  targetDate: planDate,
  phase: id.optional().describe('Id of the phase the milestone closes or belongs to (see Phases)'),
  task: id
    .optional()
    .describe('Id of the scheduled task the milestone marks: its target date is checked against that task\'s finish (and it is not taken to close its phase)'),
  successCriteria: markdown.optional(),
  responsible: personRef.optional(),
});

export const phaseGate = z.strictObject({
  id: id.describe('Gate id, e.g. G1'),
  name: text.optional(),
  phase: id.describe('Id of the phase this gate reviews (see Phases)'),
  date: planDate.optional().describe('Date of the gate review'),
  approver: personRef.optional().describe('Who approves passing the gate: a name, role or organisation from Points of Contact'),
  criteria: z.array(markdown).min(1, 'list at least one gate criterion'),
});

/** Roadmap: Milestone Schedule — major milestones and the phase gate reviews. */
export const milestones = defineSection({
  id: 'milestones',
  file: 'milestones',
  title: 'Milestone Schedule',
  schema: z.strictObject({
    intro,
    milestones: z.array(milestone).min(1, 'list at least one milestone'),
    phaseGates: z.array(phaseGate).default([]),
  }),
});

export type Milestone = z.infer<typeof milestone>;
