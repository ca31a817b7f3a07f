import type { z } from 'zod';

/** What the content side knows about one template section: where it lives and what it may contain. */
export interface SectionDefinition<S extends z.ZodType = z.ZodType> {
  /** Key of the section in the typed Plan, e.g. `pointsOfContact`. */
  id: string;
  /** File base name in the plan folder, e.g. `points-of-contact` (.yaml, .yml or .md). */
  file: string;
  /** Heading used when the layout does not give one. */
  title: string;
  schema: S;
  /** For prose sections: a `.md` file's body (after optional YAML front matter) fills this field. */
  markdownField?: string;
}

export function defineSection<const Id extends string, S extends z.ZodType>(
  definition: SectionDefinition<S> & { id: Id },
): SectionDefinition<S> & { id: Id } {
  return definition;
}
