import * as z from 'zod';
import { defineSection } from '../define';
import { intro, markdown, personRef, text } from '../fields';

export const report = z.strictObject({
  name: text,
  frequency: text.describe('e.g. Weekly (Fridays), Monthly, At each milestone'),
  audience: text.optional().describe('Who receives it'),
  purpose: markdown,
  preparedBy: personRef.optional(),
});

export const meeting = z.strictObject({
  name: text,
  frequency: text.optional(),
  participants: text.describe('Who attends'),
  purpose: markdown,
  chair: personRef.optional(),
});

export const escalationLevel = z.strictObject({
  trigger: markdown.describe('When an issue moves to this level'),
  escalateTo: text.describe('Person, role or governance body the issue goes to'),
  responseTime: text.describe('Time allowed for a decision at this level, e.g. "2 working days"'),
});

/** Roadmap: Communication and Reporting Framework — reports, meetings and the escalation procedure. */
export const communication = defineSection({
  id: 'communication',
  file: 'communication',
  title: 'Communication and Reporting Framework',
  schema: z.strictObject({
    intro,
    reports: z.array(report).min(1, 'list at least one report'),
    meetings: z.array(meeting).default([]),
    escalation: z
      .array(escalationLevel)
      .min(1, 'describe at least one escalation level')
      .describe('Escalation procedure, lowest level first'),
  }),
});

export type Report = z.infer<typeof report>;
export type Meeting = z.infer<typeof meeting>;
