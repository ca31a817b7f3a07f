import type { z } from 'zod';
import type { Origin } from './load';
import { metaSchema, sections, type Plan } from './sections';
import { fieldKinds, type FieldKind } from './sections/fields';
import type { FieldPath } from '../diagnostics/diagnostic';

/** A value of the plan together with the file it comes from and its field path. */
export interface FieldValue<T = unknown> {
  origin: Origin;
  path: FieldPath;
  value: T;
}

/**
 * Every value of the plan whose field is of a kind (`fieldKinds` in fields.ts), found by walking each schema
 * alongside its value: plan.yaml first, then the sections in template order. The schemas say which fields are
 * prose or name a person, so a new section needs no list here.
 */
export function* valuesOfKind(plan: Plan, kind: FieldKind): Generator<FieldValue> {
  yield* valuesIn(metaSchema, plan.meta, kind, 'meta', []);
  for (const [id, definition] of Object.entries(sections) as [Origin, { schema: z.ZodType }][]) {
    const value = plan[id as keyof Plan];
    if (value !== undefined) yield* valuesIn(definition.schema, value, kind, id, []);
  }
}

/** Prose: the strings of `markdown` fields. */
export function* proseValues(plan: Plan): Generator<FieldValue<string>> {
  for (const field of valuesOfKind(plan, 'prose')) if (typeof field.value === 'string') yield field as FieldValue<string>;
}

/** The strings of `personRef` fields: every place the plan names a person. */
export function* personRefValues(plan: Plan): Generator<FieldValue<string>> {
  for (const field of valuesOfKind(plan, 'person')) if (typeof field.value === 'string') yield field as FieldValue<string>;
}

function* valuesIn(schema: z.ZodType, value: unknown, kind: FieldKind, origin: Origin, path: FieldPath): Generator<FieldValue> {
  const { node, ofKind } = unwrap(schema, kind);
  // Switched on `type` rather than tested with instanceof: it is read for every value of the plan, and cheaper.
  if (ofKind) {
    yield { origin, path, value };
  } else if (node.type === 'union') {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = ((node as z.ZodUnion).options as z.ZodType[]).find((o) => o.safeParse(value).success);
    if (option) yield* valuesIn(option, value, kind, origin, path);
  } else if (node.type === 'array' && Array.isArray(value)) {
    const element = (node as z.ZodArray<z.ZodType>).element;
    for (let i = 0; i < value.length; i++) yield* valuesIn(element, value[i], kind, origin, [...path, i]);
  } else if (node.type === 'object' && isRecord(value)) {
    const shape = (node as z.ZodObject).shape as Record<string, z.ZodType>;
    for (const [key, child] of Object.entries(value)) {
      const field = shape[key];
      if (field) yield* valuesIn(field, child, kind, origin, [...path, key]);
    }
  } else if (node.type === 'record' && isRecord(value)) {
    const valueType = (node as z.ZodRecord).valueType as z.ZodType;
    for (const [key, child] of Object.entries(value)) yield* valuesIn(valueType, child, kind, origin, [...path, key]);
  }
}

/** Looks through optional, default and pipe wrappers; a field is of `kind` when one of its layers is registered so. */
function unwrap(schema: z.ZodType, kind: FieldKind): { node: z.ZodType; ofKind: boolean } {
  let node = schema;
  let ofKind = false;
  for (let guard = 0; guard < 20; guard++) {
    if (kindOf(node) === kind) ofKind = true;
    if (node.type === 'optional' || node.type === 'nullable' || node.type === 'default' || node.type === 'prefault') {
      node = (node as z.ZodOptional<z.ZodType>).unwrap();
    } else if (node.type === 'pipe') {
      // A preprocess is a pipe from a transform: the shape is its output's.
      const pipe = node as z.ZodPipe<z.ZodType, z.ZodType>;
      node = pipe.out.type === 'transform' ? pipe.in : pipe.out;
    } else break;
  }
  return { node, ofKind };
}

// The registry looks a derived schema's kind up through its parents, building objects on the way: the answer is kept
// per schema (the schemas are fixed; nothing of a plan is kept).
const kinds = new WeakMap<z.ZodType, FieldKind | undefined>();
function kindOf(schema: z.ZodType): FieldKind | undefined {
  if (!kinds.has(schema)) kinds.set(schema, fieldKinds.get(schema)?.kind);
  return kinds.get(schema);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
