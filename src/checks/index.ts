import type { LoadedPlan } from '../content/load';
import { locate } from '../content/source';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { META_FILE, sections, type SectionId } from '../content/sections';
import type { CrossCheck, Finding } from './finding';
import { idsAreUnique } from './ids';
import { peopleAreKnown } from './people';
import { noPlaceholders } from './placeholders';
import { dependenciesExist, finishNotBeforeStart, noDependencyCycles, startsAfterDependencies, tasksInSync } from './schedule';
import { versionHistoryIncreases } from './versionHistory';

/** Every cross-check, run in this order; each is independent of the others. */
export const crossChecks: readonly CrossCheck[] = [
  versionHistoryIncreases,
  idsAreUnique,
  peopleAreKnown,
  tasksInSync,
  dependenciesExist,
  noDependencyCycles,
  finishNotBeforeStart,
  startsAfterDependencies,
  noPlaceholders,
];

/** Runs all cross-checks on a loaded plan and locates their findings in the content files. */
export function runCrossChecks(loaded: LoadedPlan, checks: readonly CrossCheck[] = crossChecks): Diagnostic[] {
  if (!loaded.plan) return [];
  const plan = loaded.plan;
  return checks.flatMap((check) => check(plan)).map((finding) => locateFinding(loaded, finding));
}

export function locateFinding(loaded: LoadedPlan, finding: Finding): Diagnostic {
  const source = loaded.sources[finding.origin];
  const file = source?.file ?? (finding.origin === 'meta' ? META_FILE : `${sections[finding.origin as SectionId].file}.yaml`);
  const position = source ? locate(source, finding.path) : { line: 0, col: 0 };
  const { origin: _origin, ...rest } = finding;
  return { file, ...position, ...rest };
}
