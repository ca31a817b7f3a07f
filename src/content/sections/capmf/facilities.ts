import * as z from 'zod';
import { defineSection } from '../define';
import { intro, text } from '../fields';
import { period } from './period';

/** One facility needed during implementation (workspace, floor space, classroom). */
export const facility = z.strictObject({
  purpose: text.describe('What the facility will be used for, e.g. "Training"'),
  location: text.optional().describe('Where the facility is, e.g. a site name and room'),
  size: text.describe('Required size: what it must accommodate, or its physical size'),
  resources: z.array(text).min(1, 'list the resources the facility needs').describe('Resources needed, one per line'),
  hours: text.describe('Planned days and hours of use, e.g. "Mon–Fri, 7:00–18:00"'),
  period: period.describe('Dates the facility is needed'),
});

/** CA-PMF 3.1.3 Facilities: physical space and accommodations needed during implementation. */
export const facilities = defineSection({
  id: 'facilities',
  file: 'facilities',
  title: 'Facilities',
  schema: z.strictObject({
    intro,
    facilities: z.array(facility).min(1, 'list at least one facility'),
  }),
});

export type Facility = z.infer<typeof facility>;
