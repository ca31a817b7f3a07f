import * as z from 'zod';

/** One heading of the document: the section whose content goes under it, and the headings nested in it. */
const layoutEntry = z.strictObject({
  heading: z.string().min(1),
  /** Section id (e.g. `pointsOfContact`); a heading without one only groups its children. */
  section: z.string().optional(),
  /** Template name in templates/sections/, by default the section's file name. */
  template: z.string().regex(/^[a-z0-9-]+$/, 'template names use a-z, 0-9 and "-"').optional(),
  numbered: z.boolean().default(true),
  /** Markdown shown under the heading before the section content. */
  intro: z.string().optional(),
  get children() {
    return z.array(layoutEntry).default([]);
  },
});

/** `templates/layout.yaml`: which sections appear, in which order, under which headings. */
export const layoutSchema = z.strictObject({
  versionHistoryTitle: z.string().default('Version History'),
  tocTitle: z.string().default('Table of Contents'),
  sections: z.array(layoutEntry).min(1),
});

export type Layout = z.infer<typeof layoutSchema>;
export type LayoutEntry = z.infer<typeof layoutEntry>;
