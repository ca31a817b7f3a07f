/**
 * Parsers from the way plans write values to the schema's types. Each table is data, so forms can be added
 * (or, once the content format accepts week-relative dates, a form kept as written) without touching logic.
 */

/** Where week-relative dates ("Week 3") are anchored: the Monday of week 1. */
export interface ValueContext {
  weekOne: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Which end of a period a date stands for: a "Week 3" start is its Monday, a finish its Friday. */
export type DateEnd = 'start' | 'finish';

/** Date forms plans use, each to [year, month, day]. */
const DATE_FORMS: { pattern: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, parts: (m) => [+m[1], +m[2], +m[3]] },
  { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/, parts: (m) => [fullYear(+m[3]), +m[1], +m[2]] },
  { pattern: /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i, parts: (m) => [+m[3], month(m[1]), +m[2]] },
  { pattern: /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i, parts: (m) => [+m[3], month(m[2]), +m[1]] },
];

const WEEK = /^(?:(?:by|before|in|during)\s+)?(?:the\s+)?(?:(start|beginning|end)\s+of\s+)?week\s+(\d{1,3})$/i;

/** A date as YYYY-MM-DD, or undefined when the text is not one (placeholders such as XX/XX/XXXX included). */
export function parseDate(text: string, context: ValueContext, end: DateEnd = 'start'): string | undefined {
  const value = stripMarkup(text).replace(/^(?:complete\s+)?(?:by|on|before)\s+/i, '').replace(/\.$/, '').trim();
  const week = WEEK.exec(value);
  if (week) return weekDate(+week[2], context, week[1] ? (week[1].toLowerCase() === 'end' ? 'finish' : 'start') : end);
  for (const { pattern, parts } of DATE_FORMS) {
    const m = pattern.exec(value);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return iso(date);
  }
  return undefined;
}

/**
 * The content format's relative form of a week date ("Week 3", "Weeks 1-3") for text such as "Week 3", "by the
 * end of Week 3" (in a finish field) or "Week 1 - Week 3"; undefined when the text is no such date.
 */
export function weekForm(text: string, end: DateEnd): string | undefined {
  const value = stripMarkup(text).replace(/^(?:complete\s+)?(?:by|on|before)\s+/i, '').replace(/\.$/, '').trim();
  const span = /^weeks?\s+(\d{1,3})\s*(?:-|–|to|through)\s*(?:week\s+)?(\d{1,3})$/i.exec(value);
  if (span) return `Weeks ${span[1]}-${span[2]}`;
  const week = WEEK.exec(value);
  if (!week) return undefined;
  // "end of Week 3" is Week 3 only where a date stands for the end of its week; a start field keeps it as a date.
  const said = week[1] ? (week[1].toLowerCase() === 'end' ? 'finish' : 'start') : end;
  return said === end ? `Week ${week[2]}` : undefined;
}

/** "Week N" of a Monday-to-Friday plan: its Monday, or its Friday for a finish. */
export function weekDate(week: number, context: ValueContext, end: DateEnd): string {
  const monday = new Date(`${context.weekOne}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 7 * (week - 1) + (end === 'finish' ? 4 : 0));
  return iso(monday);
}

/** The week number of text such as "Week 3" or "end of Week 3", if it is one. */
export function weekNumber(text: string): number | undefined {
  const m = WEEK.exec(stripMarkup(text).replace(/\.$/, '').trim());
  return m ? +m[2] : undefined;
}

/** Currency symbols and the ISO 4217 code each stands for. */
export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** An amount such as "$50,000", "**$110,000**", "USD 1,200.50", "45k" or "1.2M". */
export function parseMoney(text: string): { amount: number; currency?: string } | undefined {
  const value = stripMarkup(text).replace(/\s+/g, ' ').trim();
  const m = /^(?:([A-Z]{3})\s?|([$€£¥]))?\s?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s?([kKmM])?(?:\s?([A-Z]{3}))?$/.exec(value);
  if (!m) return undefined;
  const scale = m[5] ? (m[5].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
  const amount = Math.round(Number(`${m[3].replace(/,/g, '')}${m[4] ?? ''}`) * scale * 100) / 100;
  const currency = m[1] ?? m[6] ?? (m[2] ? lookup(CURRENCY_SYMBOLS, m[2]) : undefined);
  return { amount, ...(currency ? { currency } : {}) };
}

/** A number with an optional unit: "4.0 FTE", "0.5", "1,200", "$5,000". */
export function parseNumber(text: string): number | undefined {
  const money = parseMoney(text);
  if (money) return money.amount;
  const m = /^(-?\d+(?:\.\d+)?)\s*(?:fte|%|people|persons|staff)?$/i.exec(stripMarkup(text).trim());
  return m ? Number(m[1]) : undefined;
}

/** Units of working time and their canonical singular. */
const DURATION_UNITS: Record<string, 'day' | 'week'> = { d: 'day', day: 'day', days: 'day', wk: 'week', wks: 'week', week: 'week', weeks: 'week', w: 'week' };

/** A duration in the schema's form "3 days" / "2 weeks", from "2 weeks", "1 wk", "10d" or "Week 1 - Week 3". */
export function parseDuration(text: string): string | undefined {
  // "12 weeks (January 4, 2027 to March 26, 2027)": the duration, not its dates.
  const value = stripMarkup(text).replace(/\s*\(.*\)$/, '').replace(/\.$/, '').trim().toLowerCase();
  const span = /^week\s+(\d+)\s*(?:-|–|to|through)\s*week\s+(\d+)$/.exec(value);
  if (span) return plural(+span[2] - +span[1] + 1, 'week');
  const m = /^(\d+)\s*([a-z]+)$/.exec(value);
  const unit = m && lookup(DURATION_UNITS, m[2]);
  return m && unit && +m[1] > 0 ? plural(+m[1], unit) : undefined;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** Words that mean yes or no in a table cell. */
const BOOLEAN_WORDS: Record<string, boolean> = { y: true, yes: true, true: true, x: true, required: true, n: false, no: false, false: false, none: false, 'not required': false };

export function parseBoolean(text: string): boolean | undefined {
  return lookup(BOOLEAN_WORDS, stripMarkup(text).replace(/[.?!]$/, '').trim().toLowerCase());
}

/** The option the text starts with or names ("High, given ..." is "high"); case does not matter. */
export function parseChoice(text: string, options: readonly string[]): string | undefined {
  const value = stripMarkup(text).trim().toLowerCase();
  // "In Progress" is the option in-progress: options join their words with hyphens.
  const exact = options.find((o) => o.toLowerCase() === value || o.toLowerCase() === value.replace(/\s+/g, '-'));
  if (exact) return exact;
  const first = value.split(/[^a-z0-9/-]+/)[0];
  return options.find((o) => o.toLowerCase() === first);
}

/** Text as list entries: one per line or bullet; otherwise split at semicolons, then at commas and "and". */
export function splitList(text: string): string[] {
  // Bullets a writer joined into one line ("• one• two") still part the entries.
  const lines = text.split(/\n|(?<=\S)\s*•\s*/).map((l) => l.replace(/^\s*(?:[·•▪◦*-]|\d+[.)])\s+/, '').trim()).filter(Boolean);
  if (lines.length > 1) return lines;
  const single = (lines[0] ?? '').replace(/\.$/, '');
  const parts = single.includes(';') ? single.split(';') : single.split(/,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `table[key]` when the table has it as its own entry: text from a document never reaches the prototype. */
export function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The text without Markdown emphasis markers. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|$|[.,;:])/g, '$1$2').trim();
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
