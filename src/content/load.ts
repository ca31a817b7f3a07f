import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { visit, type Alias } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import { META_FILE, metaSchema, sectionList, type Plan, type SectionId } from './sections';
import type { SectionDefinition } from './sections/define';
import { planRoot, refusedFile, resolveInside } from './planFolder';
import { hasUnholdable, unholdableCharacters } from './unholdable';
import { shapeProblems, sizeProblem } from './limits';
import { decodeUtf8, deferredSource, parseYamlSource, type SourceFile } from './source';
import { readPlainYaml } from './plainYaml';
import { resolveRelativeDates } from './relativeDates';
import { validateSource } from './validate';

/** Where a value of the plan came from: `meta` is plan.yaml, otherwise a section id. */
export type Origin = 'meta' | SectionId;

export interface PlanFile {
  name: string;
  bytes: Uint8Array;
}

export interface LoadedPlan {
  /**
   * The typed plan; absent when plan.yaml is missing or cannot be read as a plan. Sections that failed validation
   * are left out, except where the only mistakes are unknown keys (read as their suggestions say).
   */
  plan?: Plan;
  sources: Partial<Record<Origin, SourceFile>>;
  diagnostics: Diagnostic[];
}

const SECTION_EXTENSIONS = ['.yaml', '.yml', '.md'];
/** Files a plan folder may hold besides its sections. */
const OTHER_FILES = new Set(['README.md', 'IMPORT.md', 'theme.yaml', '.gitignore']);

/** What reading one file gave: kept by `plansmith watch` so that unchanged files are not parsed again. */
export interface FileReading {
  source?: SourceFile;
  value?: unknown;
  diagnostics: Diagnostic[];
}

/**
 * Readings of files by name and content hash. Pass the same cache to successive loads and only files whose
 * bytes changed are parsed and validated again; entries of files no longer present are dropped.
 */
export type ReadingCache = Map<string, FileReading>;

export interface LoadOptions {
  cache?: ReadingCache;
}

/** Reads the top-level files of a plan folder (sections never live in subfolders) and parses them. */
export async function loadPlan(dir: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const root = await planRoot(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  const named = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && SECTION_EXTENSIONS.some((ext) => e.name.endsWith(ext)));
  const refused: Diagnostic[] = [];
  const files: PlanFile[] = [];
  for (const entry of named) {
    // A symlinked section is read where it leads, if that is inside the plan folder (see planFolder.ts).
    const resolved = entry.isSymbolicLink() ? await resolveInside(root, join(root, entry.name)) : { real: join(root, entry.name) };
    if ('refused' in resolved) refused.push(refusedFile(entry.name, resolved.refused));
    else if ((await stat(resolved.real)).isFile()) files.push({ name: entry.name, bytes: await readFile(resolved.real) });
  }
  const loaded = parsePlanFiles(files, options);
  return { ...loaded, diagnostics: [...refused, ...loaded.diagnostics] };
}

/**
 * Pure core of loading: file contents in, typed plan and every diagnostic out. Never throws on content.
 * A cache (see `ReadingCache`) only saves work: the result is the same with or without it.
 */
