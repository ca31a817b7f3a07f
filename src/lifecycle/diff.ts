import { isDeepStrictEqual } from 'node:util';
import type { LoadedPlan, Origin } from '../content/load';
import { META_FILE, sectionList, type Plan } from '../content/sections';

/** One difference inside a section, in the terms a reviewer uses: rows of a table, fields, list items. */
export interface Change {
  kind: 'added' | 'removed' | 'changed';
  what: 'row' | 'field' | 'item';
  /** The table (for rows) or the field path, as written in the content file, e.g. `tasks` or `tasks[T03].start`. */
  where: string;
  /** Row key (its id, or its first field) for rows. */
  row?: string;
  before?: string;
  after?: string;
  /** Field changes inside a changed row. */
  fields?: Change[];
}

export interface SectionDiff {
  section: string;
  file: string;
  status: 'added' | 'removed' | 'changed';
  changes: Change[];
}

export interface Verdict {
  level: 'none' | 'minor' | 'major';
  reasons: string[];
  rule: string;
}

export interface PlanDiff {
  sections: SectionDiff[];
  /** Table rows added, removed or changed, over all sections. */
  rowsChanged: number;
  /** Files left out of the comparison because they do not load without errors on one side. */
  skipped: string[];
  verdict: Verdict;
}

/** More table rows than this changing between two versions makes the change major. */
export const MAJOR_ROW_THRESHOLD = 10;
/** Sections that make up the schedule: moving one of their dates is a major change. */
const SCHEDULE_SECTIONS = new Set<Origin>(['implementationSchedule', 'phases', 'milestones']);
/** Fields that place work in time; a duration counts because the computed dates follow it. */
const SCHEDULE_DATE_FIELDS = new Set(['start', 'finish', 'targetDate', 'duration']);

export const VERDICT_RULE =
  `major when a section is added or removed, a schedule date moves (a start, finish, target date or duration ` +
  `in the Implementation Schedule, phases or milestones changes), or more than ${MAJOR_ROW_THRESHOLD} table rows ` +
  `are added, removed or changed; otherwise minor`;

/**
 * Compares two plans section by section. The version history is left out: it is what a release adds, not
 * a change to the plan.
 */
export function diffPlans(before: LoadedPlan, after: LoadedPlan): PlanDiff {
  const broken = new Set([...filesWithErrors(before), ...filesWithErrors(after)]);
  const sections: SectionDiff[] = [];
  const scheduleMoves: string[] = [];
  const origins: { origin: Origin; title: string; file: string }[] = [
    { origin: 'meta', title: 'Plan metadata', file: META_FILE },
    ...sectionList.map((s) => ({ origin: s.id as Origin, title: s.title, file: fileOf(s.id as Origin, s.file, before, after) })),
  ];
  for (const { origin, title, file } of origins) {
    if (broken.has(file)) continue;
    const a = sectionValue(before.plan, origin);
    const b = sectionValue(after.plan, origin);
    if (a === undefined && b === undefined) continue;
    if (a === undefined || b === undefined) {
      sections.push({ section: title, file, status: a === undefined ? 'added' : 'removed', changes: [] });
      continue;
    }
    const changes = compareValues(a, b, '');
    if (changes.length === 0) continue;
    sections.push({ section: title, file, status: 'changed', changes });
    if (SCHEDULE_SECTIONS.has(origin)) scheduleMoves.push(...movedDates(changes).map((where) => `${title}: ${where}`));
  }
  const rowsChanged = sections.reduce((n, s) => n + s.changes.filter((c) => c.what === 'row').length, 0);
  return { sections, rowsChanged, skipped: [...broken].sort(), verdict: verdictOf(sections, scheduleMoves, rowsChanged) };
}

function verdictOf(sections: SectionDiff[], scheduleMoves: string[], rowsChanged: number): Verdict {
  const reasons: string[] = [];
  for (const s of sections) if (s.status !== 'changed') reasons.push(`section "${s.section}" ${s.status}`);
  for (const move of scheduleMoves) reasons.push(`schedule date moved: ${move}`);
  if (rowsChanged > MAJOR_ROW_THRESHOLD) reasons.push(`${rowsChanged} table rows changed (more than ${MAJOR_ROW_THRESHOLD})`);
  const level = reasons.length ? 'major' : sections.length ? 'minor' : 'none';
  return { level, reasons, rule: VERDICT_RULE };
}

