import { jsonSchemas } from '../src/content/jsonSchema';
import { META_FILE, sectionList } from '../src/content/sections';

/**
 * The content format, written out from the schemas themselves so the documentation cannot drift from
 * what `check` accepts. `docs/content-format.md` holds the field tables; `docs/examples.md` holds a short example
 * of every file. `npm run docs` regenerates both, and a test fails when they are stale.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  contentMediaType?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  title?: string;
};

interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

const files = () => [
  { file: META_FILE, title: 'Plan metadata, title page and version history', markdown: false },
  ...sectionList.map((s) => ({ file: `${s.file}.yaml`, title: s.title, markdown: Boolean(s.markdownField) })),
];

export const GUIDE_START = '<!-- guide:start (written by hand; `npm run docs` keeps it) -->';
export const GUIDE_END = '<!-- guide:end -->';

/**
 * The field reference of every content file, as Markdown, after `guide`: the hand-written part of the
 * document (how the sections relate, person references, the checks), kept between its markers.
 */
export function fieldReference(guide = ''): string {
  const schemas = jsonSchemas() as Record<string, JsonSchema>;
  const out = [
    '# Content format reference',
    '',
    '<!-- The field tables are generated from the zod schemas by `npm run docs`; only the guide between its markers is edited by hand. -->',
    '',
    'Every file is YAML (`.yaml` or `.yml`). Prose sections may instead be Markdown (`.md`): the body is the section text and optional YAML front matter between `---` lines holds the other fields. Fields marked *Markdown* accept paragraphs, lists, emphasis, links and inline code. Dates are written `YYYY-MM-DD`; versions `"major.minor"` in quotes.',
    '',
    GUIDE_START,
    guide.trim(),
    GUIDE_END,
    '',
    '# Fields of each file',
    '',
  ];
  for (const { file, title, markdown } of files()) {
    const schema = schemas[file.replace(/\.yaml$/, '.schema.json')];
    out.push(`## \`${file}\`: ${title}`, '');
    if (markdown) out.push(`May also be written as \`${file.replace(/\.yaml$/, '.md')}\`.`, '');
    out.push('| Field | Type | Required | Description |', '|---|---|---|---|');
    for (const row of fieldRows(schema)) {
      out.push(`| \`${row.path}\` | ${row.type} | ${row.required ? 'yes' : ''} | ${row.description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A short example of each file, taken from the example plan in `content/`. */
export function exampleReference(readExample: (file: string) => string | undefined, maxLines = 14): string {
  const out: string[] = [];
  for (const { file, title, markdown } of files()) {
    const candidates = markdown ? [file, file.replace(/\.yaml$/, '.md')] : [file];
    const found = candidates.map((name) => ({ name, text: readExample(name) })).find((c) => c.text !== undefined);
    out.push(`#### ${title}: \`${found?.name ?? file}\``, '');
    if (!found?.text) {
      out.push('(not used by the example plan)', '');
      continue;
    }
    const lines = found.text.split('\n').filter((line) => !line.startsWith('# yaml-language-server'));
    while (lines.length && lines[0].trim() === '') lines.shift();
    const shown = lines.slice(0, maxLines);
    while (shown.length && shown[shown.length - 1].trim() === '') shown.pop();
    if (lines.length > maxLines) shown.push('# ...');
    out.push(`\`\`\`${found.name.endsWith('.md') ? 'markdown' : 'yaml'}`, ...shown, '```', '');
  }
  return out.join('\n');
}

function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const isRequired = required.has(key);
    rows.push({ path, type: describeType(child), required: isRequired, description: describe(child) });
    const object = objectOf(child);
    if (object?.properties) rows.push(...fieldRows(object.schema, object.list ? `${path}[]` : path));
  }
  return rows;
}

function objectOf(schema: JsonSchema): { schema: JsonSchema; list: boolean; properties: boolean } | undefined {
  const unwrapped = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  if (unwrapped.type === 'array' && unwrapped.items?.properties) return { schema: unwrapped.items, list: true, properties: true };
  if (unwrapped.properties) return { schema: unwrapped, list: false, properties: true };
  return undefined;
}

function describeType(schema: JsonSchema): string {
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.map(describeType).filter((t, i, all) => all.indexOf(t) === i).join(' or ');
  if (schema.enum) return `one of ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  switch (schema.type) {
    case 'array':
      return `list of ${schema.items ? plural(describeType(schema.items)) : 'values'}`;
    case 'object':
      if (schema.properties) return 'mapping';
      if (typeof schema.additionalProperties === 'object') return `mapping of ${plural(describeType(schema.additionalProperties))}`;
      return 'mapping';
    case 'string':
      if (schema.format === 'date') return 'date';
      if (schema.format === 'email') return 'email';
      if (schema.contentMediaType === 'text/markdown') return 'Markdown';
      return 'text';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'true/false';
    default:
      return 'value';
  }
}

function plural(type: string): string {
  if (type === 'mapping') return 'mappings';
  if (type.startsWith('one of') || type.includes(' or ')) return `(${type})`;
  return type.endsWith('s') ? type : `${type}s`;
}

function describe(schema: JsonSchema): string {
  const description = schema.description && schema.description !== 'Markdown text' ? schema.description : '';
  const fallback = schema.default !== undefined ? `default \`${JSON.stringify(schema.default)}\`` : '';
  return [description, description && fallback ? `(${fallback})` : fallback].filter(Boolean).join(' ');
}
