import { locateFinding, runCrossChecks } from '../checks';
import { imageFindings, imageReferences } from '../checks/images';
import { loadPlan, type LoadedPlan } from '../content/load';
import type { Plan } from '../content/sections';
import { refusedLinks } from '../content/planFolder';
import { locate, type SourceFile } from '../content/source';
import { hasErrors, promoteWarnings, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { derive, type Derived } from '../derive';
import type { TemplateSet, TemplateSetOptions } from '../render/templates/templateSet';
import { fileLoaders, type RenderLoaders } from './loaders';
import { applyRuleSettings, type AppliedRule } from './ruleSettings';

export interface CheckResult extends LoadedPlan {
  ok: boolean;
  /** theme.yaml and layout files read, for code frames in diagnostics. */
  otherSources?: SourceFile[];
  /** The checks plan.yaml turns off or down, with their reasons and what they silenced. */
  rules: AppliedRule[];
  /** What the plan implies (schedules, totals), computed once for the checks and handed on to rendering. */
  derived?: Derived;
}

export interface CheckOptions extends TemplateSetOptions {
  strict?: boolean;
}

/**
 * Schema validation plus cross-checks, all problems at once. `strict` turns warnings into errors; then the
 * plan's own rule settings turn chosen checks off or down (ruleSettings.ts).
 */
export function checkLoaded(loaded: LoadedPlan, options: { strict?: boolean } = {}, derived = loaded.plan && derive(loaded.plan)): CheckResult {
  let diagnostics: Diagnostic[] = [...loaded.diagnostics, ...(derived ? runCrossChecks(loaded, derived) : [])];
  if (options.strict) diagnostics = promoteWarnings(diagnostics);
  const settings = applyRuleSettings(diagnostics, loaded.plan?.meta.rules ?? []);
  diagnostics = sortDiagnostics(settings.diagnostics.map((d) => (d.code === 'unused-rule-setting' ? locateRuleSetting(loaded, d) : d)));
  return { ...loaded, diagnostics, rules: settings.applied, derived, ok: loaded.plan !== undefined && !hasErrors(diagnostics) };
}

function locateRuleSetting(loaded: LoadedPlan, d: Diagnostic): Diagnostic {
  const source = loaded.sources.meta;
  return source ? { ...d, file: source.file, ...locate(source, d.path) } : d;
}

/** Loads the plan folder and checks everything in it that a build reads. */
export async function checkPlan(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  return checkPlanFolder(dir, await loadPlan(dir), options);
}

/**
 * `checkLoaded`, and the rest of the plan folder a build reads, so a plan that checks also builds: the images the
 * content names, `theme.yaml`, and the plan's own templates (rendered, as only rendering finds a helper or partial
 * that does not exist; the built-in ones are tested). `loaders` read the files (watch passes its caching ones).
 */
export async function checkPlanFolder(dir: string, loaded: LoadedPlan, options: CheckOptions = {}, loaders: RenderLoaders = fileLoaders): Promise<CheckResult> {
  const links = await refusedLinks(dir);
  if (!loaded.plan) return checkLoaded({ ...loaded, diagnostics: withRefusedLinks(loaded.diagnostics, links) }, options);
  const plan = loaded.plan;
  const derived = derive(plan);
  const references = imageReferences(plan);
  const [images, templates] = await Promise.all([
    loaders.images(dir, references.map((r) => r.src)),
    loaders.templateSet(dir, { builtInTemplates: options.builtInTemplates }),
  ]);
  const imageProblems = imageFindings(references, images).map((finding) => locateFinding(loaded, finding));
  const templateProblems = [...templates.diagnostics, ...(templates.set && hasOwnTemplates(templates.set) ? await ownTemplateProblems(plan, derived, templates.set) : [])];
  const result = checkLoaded({ ...loaded, diagnostics: withRefusedLinks([...loaded.diagnostics, ...imageProblems, ...templateProblems], links) }, options, derived);
  return { ...result, otherSources: templates.sources };
}

/**
 * Every symlink of the plan folder that leads outside it is an error, also where no reader met it (a release
 * snapshots the whole folder); a file that several readers refused is reported once.
 */
function withRefusedLinks(diagnostics: Diagnostic[], refused: Diagnostic[]): Diagnostic[] {
  const linkCodes = new Set(['link-outside-plan', 'broken-link']);
  const reported = new Set<string>();
  return [...diagnostics, ...refused].filter((d) => {
    if (!linkCodes.has(d.code)) return true;
    const key = `${d.file}\0${d.code}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
}

/** Rendering (Handlebars, Markdown, charts) is loaded only for a plan with templates of its own: most checks need none. */
async function ownTemplateProblems(plan: Plan, derived: Derived, set: TemplateSet): Promise<Diagnostic[]> {
  const { renderPlanMarkdown } = await import('../render/tree/document');
  return renderPlanMarkdown(plan, derived, set).diagnostics;
}

function hasOwnTemplates(set: TemplateSet): boolean {
  return [...set.sections.values(), ...set.partials.values()].some((template) => template.file.startsWith('templates/'));
}
