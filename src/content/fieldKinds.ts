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
 * say which fields are prose or name a person, so a new section needs no list here. Several checks ask for the
 * same kind of the same plan (plans are never changed in place), so each walk is made once.
 */
export function valuesOfKind(plan: Plan, kind: z.ZodType): readonly FieldValue[] {
  return cached(walked, plan, kind, () => {
    const found: FieldValue[] = [];
    valuesIn(metaSchema, plan.meta, kind, 'meta', [], found);
    for (const [id, definition] of Object.entries(sections) as [Origin, { schema: z.ZodType }][]) {
      const value = plan[id as keyof Plan];
      if (value !== undefined) valuesIn(definition.schema, value, kind, id, [], found);
    }
    return found;
  });
}

const walked = new WeakMap<Plan, Map<z.ZodType, FieldValue[]>>();

/** Prose: the strings of `markdown` fields. */
export function proseValues(plan: Plan): readonly FieldValue<string>[] {
  return valuesOfKind(plan, markdown).filter((field): field is FieldValue<string> => typeof field.value === 'string');
}

/** The strings of `personRef` fields: every place the plan names a person. */
export function personRefValues(plan: Plan): readonly FieldValue<string>[] {
  return valuesOfKind(plan, personRef).filter((field): field is FieldValue<string> => typeof field.value === 'string');
}

function valuesIn(schema: z.ZodType, value: unknown, kind: z.ZodType, origin: Origin, path: FieldPath, found: FieldValue[]): void {
  const { node, ofKind } = unwrap(schema, kind);
  if (ofKind) {
    found.push({ origin, path, value });
    return;
  }
  // Most of a plan holds no field of a given kind: its values need no walk.
  if (!holdsKind(node, kind)) return;
  const def = node._zod.def as SchemaDef;
  if (def.type === 'union' && def.options) {
    // The value was parsed by one of the options; the first that accepts it again has its shape.
    const option = def.options.find((o) => o.safeParse(value).success);
    if (option) valuesIn(option, value, kind, origin, path, found);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) valuesIn(def.element, value[i], kind, origin, [...path, i], found);
  } else if (def.type === 'object' && def.shape && isRecord(value)) {
    for (const key of Object.keys(value)) {
      const field = def.shape[key];
      if (field) valuesIn(field, value[key], kind, origin, [...path, key], found);
    }
  } else if (def.type === 'record' && def.valueType && isRecord(value)) {
    for (const key of Object.keys(value)) valuesIn(def.valueType, value[key], kind, origin, [...path, key], found);
  }
}

type SchemaDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[] };

/** Whether any field inside a schema is of `kind`; known per schema and kind once worked out. */
function holdsKind(schema: z.ZodType, kind: z.ZodType): boolean {
  // A schema that (through a getter) holds itself is taken to hold the kind while it is worked out.
  return cached(holding, schema, kind, () => {
    const def = schema._zod.def as SchemaDef;
    const children = [...(def.options ?? []), ...(def.element ? [def.element] : []), ...Object.values(def.shape ?? {}), ...(def.valueType ? [def.valueType] : [])];
    return children.some((child) => {
      const { node, ofKind } = unwrap(child, kind);
      return ofKind || holdsKind(node, kind);
    });
  }, true);
}

const holding = new WeakMap<z.ZodType, Map<z.ZodType, boolean>>();

/**
 * Looks through optional, default and pipe wrappers. A field is of `kind` when one of its layers is `kind`
 * or derives from it: `.describe()` and `.meta()` make clones whose `parent` is the original.
 */
function unwrap(schema: z.ZodType, kind: z.ZodType): Unwrapped {
  return cached(unwrapped, schema, kind, () => unwrapLayers(schema, kind));
}

type Unwrapped = { node: z.ZodType; ofKind: boolean };
const unwrapped = new WeakMap<z.ZodType, Map<z.ZodType, Unwrapped>>();

function unwrapLayers(schema: z.ZodType, kind: z.ZodType): Unwrapped {
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

/** What `make` gives for the pair (a, b), made once; `meanwhile` is the answer while it is being made. */
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
