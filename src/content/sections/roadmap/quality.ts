import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, personRef, text } from '../fields';

export const qualityStandard = z.strictObject({
  area: text.describe('e.g. Deliverable, Process, Technical'),
  standard: markdown,
});

export const qualityCheckpoint = z.strictObject({
  phase: id.describe('Id of the phase the check happens in (see Phases)'),
  check: text.describe('The quality check, e.g. Development review'),
  criteria: markdown.describe('What must be true to pass'),
  responsible: personRef,
});

export const reviewProcedure = z.strictObject({
  name: text.describe('e.g. Peer Reviews'),
  description: markdown,
});

export const qualityApproval = z.strictObject({
  area: text.describe('What is approved, e.g. Technical approvals'),
  approver: text.describe('Person, role or governance body that approves'),
  description: markdown.optional(),
});

/** Roadmap: Quality Assurance and Control — standards, checkpoints, reviews and approval authority. */
export const quality = defineSection({
  id: 'quality',
  file: 'quality',
  title: 'Quality Assurance and Control',
  schema: z.strictObject({
    intro,
    standards: z.array(qualityStandard).min(1, 'list at least one quality standard'),
    checkpoints: z.array(qualityCheckpoint).min(1, 'list at least one quality checkpoint'),
    reviewProcedures: z.array(reviewProcedure).default([]),
    approvalAuthority: z.array(qualityApproval).default([]),
  }),
});
