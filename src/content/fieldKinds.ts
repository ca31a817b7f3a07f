import { z } from 'zod';
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
  if (ofKind) {
    yield { origin, path, value };
  } else if (node instanceof z.ZodUnion) {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = (node.options as z.ZodType[]).find((o) => o.safeParse(value).success);
    if (option) yield* valuesIn(option, value, kind, origin, path);
  } else if (node instanceof z.ZodArray && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* valuesIn(node.element as z.ZodType, value[i], kind, origin, [...path, i]);
  } else if (node instanceof z.ZodObject && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const field = node.shape[key] as z.ZodType | undefined;
      if (field) yield* valuesIn(field, child, kind, origin, [...path, key]);
    }
  } else if (node instanceof z.ZodRecord && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) yield* valuesIn(node.valueType as z.ZodType, child, kind, origin, [...path, key]);
  }
}

/** Looks through optional, default and pipe wrappers; a field is of `kind` when one of its layers is registered so. */
function unwrap(schema: z.ZodType, kind: FieldKind): { node: z.ZodType; ofKind: boolean } {
  let node = schema;
  let ofKind = false;
  for (let guard = 0; guard < 20; guard++) {
    if (fieldKinds.get(node)?.kind === kind) ofKind = true;
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault || node instanceof z.ZodPrefault) {
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe) {
      // A preprocess is a pipe from a transform: the shape is its output's.
      node = (node.out instanceof z.ZodTransform ? node.in : node.out) as z.ZodType;
    } else break;
  }
  return { node, ofKind };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
