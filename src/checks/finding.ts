import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import type { Derived } from '../derive';
import type { FieldPath, Severity } from '../diagnostics/diagnostic';

/**
 * What a cross-check reports: a problem at a field of the typed plan. Checks never see files or positions;
 * the runner turns findings into located diagnostics.
 */
export interface Finding {
  origin: Origin;
  path: FieldPath;
  severity: Severity;
  code: string;
  message: string;
  hint?: string;
  /** Where in the string value at `path` the problem is (a word inside a paragraph); located exactly when possible. */
  offset?: number;
}

/** A cross-check is a small pure function of the plan and what it implies (computed once, by `derive`). Sections a plan does not use are undefined. */
export type CrossCheck = (plan: Plan, derived: Derived) => Finding[];
