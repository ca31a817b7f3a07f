import * as z from 'zod';
import { defineSection } from '../define';
import { intro, personRef, text } from '../fields';
import { period } from './period';

/** One staffing need during the implementation period. */
export const staffingNeed = z.strictObject({
  staffingType: text.describe('Type of staff needed, e.g. "Hardware Technician"'),
  skills: text.describe('High-level skills needed'),
  securityClearance: z.boolean().describe('Whether the staff need a security clearance (yes/no)'),
  fte: z.number().positive().max(100).describe('Number needed, in full-time equivalents (e.g. 1.5)'),
  period: period.describe('Period the staff are needed'),
  assigned: z
    .array(personRef)
    .default([])
    .describe('Staff already selected for this need: names or roles listed in Points of Contact'),
});

/** CA-PMF 3.3 Personnel: staffing requirements, skills and clearances for the implementation. */
export const personnel = defineSection({
  id: 'personnel',
  file: 'personnel',
  title: 'Personnel',
  schema: z.strictObject({
    intro,
    staffing: z.array(staffingNeed).min(1, 'list at least one staffing need'),
  }),
});
