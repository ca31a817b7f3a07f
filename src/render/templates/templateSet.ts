import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { planRoot, refusedFile, resolveInside } from '../../content/planFolder';
import { locate, parseYamlSource, positionOf, type SourceFile } from '../../content/source';
import { lexMarkdown, proseChanges } from '../../content/markdown';
import { validateSource } from '../../content/validate';
import { sectionList } from '../../content/sections';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { BUILT_IN_TEMPLATES } from '../builtInTemplates';
import { closest } from '../../diagnostics/suggest';
import { createTemplateEngine, type TemplateEngine, type TemplateSource } from './handlebars';
import { layoutSchema, type Layout, type LayoutEntry } from './layout';
import { themeSchema, type Theme } from './theme';

/** Everything rendering needs besides the plan: layout, theme, section templates and partials. */
export interface TemplateSet {
  layout: Layout;
  theme: Theme;
  sections: Map<string, TemplateSource>;
  partials: Map<string, TemplateSource>;
  /** The section templates and partials compiled, once for as long as the set is kept (watch keeps it between builds). */
  engine: TemplateEngine;
  /** Parsed YAML files (layout, theme), for code frames in diagnostics. */
  sources: SourceFile[];
}

/** How built-in files are named in messages, so they are not mistaken for the plan's own files. */
const BUILT_IN_PREFIX = 'plansmith:templates/';

export interface TemplateSetOptions {
  /**
   * Folder to read the built-in templates from instead of the installed ones: a release archives the
   * templates it used, so `verify` can rebuild it even after the installed templates change.
   */
  builtInTemplates?: string;
}

/**
 * Loads the built-in templates, then the plan folder's own `templates/` on top (same names override), and the
 * plan's `theme.yaml` if it has one.
 */
export async function loadTemplateSet(
  planDir: string,
  options: TemplateSetOptions = {},
): Promise<{ set?: TemplateSet; sources: SourceFile[]; diagnostics: Diagnostic[] }> {
  const builtIn = options.builtInTemplates ?? BUILT_IN_TEMPLATES;
  const diagnostics: Diagnostic[] = [];
  const sources: SourceFile[] = [];
  const root = await planRoot(planDir);
  const local = join(root, 'templates');
  // The plan's own files follow the plan-folder rule: a symlink leading outside it is refused, never read.
  const readLocal = async (path: string, name: string): Promise<string | undefined> => {
    if (!(await exists(path))) return undefined;
    const resolved = await resolveInside(root, path);
    if ('real' in resolved) return readFile(resolved.real, 'utf8');
    diagnostics.push(refusedFile(name, resolved.refused));
    return undefined;
  };
  const readBuiltIn = (path: string) => readFile(path, 'utf8').catch(() => undefined);

  const sections = new Map([
    ...(await readTemplates(join(builtIn, 'sections'), `${BUILT_IN_PREFIX}sections/`, readBuiltIn)),
    ...(await readTemplates(join(local, 'sections'), 'templates/sections/', readLocal)),
  ]);
  const partials = new Map([
    ...(await readTemplates(join(builtIn, 'partials'), `${BUILT_IN_PREFIX}partials/`, readBuiltIn)),
    ...(await readTemplates(join(local, 'partials'), 'templates/partials/', readLocal)),
  ]);

  const readYaml = async <S extends typeof layoutSchema | typeof themeSchema>(candidates: [string, string][], schema: S) => {
    for (const [path, name] of candidates) {
      const text = name.startsWith(BUILT_IN_PREFIX) ? await readBuiltIn(path) : await readLocal(path, name);
      if (text === undefined) {
        // A refused file of the plan's own is an error, not a reason to use the built-in one instead.
        if (diagnostics.some((d) => d.file === name)) return undefined;
        continue;
      }
      const { source, diagnostics: syntax } = parseYamlSource(name, text);
      sources.push(source);
      diagnostics.push(...syntax);
      if (syntax.some((d) => d.severity === 'error')) return undefined;
      const result = validateSource(source, schema, source.doc.toJS() ?? {});
      diagnostics.push(...result.diagnostics);
      return { value: result.value as z.output<S> | undefined, source };
    }
    return undefined;
  };

  const layout = await readYaml(
    [
      [join(local, 'layout.yaml'), 'templates/layout.yaml'],
      [join(builtIn, 'layout.yaml'), `${BUILT_IN_PREFIX}layout.yaml`],
    ],
    layoutSchema,
  );
  const theme = await readYaml(
    [
      [join(root, 'theme.yaml'), 'theme.yaml'],
      [join(builtIn, 'theme.yaml'), `${BUILT_IN_PREFIX}theme.yaml`],
    ],
    themeSchema,
  );
  if (layout?.value) diagnostics.push(...checkLayoutSections(layout.value as Layout, layout.source, sections));
  diagnostics.push(...[...sections.values(), ...partials.values()].filter((t) => !t.file.startsWith(BUILT_IN_PREFIX)).flatMap(textShownDifferently));
  if (!layout?.value || !theme?.value || diagnostics.some((d) => d.severity === 'error')) return { sources, diagnostics };
  const engine = createTemplateEngine(sections, partials);
  return { set: { layout: layout.value as Layout, theme: theme.value as Theme, sections, partials, engine, sources }, sources, diagnostics };
}

