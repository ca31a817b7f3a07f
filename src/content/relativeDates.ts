import { valuesOfKind } from './fieldKinds';
import type { Diagnostic, FieldPath } from '../diagnostics/diagnostic';
import { dayNumber, isoDate, nextWorkingDay, previousWorkingDay, type WorkingCalendar } from './calendar';
import { planCalendar } from './planCalendar';
import type { Origin } from './load';
import { META_FILE, sections, type Plan, type SectionId } from './sections';
import { WEEK_DATE_PATTERN } from './sections/fields';
import { locate, type SourceFile } from './source';

/**
 * Dates written relative to the plan ("Week 3", "Weeks 1-3") are turned into the calendar dates they stand
 * for right after loading, so every check and the schedule compare real dates. The documents show them as
 * the plan wrote them: `writtenDate` gives the written form back to the templates.
 */

/**
 * Written forms of resolved dates, kept on the object that holds the field under a symbol (so neither templates nor
 * the schemas see it, and it lives and dies with the loaded plan): { targetDate: { written: "Week 3", date: "2027-01-22" } }.
 */
const WRITTEN = Symbol('written dates');

type WrittenForms = Record<string, { written: string; date: string }>;

/** How the plan wrote a date that `holder` holds as `date`, when it was relative; undefined otherwise. */
export function writtenDate(holder: unknown, date: string): string | undefined {
  if (holder === null || typeof holder !== 'object') return undefined;
  const forms = (holder as { [WRITTEN]?: WrittenForms })[WRITTEN];
  return Object.values(forms ?? {}).find((entry) => entry.date === date)?.written;
}

/** Fields that open a span: a relative date there is the first working day of its (first) week. */
const STARTS = new Set(['start', 'from']);

/**
 * The date a relative date stands for: weeks count from the plan start (week 1 is its first seven days); a
 * start field takes the first working day of the first week, any other field the last working day of the
 * last week.
 */
export function resolveWeek(text: string, field: string, start: string, calendar: WorkingCalendar): string {
  const match = WEEK_DATE_PATTERN.exec(text)!;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  const anchor = dayNumber(start);
  return STARTS.has(field)
    ? nextWorkingDay(calendar, isoDate(anchor + 7 * (first - 1)))
    : previousWorkingDay(calendar, isoDate(anchor + 7 * last - 1));
}

/**
 * The plan with its relative dates resolved (sections holding one are copied, never changed in place, as
 * loaded values may be cached), and an error for each relative date when the plan gives no start.
 */
export function resolveRelativeDates(plan: Plan, sources: Partial<Record<Origin, SourceFile>>): { plan: Plan; diagnostics: Diagnostic[] } {
  const relative = [...valuesOfKind(plan, 'planDate')].filter(
    (field): field is { origin: Origin; path: FieldPath; value: string } => typeof field.value === 'string' && WEEK_DATE_PATTERN.test(field.value),
  );
  if (relative.length === 0) return { plan, diagnostics: [] };
  const start = plan.meta.calendar?.start;
  if (start === undefined) {
    return {
      plan,
      diagnostics: relative.map(({ origin, path, value }) => {
        const source = sources[origin];
        return {
          file: source?.file ?? (origin === 'meta' ? META_FILE : `${sections[origin as SectionId].file}.yaml`),
          ...(source ? locate(source, path) : { line: 0, col: 0 }),
          path,
          severity: 'error' as const,
          code: 'relative-date-without-start',
          message: `"${value}" counts from the plan's start, but plan.yaml gives no calendar start`,
          hint: 'add `calendar: { start: YYYY-MM-DD }` to plan.yaml (the first day of week 1)',
        };
      }),
    };
  }
  const calendar = planCalendar(plan).calendar;
  const resolved: Plan = { ...plan };
  const copied = new Set<Origin>();
  for (const { origin, path, value } of relative) {
    if (origin === 'meta') continue;
    if (!copied.has(origin)) {
      (resolved as Record<string, unknown>)[origin] = structuredClone(plan[origin]);
      copied.add(origin);
    }
    const holder = path.slice(0, -1).reduce((node, key) => (node as Record<string | number, unknown>)[key], resolved[origin] as unknown) as Record<string, unknown>;
    const field = String(path[path.length - 1]);
    const date = resolveWeek(value, field, start, calendar);
    holder[field] = date;
    const forms = (holder as { [WRITTEN]?: WrittenForms })[WRITTEN];
    Object.defineProperty(holder, WRITTEN, { value: { ...forms, [field]: { written: value, date } }, configurable: true });
  }
  return { plan: resolved, diagnostics: [] };
}
