import { locateFinding, runCrossChecks } from '../checks';
import { imageFindings, imageReferences } from '../checks/images';
import { loadPlan, type LoadedPlan } from '../content/load';
import { loadImages, type AssetResult } from '../render/assets';
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

/** Loads the plan folder and checks it, the images it names included (they are read to see they can be used). */
export async function checkPlan(dir: string, options: { strict?: boolean } = {}): Promise<CheckResult> {
  return checkWithImages(dir, await loadPlan(dir), options);
}

/** `checkLoaded`, and the images the plan names read with `readImages` (watch passes one that keeps what it read). */
export async function checkWithImages(
  dir: string,
  loaded: LoadedPlan,
  options: { strict?: boolean } = {},
  readImages: (dir: string, sources: string[]) => Promise<ReadonlyMap<string, AssetResult>> = loadImages,
): Promise<CheckResult> {
  if (!loaded.plan) return checkLoaded(loaded, options);
  const references = imageReferences(loaded.plan);
  const images = await readImages(dir, references.map((r) => r.src));
  const imageProblems = imageFindings(references, images).map((finding) => locateFinding(loaded, finding));
  return checkLoaded({ ...loaded, diagnostics: [...loaded.diagnostics, ...imageProblems] }, options);
}