async function readTemplates(dir: string, prefix: string, read: (path: string, name: string) => Promise<string | undefined>): Promise<[string, TemplateSource][]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const result: [string, TemplateSource][] = [];
  for (const name of names.filter((n) => n.endsWith('.hbs')).sort()) {
    const source = await read(join(dir, name), prefix + name);
    if (source !== undefined) result.push([name.slice(0, -4), { file: prefix + name, source }]);
  }
  return result;
}

const exists = (path: string) => lstat(path).then(() => true, () => false);

/**
 * What a template of the plan's own writes that the documents will show other than as written (raw HTML, a link
 * that is removed), at its line. The values a template fills in are checked where they are written; the built-in
 * templates are tested to write none.
 */
function textShownDifferently(template: TemplateSource): Diagnostic[] {
  let from = 0;
  return proseChanges(lexMarkdown(template.source)).map(({ message, raw }) => {
    const at = template.source.indexOf(raw, from);
    if (at >= 0) from = at + raw.length;
    return { file: template.file, ...positionOf(template.source, Math.max(at, 0)), path: [], severity: 'warning', code: 'shown-differently', message };
  });
}

/** Every section the layout names exists, and has a template. */
function checkLayoutSections(layout: Layout, source: SourceFile, templates: Map<string, TemplateSource>): Diagnostic[] {
  const ids = sectionList.map((s) => s.id);
  const diagnostics: Diagnostic[] = [];
  const visit = (entries: LayoutEntry[], path: (string | number)[]) =>
    entries.forEach((entry, i) => {
      const here = [...path, i];
      const definition = sectionList.find((s) => s.id === entry.section);
      if (entry.section && !definition) {
        const suggestion = closest(entry.section, ids);
        diagnostics.push({
          file: source.file,
          ...locate(source, [...here, 'section']),
          path: [...here, 'section'],
          severity: 'error',
          code: 'unknown-section',
          message: `the layout names an unknown section "${entry.section}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `known sections: ${ids.join(', ')}`,
        });
      }
      const template = entry.template ?? definition?.file;
      if (template && (entry.section === undefined || definition) && !templates.has(template)) {
        diagnostics.push({
          file: source.file,
          ...locate(source, here),
          path: here,
          severity: 'error',
          code: 'missing-template',
          message: `no template "${template}.hbs" for the heading "${entry.heading}"`,
          hint: 'add templates/sections/' + template + '.hbs to the plan folder',
        });
      }
      visit(entry.children, [...here, 'children']);
    });
  visit(layout.sections, ['sections']);
  return diagnostics;
}
