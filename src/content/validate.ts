import * as z from 'zod';
import { formatPath, type Diagnostic, type FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import { locate, type SourceFile } from './source';

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed file against its schema; every schema issue becomes a located diagnostic. When the only
 * mistakes are misspelt or unknown keys, `value` is the file read as the suggestions say ("preparedby" as
 * "preparedBy", unknown keys left out), so the cross-checks still see the section while the errors stand.
 */
export function validateSource<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  data: unknown,
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const issues = result.error.issues.flatMap((issue) => narrowUnion(issue, data));
  const unknown = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(schema, data, issue) : []));
  // "preparedby" is one mistake: its error says "did you mean preparedBy", so the missing preparedBy is not repeated.
  const meant = new Set(unknown.flatMap(({ path, meant }) => (meant ? [formatPath([...path, meant])] : [])));
  const diagnostics = issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? unknown.filter((u) => u.issue === issue).map((u) => unknownKeyDiagnostic(source, u)) : issueToDiagnostics(source, data, issue),
    )
    .filter((d) => !(d.code === 'missing-field' && meant.has(formatPath(d.path))));
  const repaired = unknown.length > 0 ? schema.safeParse(withKeysAsMeant(data, unknown)) : undefined;
  return repaired?.success ? { value: repaired.data, diagnostics } : { diagnostics };
}

/**
 * A mapping that fits none of a union's forms (`{ count: sixty }` for a licence that may also be text) is
 * explained by the form that takes a mapping, at the field that is wrong, rather than by "invalid input" at
 * the whole mapping. Unions that word their own message (dependency.ts) are left as they are.
 */
function narrowUnion(issue: Issue, data: unknown): Issue[] {
  if (issue.code !== 'invalid_union' || issue.message !== 'Invalid input') return [issue];
  const value = valueAt(data, issue.path as FieldPath);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [issue];
  const inside = (issue as { errors?: Issue[][] }).errors?.find((option) => option.length > 0 && option.every((inner) => inner.path.length > 0));
  return inside ? inside.flatMap((inner) => narrowUnion({ ...inner, path: [...issue.path, ...inner.path] } as Issue, data)) : [issue];
}

interface UnknownKey {
  issue: Issue;
  path: FieldPath;
  key: string;
  /** Keys allowed where it stands, and the closest of them. */
  known: string[];
  suggestion?: string;
  /** The suggestion, when that key is not set: what the key most likely meant. */
  meant?: string;
}

function unknownKeys(schema: z.ZodType, data: unknown, issue: Extract<Issue, { code: 'unrecognized_keys' }>): UnknownKey[] {
  const path = issue.path as FieldPath;
  const target = valueAt(data, path) as Record<string, unknown>;
  const known = objectKeysAt(schema, path);
  return issue.keys.map((key) => {
    const suggestion = closest(key, known);
    return { issue, path, key, known, suggestion, meant: suggestion && !Object.hasOwn(target, suggestion) ? suggestion : undefined };
  });
}

function unknownKeyDiagnostic(source: SourceFile, { path, key, known, suggestion }: UnknownKey): Diagnostic {
  return {
    file: source.file,
    ...locate(source, [...path, key], { key: true }),
    path: [...path, key],
    severity: 'error',
    code: 'unknown-key',
    message: `unknown key "${key}"${path.length ? ` in ${formatPath(path)}` : ''}`,
    hint: suggestion ? `did you mean "${suggestion}"?` : known.length ? `allowed keys: ${known.join(', ')}` : undefined,
  };
}

/** A copy of `data` with each unknown key renamed to the key it meant, or removed. */
function withKeysAsMeant(data: unknown, unknown: readonly UnknownKey[]): unknown {
  const copy = structuredClone(data);
  for (const { path, key, meant } of unknown) {
    const target = valueAt(copy, path) as Record<string, unknown>;
    if (meant) target[meant] = target[key];
    delete target[key];
  }
  return copy;
}

function issueToDiagnostics(source: SourceFile, data: unknown, issue: Issue): Diagnostic[] {
  const path = issue.path as FieldPath;
  const at = (p: FieldPath) => ({ file: source.file, ...locate(source, p), path: p });

  const value = valueAt(data, path);
  const field = path.length ? formatPath(path) : 'file';
  if (issue.code === 'invalid_type' && value === undefined) {
    return [
      {
        ...at(path),
        severity: 'error',
        code: 'missing-field',
        message: `missing required field "${formatPath(path)}"`,
        hint: `add "${String(path[path.length - 1])}:" with ${article(issue.expected)} value`,
      },
    ];
  }
  if (issue.code === 'invalid_type') {
    const got = describeValue(value);
    return [
      {
        ...at(path),
        severity: 'error',
        code: 'wrong-type',
        message: `${field}: expected ${article(issue.expected)}, got ${got}`,
        hint:
          issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? `put the value in quotes: "${String(value)}"`
            : undefined,
      },
    ];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
    return [
      {
        ...at(path),
        severity: 'error',
        code: 'invalid-value',
        message: `${field}: ${describeValue(value)} is not one of ${allowed.join(', ')}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : undefined,
      },
    ];
  }
  // Schema rules (refine/superRefine) may name their own code and hint through `params`.
  const params = issue.code === 'custom' ? (issue.params as { code?: string; hint?: string } | undefined) : undefined;
  const code = params?.code ?? (issue.code === 'invalid_format' ? `invalid-${issue.format}` : issue.code.replace(/_/g, '-'));
  return [
    {
      ...at(path),
      severity: 'error',
      code,
      message: `${field}: ${lowerFirst(issue.message)}${issue.code === 'invalid_format' ? `, got ${describeValue(value)}` : ''}`,
      hint: params?.hint,
    },
  ];
}

export function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The keys an object schema allows at `path`, looking through optional, default, array and pipe wrappers. */
export function objectKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  let node: z.ZodType | undefined = schema;
  for (const segment of [...path, null]) {
    node = unwrap(node);
    if (!node) return [];
    if (segment === null) break;
    const def = node._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (def.type === 'object' && typeof segment === 'string') node = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') node = def.element;
    else return [];
  }
  const def = node?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let node = schema;
  for (let guard = 0; node && guard < 20; guard++) {
    const def = node._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.out && (def.out._zod.def as { type: string }).type !== 'transform' ? def.out : def.in;
    else return node;
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}

function article(noun: string): string {
  const name = noun === 'object' ? 'mapping' : noun === 'array' ? 'list' : noun;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
