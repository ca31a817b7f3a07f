import { runCrossChecks } from '../checks';
import { loadPlan, type LoadedPlan } from '../content/load';
import { hasErrors, promoteWarnings, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';

export interface CheckResult extends LoadedPlan {
  ok: boolean;
}

/** Schema validation plus cross-checks, all problems at once. `strict` turns warnings into errors. */
export function checkLoaded(loaded: LoadedPlan, options: { strict?: boolean } = {}): CheckResult {
  let diagnostics: Diagnostic[] = [...loaded.diagnostics, ...runCrossChecks(loaded)];
  if (options.strict) diagnostics = promoteWarnings(diagnostics);
  diagnostics = sortDiagnostics(diagnostics);
  return { ...loaded, diagnostics, ok: loaded.plan !== undefined && !hasErrors(diagnostics) };
}

export async function checkPlan(dir: string, options: { strict?: boolean } = {}): Promise<CheckResult> {
  return checkLoaded(await loadPlan(dir), options);
}
