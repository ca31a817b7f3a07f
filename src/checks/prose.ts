import { z } from 'zod';
import type { Origin } from '../content/load';
import { metaSchema, sections, type Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';

/** A prose value of the plan: a string whose field is declared `markdown` in its schema. */
export interface ProseValue {
  origin: Origin;
  path: FieldPath;
  text: string;
}

const MARKDOWN_MEDIA_TYPE = 'text/markdown';

/**
 * Every prose value of the plan, plan.yaml first and then the sections in template order. Which fields are
 * prose comes from the schemas themselves (the `markdown` field kind), so a new section needs no list here.
 */
export function* proseValues(plan: Plan): Generator<ProseValue> {
  yield* proseIn(metaSchema, plan.meta, 'meta', []);
  for (const [id, definition] of Object.entries(sections) as [Origin, { schema: z.ZodType }][]) {
    const value = plan[id as keyof Plan];
    if (value !== undefined) yield* proseIn(definition.schema, value, id, []);
  }
}

function* proseIn(schema: z.ZodType, value: unknown, origin: Origin, path: FieldPath): Generator<ProseValue> {
  const { node, markdown } = unwrap(schema);
  if (typeof value === 'string') {
    if (markdown) yield { origin, path, text: value };
    return;
  }
  const def = node._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    valueType?: z.ZodType;
    options?: z.ZodType[];
  };
  if (def.type === 'union' && def.options) {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = def.options.find((o) => o.safeParse(value).success);
    if (option) yield* proseIn(option, value, origin, path);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* proseIn(def.element, value[i], origin, [...path, i]);
  } else if (def.type === 'object' && def.shape && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) yield* proseIn(field, child, origin, [...path, key]);
    }
  } else if (def.type === 'record' && def.valueType && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) yield* proseIn(def.valueType, child, origin, [...path, key]);
  }
}

/** Looks through optional, default and pipe wrappers, noting whether any layer is the `markdown` field kind. */
function unwrap(schema: z.ZodType): { node: z.ZodType; markdown: boolean } {
  let node = schema;
  let markdown = false;
  for (let guard = 0; guard < 20; guard++) {
    if (z.globalRegistry.get(node)?.contentMediaType === MARKDOWN_MEDIA_TYPE) markdown = true;
    const def = node._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) node = (def.out._zod.def as { type: string }).type === 'transform' ? def.in : def.out;
    else break;
  }
  return { node, markdown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
