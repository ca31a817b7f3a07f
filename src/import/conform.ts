import { lookup, parseBoolean, weekForm, parseChoice, parseDate, parseDuration, parseNumber, splitList, stripMarkup, type ValueContext } from './values';

/** The parts of a JSON Schema (as written by `plansmith schema`) that say what a value must be. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minItems?: number;
  contentMediaType?: string;
  default?: unknown;
}

/** Something the import had to decide or could not do, at a field of a section file. */
export interface Decision {
  path: string;
  message: string;
}

export interface ConformContext extends ValueContext {
  decide(path: string, message: string): void;
}

/** Field names whose dates are the end of a period: "Week 3" there is that week's Friday. */
const FINISH_FIELDS = new Set(['finish', 'to', 'due', 'targetDate', 'expires', 'end']);

/** The option a choice the document does not make is set to: the middle of a scale, not its low end. */
export const ENUM_DEFAULTS: Record<string, string> = { 'low,medium,high': 'medium' };

/** The value a required field gets when the document does not give it: a placeholder that `check` flags. */
export const PLACEHOLDER_TEXT = '[To be completed]';

/**
 * Turns what the mapper collected (strings, lists, nested records) into the types the schema asks for, and
 * fills every required field the document did not give with a placeholder, recording each such decision.
 */
export function conform(value: unknown, schema: JsonSchema, context: ConformContext, path = ''): unknown {
  if (isMissing(value)) return filler(schema, context, path);
  const type = typeOf(schema);
  const field = path.split(/[.[\]]/).filter(Boolean).pop() ?? '';
  if (schema.anyOf) {
    // A date of the plan's timeline may stay as the document wrote it: "Week 3", "Weeks 1-3".
    const week = typeof value === 'string' ? weekForm(value, FINISH_FIELDS.has(field) ? 'finish' : 'start') : undefined;
    if (week && schema.anyOf.some((o) => o.pattern && !o.format && new RegExp(o.pattern).test(week))) return week;
    return conform(value, chooseOption(value, schema.anyOf), context, path);
  }
  if (schema.enum) {
    const options = schema.enum.map(String);
    const choice = parseChoice(String(value), options);
    if (choice !== undefined) return choice;
    context.decide(path, `"${String(value)}" is none of ${options.join(', ')}: set to ${options[0]}; choose one`);
    return options[0];
  }
  switch (type) {
    case 'object':
      return conformObject(value, schema, context, path);
    case 'array': {
      const list = Array.isArray(value) ? value : splitList(String(value));
      const items = list.filter((v) => !isMissing(v)).map((v, i) => conform(v, schema.items ?? {}, context, `${path}[${i}]`));
      return items.length === 0 && (schema.minItems ?? 0) > 0 ? filler(schema, context, path) : items;
    }
    case 'number':
    case 'integer': {
      const n = typeof value === 'number' ? value : parseNumber(String(value));
      if (n !== undefined) return n;
      context.decide(path, `"${String(value)}" is not a number: set to 0`);
      return 0;
    }
    case 'boolean': {
      const b = typeof value === 'boolean' ? value : parseBoolean(String(value));
      if (b !== undefined) return b;
      context.decide(path, `"${String(value)}" is not yes or no: set to no`);
      return false;
    }
    default:
      return conformString(value, schema, context, path, field);
  }
}

function conformObject(value: unknown, schema: JsonSchema, context: ConformContext, path: string): unknown {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (!schema.properties && typeof schema.additionalProperties === 'object') {
    // Keys here come from the document (RACI roles): fromEntries defines them, so "__proto__" stays a key.
    const values = schema.additionalProperties;
    return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, conform(v, values, context, `${path}.${key}`)]));
  }
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const child = `${path ? `${path}.` : ''}${key}`;
    if (!isMissing(record[key])) out[key] = conform(record[key], property, context, child);
    else if (required.has(key)) out[key] = filler(property, context, child);
  }
  return out;
}

function conformString(value: unknown, schema: JsonSchema, context: ConformContext, path: string, field: string): unknown {
  const markdown = schema.contentMediaType === 'text/markdown';
  const text = Array.isArray(value) ? value.map((v) => (markdown ? `- ${String(v)}` : String(v))).join(markdown ? '\n' : '; ') : String(value).trim();
  if (schema.format === 'date') {
    const date = parseDate(text, context, FINISH_FIELDS.has(field) ? 'finish' : 'start');
    if (date) return date;
    context.decide(path, `"${text}" is not a date: set to ${context.weekOne}; give the real date`);
    return context.weekOne;
  }
  if (schema.pattern?.includes('day|days|week|weeks')) {
    const duration = parseDuration(text);
    if (duration) return duration;
    context.decide(path, `"${text}" is not a duration: set to 1 week`);
    return '1 week';
  }
  if (schema.pattern && !new RegExp(schema.pattern).test(stripMarkup(text))) {
    // "**P1** Preparation and Setup" names P1: the first word, else the text without spaces.
    const plain = stripMarkup(text);
    const id = [plain.split(/[\s:,;]+/)[0], plain.replace(/[^A-Za-z0-9._-]+/g, '')].find((c) => c && new RegExp(schema.pattern!).test(c));
    if (id) return id;
    context.decide(path, `"${text}" does not have the form this field needs: replaced by a placeholder`);
    return filler(schema, context, path, false);
  }
  return markdown ? text : stripMarkup(text);
}

/** A value of the schema's type that `check` flags as left to do. */
function filler(schema: JsonSchema, context: ConformContext, path: string, record = true): unknown {
  if (schema.default !== undefined) return undefined;
  const say = (message: string) => record && context.decide(path, message);
  if (schema.anyOf) return filler(schema.anyOf[0], context, path, record);
  if (schema.enum) {
    const choice = lookup(ENUM_DEFAULTS, schema.enum.join(',')) ?? schema.enum[0];
    say(`not in the document: set to ${String(choice)}; choose one of ${schema.enum.join(', ')}`);
    return choice;
  }
  switch (typeOf(schema)) {
    case 'object':
      return conformObject({}, schema, context, path);
    case 'array':
      return (schema.minItems ?? 0) > 0 ? [filler(schema.items ?? {}, context, `${path}[0]`, record)] : [];
    case 'number':
    case 'integer':
      say('not in the document: set to 0');
      return 0;
    case 'boolean':
      say('not in the document: set to no');
      return false;
    default:
      if (schema.format === 'date') {
        say(`not in the document: set to ${context.weekOne}`);
        return context.weekOne;
      }
      if (schema.format === 'email') return say('not in the document: placeholder email'), 'xxxx@xxx.xxxx';
      if (schema.pattern?.includes('day|days|week|weeks')) return say('not in the document: set to 1 week'), '1 week';
      if (schema.pattern?.includes('+()0-9')) return say('not in the document: placeholder phone'), 'xxx.xxx.xxxx';
      if (schema.pattern) {
        // Numbered by the item's place, so two filled-in ids in one list do not collide.
        const id = `TBD-${Number(/\[(\d+)\][^[]*$/.exec(path)?.[1] ?? 0) + 1}`;
        return say(`not in the document: id ${id}`), id;
      }
      say(`not in the document: "${PLACEHOLDER_TEXT}"`);
      return PLACEHOLDER_TEXT;
  }
}

function chooseOption(value: unknown, options: JsonSchema[]): JsonSchema {
  const wanted = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : 'string';
  return options.find((o) => typeOf(o) === wanted) ?? options[0];
}

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  return schema.type ?? (schema.properties ? 'object' : undefined);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