export function parsePlanFiles(files: readonly PlanFile[], options: LoadOptions = {}): LoadedPlan {
  const { cache } = options;
  const used = new Set<string>();
  const readSection = (file: PlanFile, definition: ReadDefinition, into: Diagnostic[]) =>
    cache ? readCached(cache, used, file, definition, into) : parseSectionFile(file, definition, into);
  const byName = new Map(files.map((f) => [f.name, f]));
  const diagnostics: Diagnostic[] = [];
  const sources: LoadedPlan['sources'] = {};

  const metaFile = byName.get(META_FILE);
  let plan: Plan | undefined;
  if (!metaFile) {
    diagnostics.push({
      file: META_FILE,
      line: 0,
      col: 0,
      path: [],
      severity: 'error',
      code: 'missing-file',
      message: `the plan folder has no ${META_FILE} (title, department, project, version history)`,
      hint: 'run `plansmith init` to create a plan folder, or add plan.yaml',
    });
  } else {
    const meta = readSection(metaFile, { schema: metaSchema }, diagnostics);
    if (meta.source) sources.meta = meta.source;
    if (meta.value) plan = { meta: meta.value as Plan['meta'] };
  }

  const claimed = new Set([META_FILE, ...OTHER_FILES]);
  const sectionValues: Partial<Record<SectionId, unknown>> = {};
  for (const definition of sectionList) {
    const present = SECTION_EXTENSIONS.map((ext) => byName.get(definition.file + ext)).filter((f) => f !== undefined);
    present.forEach((f) => claimed.add(f.name));
    if (present.length === 0) continue;
    if (present.length > 1) {
      diagnostics.push({
        file: present[1].name,
        line: 0,
        col: 0,
        path: [],
        severity: 'error',
        code: 'duplicate-section',
        message: `section "${definition.title}" is given twice: ${present.map((f) => f.name).join(' and ')}`,
        hint: 'keep one of the two files',
      });
      continue;
    }
    const result = readSection(present[0], definition, diagnostics);
    if (result.source) sources[definition.id as SectionId] = result.source;
    if (result.value !== undefined) sectionValues[definition.id as SectionId] = result.value;
  }

  const knownNames = sectionList.map((s) => `${s.file}.yaml`).concat(META_FILE);
  for (const file of files) {
    if (claimed.has(file.name)) continue;
    const suggestion = closest(file.name.replace(/\.(ya?ml|md)$/, '.yaml'), knownNames);
    diagnostics.push({
      file: file.name,
      line: 0,
      col: 0,
      path: [],
      severity: 'warning',
      code: 'unknown-file',
      message: `"${file.name}" is not a section file, so it is not part of the plan`,
      hint: suggestion ? `did you mean "${suggestion}"?` : `section files are: ${knownNames.join(', ')}`,
    });
  }

  if (plan) Object.assign(plan, sectionValues);
  if (plan) {
    const relative = resolveRelativeDates(plan, sources);
    plan = relative.plan;
    diagnostics.push(...relative.diagnostics);
  }
  // Readings of files that are gone or changed would otherwise pile up over a long watch session.
  if (cache) for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  return { plan, sources, diagnostics };
}

type ReadDefinition = Pick<SectionDefinition, 'schema' | 'markdownField'>;

/**
 * A file's reading depends only on its name (which fixes its schema) and its bytes, so both make the key.
 * Cached values are shared between loads, which is safe because nothing downstream mutates the plan.
 */
function readCached(cache: ReadingCache, used: Set<string>, file: PlanFile, definition: ReadDefinition, diagnostics: Diagnostic[]): { source?: SourceFile; value?: unknown } {
  const key = `${file.name}\0${createHash('sha256').update(file.bytes).digest('hex')}`;
  used.add(key);
  let reading = cache.get(key);
  if (!reading) {
    const own: Diagnostic[] = [];
    reading = { ...parseSectionFile(file, definition, own), diagnostics: own };
    cache.set(key, reading);
  }
  diagnostics.push(...reading.diagnostics);
  return reading;
}