/** Date fields of the schedule that changed, as `tasks[T03].start 2027-01-11 -> 2027-01-18`. */
function movedDates(changes: Change[], prefix = ''): string[] {
  return changes.flatMap((c) => {
    const field = c.where.split('.').pop()!;
    if (c.what === 'field' && c.kind === 'changed' && SCHEDULE_DATE_FIELDS.has(field)) return [`${join(prefix, c.where)} ${c.before} -> ${c.after}`];
    return c.fields ? movedDates(c.fields, `${join(prefix, c.where)}[${c.row}]`) : [];
  });
}

function sectionValue(plan: Plan | undefined, origin: Origin): unknown {
  if (!plan) return undefined;
  if (origin === 'meta') {
    const { versions: _history, ...rest } = plan.meta;
    return rest;
  }
  return plan[origin];
}

function fileOf(origin: Origin, base: string, ...plans: LoadedPlan[]): string {
  return plans.map((p) => p.sources[origin]?.file).find((f) => f !== undefined) ?? `${base}.yaml`;
}

function filesWithErrors(loaded: LoadedPlan): string[] {
  return loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
}

/** Differences between two values of the same field; `where` is the field path written as in the file. */
export function compareValues(a: unknown, b: unknown, where: string): Change[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    return isTable(a) && isTable(b) ? compareTables(a, b, where) : compareLists(a, b, where);
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => compareValues(a[key], b[key], join(where, key)));
  }
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  return [{ kind, what: 'field', where, ...shorten(show(a), show(b)) }];
}

/** Rows are matched by `id` when every row has one, otherwise by their first field. */
function compareTables(a: Record<string, unknown>[], b: Record<string, unknown>[], where: string): Change[] {
  const keyField = [...a, ...b].every((row) => typeof row.id === 'string') ? 'id' : undefined;
  const keyed = (rows: Record<string, unknown>[]) => {
    const seen = new Map<string, number>();
    return new Map(
      rows.map((row) => {
        const base = show(keyField ? row[keyField] : Object.values(row)[0]);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return [n === 1 ? base : `${base} (${n})`, row] as const;
      }),
    );
  };
  const before = keyed(a);
  const after = keyed(b);
  const changes: Change[] = [];
  for (const [key, row] of before) {
    if (!after.has(key)) changes.push({ kind: 'removed', what: 'row', where, row: clip(key) });
    else {
      const fields = compareValues(row, after.get(key), '');
      if (fields.length) changes.push({ kind: 'changed', what: 'row', where, row: clip(key), fields });
    }
  }
  for (const key of after.keys()) if (!before.has(key)) changes.push({ kind: 'added', what: 'row', where, row: clip(key) });
  return changes;
}

/** Lists of plain values (resources, activities): items added and removed; a pure reordering is one change. */
function compareLists(a: unknown[], b: unknown[], where: string): Change[] {
  const count = (list: unknown[]) => list.reduce<Map<string, number>>((m, v) => m.set(show(v), (m.get(show(v)) ?? 0) + 1), new Map());
  const before = count(a);
  const after = count(b);
  const changes: Change[] = [];
  for (const [item, n] of before) for (let i = after.get(item) ?? 0; i < n; i++) changes.push({ kind: 'removed', what: 'item', where, before: clip(item) });
  for (const [item, n] of after) for (let i = before.get(item) ?? 0; i < n; i++) changes.push({ kind: 'added', what: 'item', where, after: clip(item) });
  if (changes.length === 0) changes.push({ kind: 'changed', what: 'field', where, before: 'previous order', after: 'new order' });
  return changes;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isTable = (list: unknown[]): list is Record<string, unknown>[] => list.length > 0 && list.every(isRecord);
const join = (where: string, key: string) => (where ? `${where}.${key}` : key);

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  return JSON.stringify(value);
}

const LIMIT = 60;

function clip(text: string): string {
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
}

/** Long texts are cut to a window around their first difference, so the change itself stays visible. */
export function shorten(before: string, after: string): { before?: string; after?: string } {
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common]) common++;
  const start = before.length > LIMIT || after.length > LIMIT ? Math.max(0, common - 20) : 0;
  const cut = (text: string) => {
    if (text === '') return undefined;
    const window = text.slice(start, start + LIMIT);
    return `${start > 0 ? '…' : ''}${window}${start + LIMIT < text.length ? '…' : ''}`;
  };
  return { before: cut(before), after: cut(after) };
}
