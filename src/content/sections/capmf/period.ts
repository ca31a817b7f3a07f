import * as z from 'zod';
import { isoDate } from '../fields';

/** A span of calendar days, both ends included (the template's "XX/XX/XXXX to XX/XX/XXXX"). */
export const period = z
  .strictObject({
    from: isoDate.describe('First day, YYYY-MM-DD'),
    to: isoDate.describe('Last day, YYYY-MM-DD'),
  })
  .superRefine((value, ctx) => {
    // ISO dates compare correctly as strings.
    if (value.to < value.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `ends on ${value.to}, before it starts (${value.from})`, params: { code: 'period-reversed' } });
    }
  });

export type Period = z.infer<typeof period>;
