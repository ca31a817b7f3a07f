import type { ListItem } from './outline';
import { normalizeTitle } from './sectionTitles';
import { childItems, childLines, labelled, type Unit } from './units';
import { lookup, splitList, stripMarkup, type ValueContext } from './values';

/**
 * The rules that place a section's units into fields, as data (see recipes.ts). `from` limits a rule to the
 * units under sub-headings whose titles contain one of its words; without it the rule reads the whole section.
 * Field names are dotted paths into one record ("maintenance.contact").
 */
export type Part =
  /** "**Label**: text" lines and items into fields of the section, by label. */
  | { kind: 'fields'; from?: string[]; fields: Record<string, string> }
  /** A table's rows into a list of records, its columns into fields by header. */
  | { kind: 'table'; from?: string[]; into: string; columns: Record<string, string>; ids?: string }
  /** List items into a list of records: label -> `name`, text after it -> `text`, nested labelled items by label. */
  | { kind: 'list'; from?: string[]; into: string; name: string; text?: string; children?: Record<string, string>; checked?: string; owner?: string; ids?: string }
  /**
   * Each sub-heading under `from` into one record (`name` its title, an "R1:" prefix its id) holding the rules of
   * `parts`; a record of that id or name already made (from a table) is completed instead.
   */
  | { kind: 'groups'; from: string[]; into: string; name: string; parts: Part[] }
  /** Whatever text is left under `from` into one Markdown field. */
  | { kind: 'prose'; from?: string[]; field: string }
  | { kind: 'custom'; from?: string[]; run: (units: Unit[], data: Record<string, unknown>, context: MapContext) => void };

/** A field name that stands for a line plansmith prints from other fields: not imported, only reported. */
export const COMPUTED = '';

export interface MapContext extends ValueContext {
  /** "what went where": source label or heading -> field. */
  placed(from: string, to: string): void;
  /** A decision or conversion the report lists (the text itself is placed). */
  note(message: string): void;
  /** Text that has no field: kept in the section's intro (or prose) and listed in the report. */
  keep(markdown: string): void;
}

/** Cell and label readers for fields whose values are not one text: keyed by the field's last name. */
export const VALUE_READERS: Record<string, (text: string, context: ValueContext) => unknown> = {
  /** "916-555-0101 (desk)" a line; numbers a writer ran together after their ")" still part. */
  phones: (text) =>
    text.split(/\n|(?<=\))\s*(?=[+\d])/).filter((l) => l.trim()).map((line) => {
      const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(line.trim());
      return m ? { label: m[2], number: m[1] } : { number: line.trim() };
    }),
  /** One license a line: "1 × Windows Server 2025 Standard" as plansmith prints a count, "None" for none. */
  licenses: (text) =>
    text.split('\n').map(stripMarkup).filter((line) => line && !/^(none|n\/a|-)$/i.test(line)).map((line) => {
      const m = /^(\d+)\s*(?:[×x]\s+)?(.*)$/.exec(line);
      return m ? { count: Number(m[1]), type: m[2] || '[To be completed]' } : line;
    }),
  period: (text) => {
    const [from, to] = text.split(/\s+(?:to|through|until|-|–)\s+/i);
    return { from: from?.trim(), to: (to ?? from)?.trim() };
  },
  /** "Name, Organization" then a phone and an email, on lines or after commas, in any order. */
  /** "Name, Organization", a phone and an email: on lines or after commas, in any order, or run together. */
  contact: (text) => {
    const phone = /\+?\d[\d .()-]{5,}\d/.exec(text)?.[0];
    const noPhone = phone ? text.replace(phone, '\n') : text;
    const email = /[A-Za-z][\w.+-]*@[\w-]+(?:\.[\w-]+)+/.exec(noPhone)?.[0];
    const rest = email ? noPhone.replace(email, '\n') : noPhone;
    const [name, ...organization] = rest.split(/\n|,\s*/).map((p) => p.trim()).filter(Boolean);
    return { name, ...(organization.length ? { organization: organization.join(', ') } : {}), phone, ...(email ? { email } : {}) };
  },
  dependsOn: (text) => splitList(text).map(referenceId).filter((id): id is string => Boolean(id)),
  version: (text) => (/^(n\/a|none|-)$/i.test(text.trim()) ? undefined : text.trim()),
};

/** "Phase 2" -> P2, "WP 1.1" -> WP1.1, "Completion of WP 2.2." -> WP2.2, "1" -> 1; undefined for other prose. */
export function referenceId(text: string): string | undefined {
  const value = stripMarkup(text).replace(/^(?:completion|end|start)\s+of\s+/i, '').replace(/\.$/, '').trim();
  const phase = /^phase\s+(\d+)$/i.exec(value);
  if (phase) return `P${phase[1]}`;
  const wp = /^(?:wp|work package)\s*(\d+(?:\.\d+)*)$/i.exec(value);
  if (wp) return `WP${wp[1]}`;
  return /^[A-Za-z]{0,4}[-.]?\d+(?:\.\d+)*$/.test(value) ? value : undefined;
}

/** "**M1**: Completion of Phase 1" -> id M1 and the rest; ids are short letter+digit tags. */
export function splitId(text: string): { id?: string; rest: string } {
  const l = labelled(text);
  const m = l && /^([A-Za-z]{0,5}|work package)\s?(\d+(?:\.\d+)*)$/i.exec(l.label);
  if (!l || !m) return { rest: text };
  return { id: `${lookup(ID_PREFIXES, m[1].toLowerCase()) ?? m[1]}${m[2]}`, rest: l.rest };
}

/** Words that name an id's kind, shortened the way plans write ids ("Gate 1" is G1). */
export const ID_PREFIXES: Record<string, string> = { gate: 'G', phase: 'P', risk: 'R', task: 'T', wp: 'WP', 'work package': 'WP', step: 'S' };

export function isUnder(unit: Unit, from?: string[]): boolean {
  return !from || unit.under.some((h) => from.some((f) => h.includes(f)));
}

/** The field a label or column header names: exact, else the longest key the label contains (or is contained in). */
export function fieldFor(label: string, fields: Record<string, string>): string | undefined {
  const key = normalizeTitle(label);
  if (Object.hasOwn(fields, key)) return fields[key];
  const keys = Object.keys(fields).sort((a, b) => b.length - a.length);
  const hit = keys.find((k) => ` ${key} `.includes(` ${k} `)) ?? keys.find((k) => key.length > 3 && ` ${k} `.includes(` ${key} `));
  return hit && fields[hit];
}

export function getPath(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

export function setPath(record: Record<string, unknown>, path: string, value: unknown, context: ValueContext): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  const last = keys[keys.length - 1];
  const read = lookup(VALUE_READERS, last);
  target[last] = read && typeof value === 'string' ? read(value, context) : value;
}

/** The value of a labelled item: its text, or its nested items as a list when the label line has none. */
export function itemValue(rest: string, item?: ListItem): unknown {
  const nested = item ? childItems(item).map((c) => c.text) : [];
  const lines = item ? childLines(item) : [];
  if (!rest && nested.length) return nested;
  return [rest, ...lines, ...nested.map((n) => `- ${n}`)].filter(Boolean).join('\n');
}
