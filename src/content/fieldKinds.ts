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

/** What each plan's walks found, by kind: several checks ask for the prose of the same plan. Plans are never changed. */
const walked = new WeakMap<Plan, Map<FieldKind, readonly FieldValue[]>>();

/**
 * Every value of the plan whose field is of a kind (`fieldKinds` in fields.ts), found by walking each schema
 * alongside its value: plan.yaml first, then the sections in template order. The schemas say which fields are
 * prose or name a person, so a new section needs no list here. The walk skips every part of a schema that holds
 * no field of the kind, and is made once per plan and kind.
 */
export function valuesOfKind(plan: Plan, kind: FieldKind): readonly FieldValue[] {
  let byKind = walked.get(plan);
  if (!byKind) walked.set(plan, (byKind = new Map()));
  let values = byKind.get(kind);
  if (!values) byKind.set(kind, (values = walk(plan, kind)));
  return values;
}

function walk(plan: Plan, kind: FieldKind): FieldValue[] {
  const found: FieldValue[] = [];
  valuesIn(metaSchema, plan.meta, kind, 'meta', [], found);
  for (const [id, definition] of Object.entries(sections) as [Origin, { schema: z.ZodType }][]) {
    const value = plan[id as keyof Plan];
    if (value !== undefined) valuesIn(definition.schema, value, kind, id, [], found);
  }
  return found;
}

/** Prose: the strings of `markdown` fields. */
export function proseValues(plan: Plan): readonly FieldValue<string>[] {
  return valuesOfKind(plan, 'prose').filter((field): field is FieldValue<string> => typeof field.value === 'string');
}

/** The strings of `personRef` fields: every place the plan names a person. */
export function personRefValues(plan: Plan): readonly FieldValue<string>[] {
  return valuesOfKind(plan, 'person').filter((field): field is FieldValue<string> => typeof field.value === 'string');
}

// Switched on zod's public `type` rather than tested with instanceof: it is read for every value of the plan.
function valuesIn(schema: z.ZodType, value: unknown, kind: FieldKind, origin: Origin, path: FieldPath, found: FieldValue[]): void {
  const { node, ofKind } = unwrap(schema, kind);
  if (ofKind) {
    found.push({ origin, path, value });
    return;
  }
  // Most of a plan holds no field of a given kind: its values need no walk.
  if (!holdsKind(node, kind)) return;
  if (node.type === 'union') {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = ((node as z.ZodUnion).options as z.ZodType[]).find((o) => o.safeParse(value).success);
    if (option) valuesIn(option, value, kind, origin, path, found);
  } else if (node.type === 'array' && Array.isArray(value)) {
    const element = (node as z.ZodArray<z.ZodType>).element;
    for (let i = 0; i < value.length; i++) valuesIn(element, value[i], kind, origin, [...path, i], found);
  } else if (node.type === 'object' && isRecord(value)) {
    const shape = (node as z.ZodObject).shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      const field = shape[key];
      if (field) valuesIn(field, value[key], kind, origin, [...path, key], found);
    }
  } else if (node.type === 'record' && isRecord(value)) {
    const valueType = (node as z.ZodRecord).valueType as z.ZodType;
    for (const key of Object.keys(value)) valuesIn(valueType, value[key], kind, origin, [...path, key], found);
  }
}

/** The schemas directly inside a union, array, object or record. */
function children(schema: z.ZodType): z.ZodType[] {
  if (schema.type === 'union') return (schema as z.ZodUnion).options as z.ZodType[];
  if (schema.type === 'array') return [(schema as z.ZodArray<z.ZodType>).element];
  if (schema.type === 'object') return Object.values((schema as z.ZodObject).shape) as z.ZodType[];
  if (schema.type === 'record') return [(schema as z.ZodRecord).valueType as z.ZodType];
  return [];
}

/** Whether any field inside a schema is of `kind`; known per schema and kind once worked out. */
function holdsKind(schema: z.ZodType, kind: FieldKind): boolean {
  // A schema that (through a getter) holds itself is taken to hold the kind while it is worked out.
  return cached(holding, schema, kind, () =>
    children(schema).some((child) => {
      const { node, ofKind } = unwrap(child, kind);
      return ofKind || holdsKind(node, kind);
    }), true);
}

const holding = new WeakMap<z.ZodType, Map<FieldKind, boolean>>();

/** Looks through optional, default and pipe wrappers; a field is of `kind` when one of its layers is registered so. */
function unwrap(schema: z.ZodType, kind: FieldKind): Unwrapped {
  return cached(unwrapped, schema, kind, () => unwrapLayers(schema, kind));
}

type Unwrapped = { node: z.ZodType; ofKind: boolean };
const unwrapped = new WeakMap<z.ZodType, Map<FieldKind, Unwrapped>>();

function unwrapLayers(schema: z.ZodType, kind: FieldKind): Unwrapped {
  let node = schema;
  let ofKind = false;
  for (let guard = 0; guard < 20; guard++) {
    // The registry finds the kind of a schema made from a registered one (`.describe()`, `.meta()`) too.
    if (fieldKinds.get(node)?.kind === kind) ofKind = true;
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

/** What `make` gives for the pair (a, b) of fixed schema and kind, made once; `meanwhile` is the answer while it is being made. */
function cached<A extends object, B, V>(table: WeakMap<A, Map<B, V>>, a: A, b: B, make: () => V, meanwhile?: V): V {
  let byB = table.get(a);
  if (!byB) table.set(a, (byB = new Map()));
  if (byB.has(b)) return byB.get(b)!;
  if (meanwhile !== undefined) byB.set(b, meanwhile);
  const value = make();
  byB.set(b, value);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
