import type { LoadedPlan } from '../content/load';
import { locate } from '../content/source';
import { valueAt } from '../content/validate';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Derived } from '../derive';
import { META_FILE, sectionById, sections, type SectionId } from '../content/sections';
import { givenDatesFitComputedSchedule, scheduleHasStart } from './computedSchedule';
import { datesInsidePlan, maintenanceCoversImplementation, totalDurationCoversSchedule, totalDurationMatchesSpan } from './dates';
import type { CrossCheck, Finding } from './finding';
import { abbreviationsDefined, glossaryTermsUnique } from './glossary';
import { idsAreUnique } from './ids';
import { peopleAreKnown } from './people';
import {
  noWorkPackageCycles,
  phaseColumnsMatchPhases,
  phaseFinishNotBeforeStart,
  phaseReferencesExist,
  workPackageDependenciesExist,
} from './phases';
import { milestonesAfterPhaseWork, phaseWindowsHoldTheirWork } from './phaseWindows';
import { noPlaceholders } from './placeholders';
import { markdownImagesHaveAlt } from './images';
import { markdownWithinLimits } from './markdownLimits';
import { proseShownAsWritten } from './prose';
import { raciRowsComplete } from './raci';
import { durationMatchesDates, statedCriticalPathHolds, taskReferencesHold } from './taskReferences';
import { dependenciesExist, finishNotBeforeStart, noDependencyCycles, startsAfterDependencies, majorTasksScheduled } from './schedule';
import { locateInValue } from './textPosition';
import { budgetTotalsAddUp, staffingTotalsAddUp } from './totals';
import { versionHistoryIncreases } from './versionHistory';

/** Every cross-check, run in this order; each is independent of the others. */
export const crossChecks: readonly CrossCheck[] = [
  versionHistoryIncreases,
  idsAreUnique,
  peopleAreKnown,
  majorTasksScheduled,
  dependenciesExist,
  noDependencyCycles,
  finishNotBeforeStart,
  startsAfterDependencies,
  durationMatchesDates,
  taskReferencesHold,
  statedCriticalPathHolds,
  scheduleHasStart,
  givenDatesFitComputedSchedule,
  phaseFinishNotBeforeStart,
  workPackageDependenciesExist,
  noWorkPackageCycles,
  phaseWindowsHoldTheirWork,
  milestonesAfterPhaseWork,
  phaseReferencesExist,
  phaseColumnsMatchPhases,
  raciRowsComplete,
  budgetTotalsAddUp,
  staffingTotalsAddUp,
  datesInsidePlan,
  maintenanceCoversImplementation,
  totalDurationMatchesSpan,
  totalDurationCoversSchedule,
  glossaryTermsUnique,
  abbreviationsDefined,
  noPlaceholders,
  markdownWithinLimits,
  markdownImagesHaveAlt,
  proseShownAsWritten,
];

/** Runs all cross-checks on a loaded plan and locates their findings in the content files. */
export function runCrossChecks(loaded: LoadedPlan, derived: Derived, checks: readonly CrossCheck[] = crossChecks): Diagnostic[] {
  if (!loaded.plan) return [];
  const plan = loaded.plan;
  return checks.flatMap((check) => shown(check(plan, derived))).map((finding) => locateFinding(loaded, finding));
}

/**
 * Findings one check reports in full: locating each reads its file, so a file of thousands of the same mistake
 * would take time in proportion to their count times its size. The rest are counted in one last finding.
 */
export const MAX_FINDINGS_PER_CHECK = 200;

function shown(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_CHECK) return findings;
  const next = findings[MAX_FINDINGS_PER_CHECK];
  const more = findings.length - MAX_FINDINGS_PER_CHECK;
  return [...findings.slice(0, MAX_FINDINGS_PER_CHECK), { ...next, message: `and ${more} more problem${more === 1 ? '' : 's'} like the ones above (${next.code}), not shown one by one` }];
}

export function locateFinding(loaded: LoadedPlan, finding: Finding): Diagnostic {
  const source = loaded.sources[finding.origin];
  const file = source?.file ?? (finding.origin === 'meta' ? META_FILE : `${sections[finding.origin as SectionId].file}.yaml`);
  const position = (source && finding.offset !== undefined && locateWord(loaded, finding, finding.offset)) ||
    (source ? locate(source, finding.path) : { line: 0, col: 0 });
  const { origin: _origin, offset: _offset, ...rest } = finding;
  return { file, ...position, ...rest };
}

/** The exact position of a word inside a string value, when the file lets it be told. */
function locateWord(loaded: LoadedPlan, finding: Finding, offset: number) {
  const source = loaded.sources[finding.origin]!;
  const section = finding.origin === 'meta' ? loaded.plan?.meta : loaded.plan?.[finding.origin];
  const value = valueAt(section, finding.path);
  if (typeof value !== 'string') return undefined;
  return locateInValue(source, finding.path, value, offset, sectionById(finding.origin)?.markdownField);
}
