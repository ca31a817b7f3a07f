import { z } from 'zod';
import { defineSection } from '../define';
import { id, intro, isoDate, markdown, personRef, text } from '../fields';

export const milestone = z.strictObject({
  id: id.describe('Milestone id, e.g. M1'),
  name: text,
  targetDate: isoDate,
  phase: id.describe('Id of the phase the milestone closes or belongs to (see Phases)'),
  successCriteria: markdown,
  responsible: personRef,
});

export const phaseGate = z.strictObject({
  id: id.describe('Gate id, e.g. G1'),
  name: text,
  phase: id.describe('Id of the phase this gate reviews (see Phases)'),
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
export type PhaseGate = z.infer<typeof phaseGate>;
