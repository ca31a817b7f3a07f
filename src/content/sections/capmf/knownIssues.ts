import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, personRef } from '../fields';

export const ISSUE_STATUSES = ['open', 'in-progress', 'deferred', 'resolved', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** How each status reads in the rendered plan. */
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  open: 'Open',
  'in-progress': 'In Progress',
  deferred: 'Deferred',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** One known issue, as entered in the project issue log. */
export const knownIssue = z.strictObject({
  id: id.describe('Issue id as in the project issue log, e.g. "ISS-004"'),
  description: markdown,
  impact: markdown.optional().describe('Effect on the implementation if the issue is not resolved'),
  owner: personRef.describe('Who owns the issue: name or role of someone listed in Points of Contact'),
  status: z.enum(ISSUE_STATUSES).describe('Status in the project issue log'),
  resolution: markdown.describe('Resolution, or the next step towards one'),
});

/** CA-PMF 3.4 Known Issues: issues relevant to implementation planning. */
export const knownIssues = defineSection({
  id: 'knownIssues',
  file: 'known-issues',
  title: 'Known Issues',
  schema: z.strictObject({
    intro,
    issues: z.array(knownIssue).default([]).describe('Known issues; an empty list renders as "no known issues"'),
  }),
});
