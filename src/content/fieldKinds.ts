import type { z } from 'zod';
import type { Origin } from './load';
import { metaSchema, sections, type Plan } from './sections';
import { markdown, personRef } from './sections/fields';
import type { FieldPath } from '../diagnostics/diagnostic';

/** A value of the plan together with the file it comes from and its field path. */
export interface FieldValue<T = unknown> {
  origin: Origin;
  path: FieldPath;
  value: T;
}

/**
 * Every value of the plan whose field is of a given kind from fields.ts (`markdown`, `personRef`), found by
 * walking each schema alongside its value: plan.yaml first, then the sections in template order. The schemas
 * say which fields are prose or name a person, so a new section needs no list here.
 */
export function* valuesOfKind(plan: Plan, kind: z.ZodType): Generator<FieldValue> {
  yield* valuesIn(metaSchema, plan.meta, kind, 'meta', []);
  for (const [id, definition] of Object.entries(sections) as [Origin, { schema: z.ZodType }][]) {
    const value = plan[id as keyof Plan];
    if (value !== undefined) yield* valuesIn(definition.schema, value, kind, id, []);
  }
}

/** Prose: the strings of `markdown` fields. */
export function* proseValues(plan: Plan): Generator<FieldValue<string>> {
  for (const field of valuesOfKind(plan, markdown)) if (typeof field.value === 'string') yield field as FieldValue<string>;
}

/** The strings of `personRef` fields: every place the plan names a person. */
export function* personRefValues(plan: Plan): Generator<FieldValue<string>> {
  for (const field of valuesOfKind(plan, personRef)) if (typeof field.value === 'string') yield field as FieldValue<string>;
}

function* valuesIn(schema: z.ZodType, value: unknown, kind: z.ZodType, origin: Origin, path: FieldPath): Generator<FieldValue> {
  const { node, ofKind } = unwrap(schema, kind);
  if (ofKind) {
    yield { origin, path, value };
    return;
  }
  const def = node._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[] };
  if (def.type === 'union' && def.options) {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = def.options.find((o) => o.safeParse(value).success);
    if (option) yield* valuesIn(option, value, kind, origin, path);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* valuesIn(def.element, value[i], kind, origin, [...path, i]);
  } else if (def.type === 'object' && def.shape && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) yield* valuesIn(field, child, kind, origin, [...path, key]);
    }
  } else if (def.type === 'record' && def.valueType && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) yield* valuesIn(def.valueType, child, kind, origin, [...path, key]);
  }
}

/**
 * Looks through optional, default and pipe wrappers. A field is of `kind` when one of its layers is `kind`
 * or derives from it: `.describe()` and `.meta()` make clones whose `parent` is the original.
 */
function unwrap(schema: z.ZodType, kind: z.ZodType): { node: z.ZodType; ofKind: boolean } {
  let node = schema;
  let ofKind = false;
  for (let guard = 0; guard < 20; guard++) {
    if (derivesFrom(node, kind)) ofKind = true;
    const def = node._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) node = (def.out._zod.def as { type: string }).type === 'transform' ? def.in : def.out;
    else break;
  }
  return { node, ofKind };
}

function derivesFrom(schema: z.ZodType, kind: z.ZodType): boolean {
  for (let node: z.core.$ZodType | undefined = schema; node; node = node._zod.parent) if (node === kind) return true;
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