function parseSectionFile(file: PlanFile, definition: ReadDefinition, diagnostics: Diagnostic[]): { source?: SourceFile; value?: unknown } {
  const tooLarge = sizeProblem(file.name, file.bytes.byteLength);
  const decoded = tooLarge ? {} : decodeUtf8(file.name, file.bytes);
  const problem = tooLarge ?? decoded.diagnostic ?? sizeProblem(file.name, file.bytes.byteLength, decoded.text);
  if (problem) {
    diagnostics.push(problem);
    return {};
  }
  const text = decoded.text!;
  if (text.trim() === '') {
    diagnostics.push({
      file: file.name,
      line: 1,
      col: 1,
      path: [],
      severity: 'error',
      code: 'empty-file',
      message: 'file is empty',
      hint: 'fill in the section, or delete the file if the plan does not use this section',
    });
    return {};
  }

  const isMarkdown = file.name.endsWith('.md');
  const { yamlText, lineOffset, body } = isMarkdown ? splitFrontMatter(text) : { yamlText: text, lineOffset: 0, body: undefined };
  // Most files are plain YAML, read fast without positions; those are parsed only if a diagnostic needs one.
  const plain = readPlainYaml(yamlText);
  const { source, diagnostics: syntax } = plain ? { source: deferredSource(file.name, yamlText, lineOffset), diagnostics: [] } : parseYamlSource(file.name, yamlText, lineOffset);
  // Code frames quote the whole file, front matter and body alike.
  source.text = text;
  // The fast reader declines YAML holding such characters, so only a Markdown body can still hold one.
  diagnostics.push(...syntax, ...(plain && !hasUnholdable(text) ? [] : unholdableCharacters(source)));
  // A duplicate key leaves the file readable (the later value counts), so the schema still checks the rest of it.
  if (syntax.some((d) => d.severity === 'error' && d.code !== 'duplicate-key')) return { source };
  // The fast reader declines a file past the limits of nesting and list length.
  const shape = plain ? [] : shapeProblems(source);
  diagnostics.push(...shape);
  if (shape.length) return { source };

  let data: unknown;
  try {
    data = (plain ? plain.value : source.doc.toJS({ maxAliasCount: 100 })) ?? (isMarkdown ? {} : null);
  } catch (error) {
    // yaml throws for an alias with no anchor before it, and for aliases that expand past the bound ("billion
    // laughs"); nothing else throws here.
    if (!(error instanceof ReferenceError)) throw error;
    diagnostics.push(aliasProblem(source));
    return { source };
  }
  if (isMarkdown) {
    if (!definition.markdownField) {
      diagnostics.push({
        file: file.name,
        line: 1,
        col: 1,
        path: [],
        severity: 'error',
        code: 'markdown-not-allowed',
        message: 'this section is structured data and cannot be written as Markdown',
        hint: `rename it to ${file.name.replace(/\.md$/, '.yaml')} and write it as YAML`,
      });
      return { source };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) data = {};
    data = { ...(data as object), [definition.markdownField]: body };
  }
  const result = validateSource(source, definition.schema, data);
  diagnostics.push(...result.diagnostics);
  return { source, value: result.value };
}

/** Splits `---\nfront matter\n---\nbody`; a file without front matter is all body. */
export function splitFrontMatter(text: string): { yamlText: string; lineOffset: number; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { yamlText: '', lineOffset: 0, body: text };
  return { yamlText: match[1], lineOffset: 1, body: text.slice(match[0].length) };
}

/** An alias naming no anchor set before it, at that alias; otherwise aliases that expand too far, at the first. */
function aliasProblem(source: SourceFile): Diagnostic {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(source.doc, {
    Alias(_, node) {
      first ??= node;
      if (node.resolve(source.doc) === undefined) {
        unresolved = node;
        return visit.BREAK;
      }
    },
  });
  const at = source.lineCounter.linePos((unresolved ?? first)?.range?.[0] ?? 0);
  const where = { file: source.file, line: at.line + source.lineOffset, col: at.col, path: [], severity: 'error' as const };
  if (unresolved) {
    const name = unresolved.source;
    return { ...where, code: 'unresolved-alias', message: `alias *${name} names no anchor &${name} set before it`, hint: `set "&${name}" on a value above it, or write the value out` };
  }
  return {
    ...where,
    code: 'too-many-aliases',
    message: 'the aliases (*name) in this file expand to more than 100 copies of what they name',
    hint: 'write the repeated values out, or use fewer aliases',
  };
}
