import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '../content/sections';
import type { SourceFile } from '../content/source';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { buildDocTree, referencedImages, renderPlanMarkdown } from '../render/tree/document';
import type { DocTree } from '../render/tree/doctree';
import type { MarkdownCache } from '../render/tree/markdownCache';
import { slugify } from '../render/markdown/blocks';
import type { TemplateSet, TemplateSetOptions } from '../render/templates/templateSet';
import type { Theme } from '../render/templates/theme';
import { assertWritableFolder, removeStaleTemporaries, writeFileAtomic } from '../output/atomicWrite';
import type { Format } from '../writers';
import { produceFormats, type ProducedFile } from '../writers/produceFormats';
import { loadPlan } from '../content/load';
import { holdableDeep } from '../content/unholdable';
import { derive, type Derived } from '../derive';
import { checkPlanFolder, type CheckResult } from './check';
import { fileLoaders, keepingLoaders, type RenderLoaders } from './loaders';

export { fileLoaders, type RenderLoaders } from './loaders';

export interface RenderResult {
  tree?: DocTree;
  theme?: Theme;
  templates?: TemplateSet;
  /** Layout and theme files read, for code frames in diagnostics. */
  sources: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Templates -> Markdown -> images -> document tree, for a plan that has passed its checks. */
export interface RenderOptions extends TemplateSetOptions {
  paper?: Theme['paper'];
  /** Date written into file metadata; defaults to the date of the newest version-history entry. */
  date?: string;
  loaders?: RenderLoaders;
  /** What `derive` gave for the plan, when the caller has it (a build hands on its check's). */
  derived?: Derived;
  /** Markdown already lexed and turned into blocks by an earlier build (watch). */
  markdownCache?: MarkdownCache;
}

export async function renderPlan(dir: string, plan: Plan, options: RenderOptions = {}): Promise<RenderResult> {
  const loaders = options.loaders ?? fileLoaders;
  const loadedSet = await loaders.templateSet(dir, { builtInTemplates: options.builtInTemplates });
  const { set, sources } = loadedSet;
  // The template set's own problems are the check's to report (it reads the same set); here only why there is none.
  if (!set) return { sources, diagnostics: loadedSet.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const derived = options.derived ?? derive(plan);
  const { rendered, diagnostics: templateDiagnostics } = renderPlanMarkdown(plan, derived, set, { cache: options.markdownCache });
  diagnostics.push(...templateDiagnostics);
  if (hasErrors(diagnostics)) return { sources, diagnostics };
  const images = await loaders.images(dir, referencedImages(plan, rendered));
  // The theme as the documents use it, options included, before anything is sized by it (Gantt charts are as wide as
  // the paper's text). theme.yaml's text (font names, header text) reaches the documents too: without characters no
  // format can hold.
  const theme = holdableDeep(options.paper ? { ...set.theme, paper: options.paper } : set.theme);
  const { tree, diagnostics: treeDiagnostics } = buildDocTree(plan, derived, rendered, { ...set, theme }, images, { date: options.date, cache: options.markdownCache });
  diagnostics.push(...treeDiagnostics);
  return { tree: hasErrors(diagnostics) ? undefined : tree, theme, templates: set, sources, diagnostics };
}

export interface BuildOptions extends TemplateSetOptions {
  formats: readonly Format[];
  outDir: string;
  strict?: boolean;
  paper?: Theme['paper'];
  /** Base name of the output files; defaults to the plan's title as a slug. */
  name?: string;
  /** Date written into file metadata; defaults to the date of the newest version-history entry. */
  date?: string;
  /** Told before each long step, e.g. "writing pdf", for progress on a terminal. */
  onStep?: (step: string) => void;
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
  /** Every YAML file read (content, layout, theme), for code frames in diagnostics. */
  sources: SourceFile[];
  written: WrittenFile[];
}

export interface ProducedPlan extends Omit<BuildResult, 'written'> {
  /** Every requested format, when `ok`. */
  outputs: ProducedFile[];
  /** Base name of the output files. */
  name: string;
}

/** check result -> render -> the bytes of every format, all in memory; nothing is written. */
export async function producePlan(
  dir: string,
  check: CheckResult,
  options: Omit<BuildOptions, 'outDir' | 'strict'> & Pick<RenderOptions, 'loaders' | 'markdownCache'>,
): Promise<ProducedPlan> {
  const contentSources = [...Object.values(check.sources), ...(check.otherSources ?? [])].filter((s): s is SourceFile => s !== undefined);
  const name = options.name ?? (slugify(check.plan?.meta.title ?? '') || 'plan');
  if (!check.ok || !check.plan) return { ok: false, check, diagnostics: check.diagnostics, sources: contentSources, outputs: [], name };
  options.onStep?.('rendering');
  const rendered = await renderPlan(dir, check.plan, { ...options, derived: check.derived });
  const diagnostics = sortDiagnostics([...check.diagnostics, ...rendered.diagnostics]);
  const sources = [...contentSources, ...rendered.sources];
  if (!rendered.tree || !rendered.theme) return { ok: false, check, diagnostics, sources, outputs: [], name };

  const outputs = await produceFormats(rendered.tree, rendered.theme, options.formats, { onFormat: (format) => options.onStep?.(`writing ${format}`) });
  return { ok: true, check, diagnostics, sources, outputs, name };
}

/** Writes `<outDir>/<name>.<format>` for each output, each file replacing its predecessor atomically. */
export async function writeOutputs(outputs: readonly ProducedFile[], outDir: string, name: string): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const output of outputs) {
    const path = join(outDir, `${name}.${output.format}`);
    await removeStaleTemporaries(path);
    await writeFileAtomic(path, output.bytes);
    written.push({ format: output.format, path, bytes: output.bytes.byteLength, ms: output.ms });
  }
  return written;
}

/**
 * check -> render -> write. Every format is produced in memory before anything is written, and each file
 * replaces its predecessor atomically: a failed build leaves the previous outputs as they were.
 */
export async function buildPlan(dir: string, options: BuildOptions): Promise<BuildResult> {
  // An --out that cannot be written is found now, not after the whole build.
  await assertWritableFolder(options.outDir);
  // Check and render read the same templates and images: read once.
  const loaders = keepingLoaders();
  options.onStep?.('checking');
  const produced = await producePlan(dir, await checkPlanFolder(dir, await loadPlan(dir), options, loaders), { ...options, loaders });
  const { ok, check, diagnostics, sources } = produced;
  const written = ok ? await writeOutputs(produced.outputs, options.outDir, produced.name) : [];
  return { ok, check, diagnostics, sources, written };
}
