import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '../content/sections';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { loadImages } from '../render/assets';
import { buildDocTree, referencedImages, renderPlanMarkdown } from '../render/document';
import type { DocTree } from '../render/doctree';
import { slugify } from '../render/markdown';
import { loadTemplateSet, type TemplateSet } from '../render/templateSet';
import type { Theme } from '../render/theme';
import { writeFileAtomic } from '../output/atomicWrite';
import { writers, type Format } from '../writers';
import { checkPlan, type CheckResult } from './check';

export interface RenderResult {
  tree?: DocTree;
  theme?: Theme;
  templates?: TemplateSet;
  diagnostics: Diagnostic[];
}

/** Templates -> Markdown -> images -> document tree, for a plan that has passed its checks. */
export async function renderPlan(dir: string, plan: Plan, options: { paper?: Theme['paper']; date?: string } = {}): Promise<RenderResult> {
  const { set, diagnostics } = await loadTemplateSet(dir);
  if (!set) return { diagnostics };
  const { rendered, diagnostics: templateDiagnostics } = renderPlanMarkdown(plan, set);
  diagnostics.push(...templateDiagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  const images = await loadImages(dir, referencedImages(plan, rendered));
  const { tree, diagnostics: treeDiagnostics } = buildDocTree(plan, rendered, set, images, { date: options.date });
  diagnostics.push(...treeDiagnostics);
  const theme = options.paper ? { ...set.theme, paper: options.paper } : set.theme;
  return { tree: hasErrors(diagnostics) ? undefined : tree, theme, templates: set, diagnostics };
}

export interface BuildOptions {
  formats: readonly Format[];
  outDir: string;
  strict?: boolean;
  paper?: Theme['paper'];
  /** Base name of the output files; defaults to the plan's title as a slug. */
  name?: string;
  /** Date written into file metadata; defaults to the date of the newest version-history entry. */
  date?: string;
}

export interface WrittenFile {
  format: Format;
  path: string;
  bytes: number;
  ms: number;
}

export interface BuildResult {
  ok: boolean;
  check: CheckResult;
  diagnostics: Diagnostic[];
  written: WrittenFile[];
}

/**
 * check -> render -> write. Every format is produced in memory before anything is written, and each file
 * replaces its predecessor atomically: a failed build leaves the previous outputs as they were.
 */
export async function buildPlan(dir: string, options: BuildOptions): Promise<BuildResult> {
  const check = await checkPlan(dir, { strict: options.strict });
  if (!check.ok || !check.plan) return { ok: false, check, diagnostics: check.diagnostics, written: [] };
  const rendered = await renderPlan(dir, check.plan, options);
  const diagnostics = sortDiagnostics([...check.diagnostics, ...rendered.diagnostics]);
  if (!rendered.tree || !rendered.theme) return { ok: false, check, diagnostics, written: [] };

  const { tree, theme } = rendered;
  const outputs = await Promise.all(
    options.formats.map(async (format) => {
      const started = performance.now();
      const bytes = await writers[format](tree, theme);
      return { format, bytes, ms: performance.now() - started };
    }),
  );
  await mkdir(options.outDir, { recursive: true });
  const name = options.name ?? (slugify(check.plan.meta.title) || 'plan');
  const written: WrittenFile[] = [];
  for (const output of outputs) {
    const path = join(options.outDir, `${name}.${output.format}`);
    await writeFileAtomic(path, output.bytes);
    written.push({ format: output.format, path, bytes: output.bytes.byteLength, ms: output.ms });
  }
  return { ok: true, check, diagnostics, written };
}
