import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { contactsFor, indexContacts, type ContactIndex } from '../../content/sections/capmf/pointsOfContact';
import { writtenDate } from '../../content/relativeDates';
import { escapeInline, escapeCell, formatDate, formatMoney, proseForCell } from '../markdown/text';

/** A template's source and the file it came from (built-in or the plan's own override). */
export interface TemplateSource {
  file: string;
  source: string;
}

type AST = hbs.AST.Program;

/**
 * Helpers available in section templates. Each returns Markdown; `SafeString` marks output that is already
 * safe Markdown and must not be escaped again.
 */
const helpers: Record<string, Handlebars.HelperDelegate> = {
  /** Prose field: Markdown by design, inserted as written. */
  md: (value: unknown) => new Handlebars.SafeString(value == null ? '' : String(value).trim()),
  /** Plain value or list for a table cell: escaped, list items and lines separated by line breaks. */
  cell: (value: unknown) => new Handlebars.SafeString(escapeCell(value)),
  /** Prose inside a table cell: Markdown kept, folded onto one line so the row holds. */
  mdCell: (value: unknown) => new Handlebars.SafeString(value == null ? '' : proseForCell(String(value))),
  /** A date as "March 15, 2027"; a date the plan wrote relative to its start ("Week 3") as written. */
  date(this: unknown, value: unknown) {
    return typeof value === 'string' ? writtenDate(this, value) ?? formatDate(value) : '';
  },
  money: (value: unknown, currency: unknown) =>
    typeof value === 'number' ? formatMoney(value, typeof currency === 'string' ? currency : 'USD') : '',
  join: (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : '',
  yesNo: (value: unknown) => (value ? 'Yes' : 'No'),
  checkbox: (value: unknown) => (value ? '☑' : '☐'),
  eq: (a: unknown, b: unknown) => a === b,
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  /** Whether any item of a list gives a field: optional columns are shown only when some row fills them. */
  some: (list: unknown, key: unknown) => Array.isArray(list) && list.some((item) => item?.[key as string] !== undefined),
  /** Copy of a list sorted by a key, case-insensitively (the glossary is alphabetical). */
  sortBy: (list: unknown, key: unknown) =>
    Array.isArray(list)
      ? [...list].sort((a, b) => String(a?.[key as string] ?? '').localeCompare(String(b?.[key as string] ?? ''), 'en', { sensitivity: 'base' }))
      : [],
  /** A person reference as "Name – Role" from Points of Contact; as written (composed) when nobody listed matches. */
  person: (ref: unknown, options: Handlebars.HelperOptions) => {
    if (typeof ref !== 'string') return '';
    const index: ContactIndex = options.data?.root?.computed?.contacts ?? NO_CONTACTS;
    const matches = contactsFor(ref, index);
    // As written otherwise, composed (NFC) so that a name typed in decomposed form prints like the others.
    return matches.length ? `${matches.map((c) => c.name).join(', ')} – ${matches[0].role}` : ref.normalize('NFC');
  },
  /** A phase id as "P1: Preparation and Setup" when the plan has a Phases section. */
  phase: (id: unknown, options: Handlebars.HelperOptions) => {
    const phases: { id: string; name: string }[] = options.data?.root?.plan?.phases?.phases ?? [];
    const phase = phases.find((p) => p.id === id);
    return phase ? `${phase.id}: ${phase.name}` : String(id ?? '');
  },
  /** A list in a table cell as bullet lines; plain items are escaped, `mdBullets` keeps Markdown. */
  bullets: (list: unknown) =>
    new Handlebars.SafeString(Array.isArray(list) ? list.map((item) => `• ${escapeInline(item)}`).join('<br>') : escapeCell(list)),
  mdBullets: (list: unknown) =>
    new Handlebars.SafeString(Array.isArray(list) ? list.map((item) => `• ${proseForCell(String(item))}`).join('<br>') : ''),
  /**
   * A Gantt chart of a computed schedule, `{{gantt "schedule"}}` or `{{gantt "workPackages"}}`, as a directive line
   * the Markdown reader turns into drawings (the template puts it on a line of its own). `table=true` adds a dependency table for readers who cannot see the
   * chart, where the template does not have one of its own.
   */
  gantt: (name: unknown, options: Handlebars.HelperOptions) => {
    if (name !== 'schedule' && name !== 'workPackages') {
      const given = typeof name === 'string' ? `unknown schedule "${name}"` : 'no schedule named';
      throw new Error(`gantt: ${given} (use "schedule" or "workPackages")`);
    }
    const flags = options.hash?.table === true ? ' table' : '';
    return new Handlebars.SafeString(`<!-- plansmith:gantt ${name}${flags} -->`);
  },
  /** Markdown-escapes a value; wrapped around every `{{value}}` by `escapeByDefault`. */
  escapeMd: (value: unknown) =>
    value instanceof Handlebars.SafeString ? value : new Handlebars.SafeString(escapeInline(value)),
};

const NO_CONTACTS = indexContacts([]);

const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
const KNOWN_HELPERS = Object.fromEntries([...BUILT_IN_HELPERS, ...Object.keys(helpers)].map((h) => [h, true]));

/**
 * Rewrites every `{{expression}}` into `{{escapeMd expression}}`, so values are escaped for the Markdown they
 * land in unless the template asks for raw Markdown with `{{{triple}}}` or a helper returns a SafeString.
 */
function escapeByDefault(program: AST): AST {
  const visitor = new Handlebars.Visitor();
  visitor.MustacheStatement = function (node: hbs.AST.MustacheStatement) {
    if (!node.escaped) return;
    // A bare `{{name}}` is always a field, even where a helper has that name (`{{count}}`, `{{date}}`).
    const isHelperCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    const inner: hbs.AST.Expression = isHelperCall
      ? ({ type: 'SubExpression', path: node.path, params: node.params, hash: node.hash, loc: node.loc } as hbs.AST.SubExpression)
      : node.path;
    node.path = { type: 'PathExpression', data: false, depth: 0, parts: ['escapeMd'], original: 'escapeMd', loc: node.loc } as hbs.AST.PathExpression;
    node.params = [inner];
    node.hash = undefined as unknown as hbs.AST.Hash;
    node.escaped = false;
  };
  visitor.accept(program);
  return program;
}

export interface TemplateEngine {
  /** Renders a named template; a failing template yields a diagnostic pointing at the template file. */
  render(name: string, context: unknown): { markdown?: string; diagnostics: Diagnostic[] };
  has(name: string): boolean;
}

const COMPILE_OPTIONS: CompileOptions = { knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true, noEscape: true, preventIndent: true };

/** A template as the JavaScript Handlebars compiles it to, for `PRECOMPILED`; throws on a template that does not parse. */
export function precompileTemplate(source: string): string {
  return Handlebars.precompile(escapeByDefault(Handlebars.parse(source)) as unknown as string, COMPILE_OPTIONS) as string;
}

const HELPER_NAMES = Object.keys(KNOWN_HELPERS).join(' ');

/** What a compiled template is kept under: its text and the helpers it was compiled to call. */
export function templateKey(source: string): string {
  return createHash('sha256').update(HELPER_NAMES).update('\n').update(source).digest('base64');
}

/**
 * The built-in templates compiled when the CLI was bundled (scripts/bundle.mjs writes templates.json next to the
 * bundle), by the hash of their text: compiling them was a tenth of a small plan's build. A template whose text
 * differs (the plan's own, or an edited built-in one) is compiled as it is loaded; run from the TypeScript sources
 * there is no such file and every template is.
 */
let PRECOMPILED: ReadonlyMap<string, string> | undefined;

/** `PRECOMPILED`, read when a template is first compiled: a `check` of a plan without templates of its own compiles none. */
function precompiledBuiltIns(): ReadonlyMap<string, string> {
  if (!PRECOMPILED) {
    try {
      PRECOMPILED = new Map(Object.entries(JSON.parse(readFileSync(new URL('./templates.json', import.meta.url), 'utf8')) as Record<string, string>));
    } catch {
      PRECOMPILED = new Map();
    }
  }
  return PRECOMPILED;
}

/**
 * An isolated Handlebars environment: only the helpers above (unknown helpers are compile errors), no
 * prototype access, partials from `partials`, and every value Markdown-escaped by default.
 */
export function createTemplateEngine(
  templates: ReadonlyMap<string, TemplateSource>,
  partials: ReadonlyMap<string, TemplateSource> = new Map(),
  precompiledSpecs?: ReadonlyMap<string, string>,
): TemplateEngine {
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  const compiled = new Map<string, { file: string; fn?: Handlebars.TemplateDelegate; error?: Diagnostic }>();

  const compile = (name: string, template: TemplateSource) => {
    try {
      const precompiled = (precompiledSpecs ?? precompiledBuiltIns()).get(templateKey(template.source));
      // The JavaScript is the bundle's own, written from the installed templates: as trusted as the bundle itself.
      const fn = precompiled
        ? hb.template(new Function(`return ${precompiled}`)() as TemplateSpecification)
        : hb.compile(escapeByDefault(hb.parse(template.source)) as unknown as string, COMPILE_OPTIONS);
      return { file: template.file, fn };
    } catch (error) {
      return { file: template.file, error: templateDiagnostic(template.file, error) };
    }
  };
  const partialErrors: Diagnostic[] = [];
  for (const [name, partial] of partials) {
    const result = compile(name, partial);
    if (result.fn) hb.registerPartial(name, result.fn);
    else if (result.error) partialErrors.push(result.error);
  }

  return {
    has: (name) => templates.has(name),
    render(name, context) {
      const template = templates.get(name);
      if (!template) {
        return {
          diagnostics: [{ file: `templates/sections/${name}.hbs`, line: 1, col: 1, path: [], severity: 'error', code: 'missing-template', message: `no template named "${name}"` }],
        };
      }
      let entry = compiled.get(name);
      if (!entry) {
        entry = compile(name, template);
        compiled.set(name, entry);
      }
      if (entry.error) return { diagnostics: [entry.error, ...partialErrors] };
      try {
        const markdown = entry.fn!(context, { allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false });
        return { markdown, diagnostics: partialErrors };
      } catch (error) {
        return { diagnostics: [templateDiagnostic(entry.file, error), ...partialErrors] };
      }
    },
  };
}

/** Handlebars reports positions in its messages ("Parse error on line 3", "- 3:4"); lift them out. */
function templateDiagnostic(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /Parse error on line (\d+)/.exec(message);
  const range = /- (\d+):(\d+)\s*$/.exec(message);
  // Without a position the message is about the template as a whole: its first line.
  const line = parse ? Number(parse[1]) : range ? Number(range[1]) : 1;
  const col = range ? Number(range[2]) + 1 : 1;
  const firstLine = message.split('\n')[0].replace(/\s*- \d+:\d+\s*$/, '');
  return {
    file,
    line,
    col,
    path: [],
    severity: 'error',
    code: 'template-error',
    message: parse ? `template syntax error: ${(message.split('\n').pop() ?? '').replace(/^Expecting .*, got/, 'unexpected')}` : `template: ${firstLine}`,
    hint: /unknown helper/.test(message) ? `available helpers: ${Object.keys(helpers).filter((h) => h !== 'escapeMd').join(', ')}` : undefined,
  };
}
