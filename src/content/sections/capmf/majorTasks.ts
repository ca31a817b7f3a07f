import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, markdown, personRef, text } from '../fields';

/** CA-PMF 2.2 Major Tasks: generic implementation tasks, each with resources, key staff and success criteria. */
export const majorTask = z.strictObject({
  id: id.describe('Task id, shared with the Implementation Schedule'),
  name: text,
  description: markdown.optional(),
  resources: z.array(text).min(1, 'list the resources the task needs'),
  keyStaff: z.array(personRef).min(1, 'name at least one person responsible'),
  successCriteria: markdown,
});

export const majorTasks = defineSection({
  id: 'majorTasks',
  file: 'major-tasks',
  title: 'Major Tasks',
  schema: z.strictObject({
    intro,
    tasks: z.array(majorTask).min(1, 'describe at least one major task'),
  }),
});
