import { ISSUE_STATUS_LABELS } from '../../content/sections/capmf/knownIssues';
import { CLOUD_SERVICE_TYPE_NAMES } from '../../content/sections/capmf/systemOrganization';
import type { ContactIndex } from '../../content/sections/capmf/pointsOfContact';
import type { Derived } from '../../derive';
import type { PhaseSchedule } from '../../derive/phaseWindows';
import type { BudgetTotals, StaffingTotals } from '../../derive/totals';
import type { ComputedSchedule, ScheduledItem } from '../../derive/types';

/**
 * What section templates see as `computed` (next to the section's own fields and `plan`): values derived
 * from the plan, never typed by hand. Everything is a plain object, reachable with Handlebars paths and
 * `lookup`, e.g. `{{#with (lookup @root.computed.workPackageById id)}}{{date earlyStart}}{{/with}}`.
 * A field is undefined when the plan lacks what it is computed from (or the dependencies form a cycle).
 */
export interface TemplateComputed {
  /** The Implementation Schedule's tasks, scheduled with the critical path method (see ComputedSchedule). */
  schedule?: ComputedSchedule;
  /** The work packages of the phases, scheduled the same way. */
  workPackages?: ComputedSchedule;
  /** `schedule.items` keyed by task id. */
  taskById: Record<string, ScheduledItem>;
  /** `workPackages.items` keyed by work package id. */
  workPackageById: Record<string, ScheduledItem>;
  /** Per phase id: the phase window, its working days, the chain its work packages need, computed dates. */
  phaseById: Record<string, PhaseSchedule>;
  /** Budget row, column (per phase id) and grand totals, in cents and as amounts. */
  budget?: BudgetTotals;
  /** Staffing totals: per role, per phase, peak FTE and person-weeks. */
  staffing?: StaffingTotals;
  /** The whole implementation, first start to last finish (see `Derived`). */
  span?: Derived['span'];
  /** Points of Contact by name and by role, for the `person` helper (not for template paths: its maps are not plain). */
  contacts: ContactIndex;
}

/** The template view of what `derive` computed: its values, and the schedules' items keyed by id. */
export function templateComputed({ schedules, phases, budget, staffing, span, contacts }: Derived): TemplateComputed {
  const schedule = schedules.schedule?.computed;
  const workPackages = schedules.workPackages?.computed;
  return {
    schedule,
    workPackages,
    taskById: Object.fromEntries((schedule?.items ?? []).map((item) => [item.id, item])),
    workPackageById: Object.fromEntries((workPackages?.items ?? []).map((item) => [item.id, item])),
    phaseById: Object.fromEntries(phases.map((phase) => [phase.id, phase])),
    budget,
    staffing,
    span,
    contacts,
  };
}

/** How coded values read in the document, for templates as `labels` (`{{lookup @root.labels.issueStatus status}}`). */
export const TEMPLATE_LABELS = {
  issueStatus: ISSUE_STATUS_LABELS,
  cloudServiceType: CLOUD_SERVICE_TYPE_NAMES,
};
