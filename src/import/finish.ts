import type { SectionDraft } from './map';
import { countWorkingDays, createCalendar, dayNumber, isoDate, nextWorkingDay } from '../content/calendar';
import { SCHEDULED, WORKING_DAYS } from './customParts';
import { referenceId } from './parts';
import { lookup, parseDate, splitList, stripMarkup, weekNumber, type ValueContext } from './values';

/**
 * Touches that need more than one field or section: ids shared between Major Tasks and the schedule, the
 * phase a milestone closes, dates and frequencies stated inside prose. Each change is noted in the report.
 */
export function finishDrafts(drafts: SectionDraft[], values: ValueContext): { holidays: Holiday[]; start?: string } {
  const get = (id: string) => drafts.find((d) => d.id === id);
  // Phase windows as ISO dates, however the document wrote them, to compare with other dates.
  const phases = ((get('phases')?.data.phases as Record<string, unknown>[] | undefined) ?? []).map((p): Record<string, unknown> & { start?: string; finish?: string } => ({
    ...p,
    start: parseDate(String(p.start ?? ''), values),
    finish: parseDate(String(p.finish ?? ''), values, 'finish'),
  }));
  const holidays = get('phases') ? holidaysOf(get('phases')!, phases, drafts) : [];
  const FINISHERS: Record<string, (draft: SectionDraft) => void> = {
    majorTasks: (draft) => shareTaskIds(draft, get('implementationSchedule')),
    implementationSchedule: (draft) => {
      for (const task of (draft.data.tasks as Record<string, unknown>[] | undefined) ?? []) {
        const [from, to] = [task.start, task.finish].map((d) => (typeof d === 'string' ? parseDate(d, values) : undefined));
        // The schedule table has no phase column: a task lies in the phase whose window holds its dates.
        const phase = from && to && phases.find((p) => p.start && p.finish && p.start <= from && to <= p.finish);
        if (!task.phase && phase) task.phase = phase.id;
        const [start, finish] = [task.start, task.finish].map((d) => (typeof d === 'string' ? parseDate(d, values) : undefined));
        if (start || finish || task.duration) continue;
        draft.notes.push(`task ${String(task.id)}: no dates given ("${String(task.start ?? '')}" to "${String(task.finish ?? '')}"): given a duration of 1 week, after its dependencies`);
        delete task.start;
        delete task.finish;
        task.duration = '1 week';
      }
    },
    milestones: (draft) => {
      for (const list of ['milestones', 'phaseGates']) {
        for (const row of (draft.data[list] as Record<string, unknown>[] | undefined) ?? []) {
          if (row.phase) continue;
          const date = list === 'milestones' ? parseDate(String(row.targetDate ?? ''), values, 'finish') : undefined;
          row.phase = phaseNamed(String(row.name ?? ''), phases) ?? phaseAt(date, phases) ?? phases[phases.length - 1]?.id;
          if (row.phase) draft.notes.push(`${list} "${String(row.name)}": phase ${String(row.phase)} taken from its name, date or the last phase`);
        }
      }
    },
    executiveSummary: (draft) => {
      const text = draft.data.successProbability;
      if (typeof text !== 'string') return;
      // "High. The platform is ...", "Medium, given ...", "Low - ...": the rating word, then its rationale.
      const m = /^\s*(\S+?)(?:[.,:]\s+|\s+[-–]\s+)([\s\S]+)$/.exec(text);
      draft.data.successProbability = m ? { rating: stripMarkup(m[1]), rationale: m[2] } : { rating: stripMarkup(text), rationale: text };
    },
    governance: (draft) => {
      const framework = draft.data.decisionFramework as Record<string, unknown> | undefined;
      if (!framework) return;
      if (typeof framework.categories === 'string') framework.categories = splitList(framework.categories).map((name) => ({ name: capitalise(name), description: framework.categories as string }));
      if (typeof framework.approvalAuthorities === 'string') framework.approvalAuthorities = [{ decision: framework.approvalAuthorities }];
    },
    technology: (draft) => {
      // "**Security Infrastructure** (needed in P1: Preparation, P2: Build)": the phases, as plansmith prints them.
      for (const row of (draft.data.requirements as Record<string, unknown>[] | undefined) ?? []) {
        const [first = '', ...rest] = String(row.requirements ?? '').split('\n');
        const needed = /^\(needed (?:in (.+)|throughout)\)$/.exec(first.trim());
        if (!needed) continue;
        row.requirements = rest;
        if (needed[1]) row.phases = needed[1].split(/,\s*(?=P\d)/).map((p) => referenceId(p.split(':')[0]) ?? p);
      }
      for (const row of (draft.data.infrastructureTimeline as Record<string, unknown>[] | undefined) ?? []) {
        const due = /(?:(?:end|start) of )?week \d+/i.exec(String(row.description ?? ''));
        if (due) row.due = due[0];
      }
    },
    communication: (draft) => {
      for (const list of ['reports', 'meetings']) {
        const rows = (draft.data[list] as Record<string, unknown>[] | undefined) ?? [];
        const escalation = rows.filter((r) => /escalat/i.test(String(r.name)));
        if (escalation.length) {
          draft.data[list] = rows.filter((r) => !escalation.includes(r));
          draft.data.escalation = escalation.map((r) => ({ trigger: `${String(r.name)}: ${String(r.purpose ?? '')}`, escalateTo: mentionedBody(String(r.purpose ?? '')) }));
        }
        for (const row of (draft.data[list] as Record<string, unknown>[] | undefined) ?? []) row.frequency ??= frequencyIn(`${String(row.name)} ${String(row.purpose ?? '')}`);
      }
    },
    hardware: (draft) => inventory(draft),
    software: (draft) => inventory(draft),
    risksAndContingencies: (draft) => {
      // plansmith prints a contingency's id and risk in bold above its trigger: "**R-01: Production load fails**".
      for (const row of (draft.data.contingencies as Record<string, unknown>[] | undefined) ?? []) {
        const m = /^\*\*([A-Za-z]{1,4}-?\d+(?:\.\d+)*)(?::\s*(.+?))?\*\*\n?([\s\S]*)$/.exec(String(row.trigger ?? ''));
        if (!m) continue;
        Object.assign(row, { id: m[1], ...(m[2] ? { risk: m[2] } : {}), trigger: m[3] });
        draft.notes.push(`contingency ${m[1]}: id and risk from the bold first line of its trigger cell`);
      }
    },
    quality: (draft) => {
      for (const row of (draft.data.approvalAuthority as Record<string, unknown>[] | undefined) ?? []) {
        const m = /^(.+?)\s+approves?\b/i.exec(String(row.description ?? ''));
        if (m) row.approver = m[1];
      }
      for (const row of (draft.data.checkpoints as Record<string, unknown>[] | undefined) ?? []) row.phase = referenceId(String(row.phase ?? '')) ?? row.phase;
    },
  };
  for (const draft of drafts) lookup(FINISHERS, draft.id)?.(draft);
  // Phases the document dates (not in weeks) say when the implementation starts: their first start.
  const dated = ((get('phases')?.data.phases as Record<string, unknown>[] | undefined) ?? []).filter((p) => !weekNumber(String(p.start ?? '').split(/\s*[-–]\s*/)[0]));
  const start = dated.map((p) => parseDate(String(p.start ?? ''), values)).filter((d): d is string => Boolean(d)).sort()[0];
  return { holidays, ...(start ? { start } : {}) };
}

export interface Holiday {
  date: string;
  name: string;
}

type Data = Record<string, unknown>;

/**
 * The holidays a plansmith document does not list but its computed dates show: a work package starts on the first
 * working day after its predecessors finish, so a weekday between is not worked. Each phase's "Working Days" then
 * tells whether all were found. A holiday's name is taken from text such as "Presidents' Day (February 15)".
 */
function holidaysOf(draft: SectionDraft, phases: (Data & { start?: string; finish?: string })[], drafts: SectionDraft[]): Holiday[] {
  const packages = phases.flatMap((p) => (p.workPackages as Data[] | undefined) ?? []);
  const scheduled = (wp: Data) => wp[SCHEDULED] as { start?: string; finish?: string } | undefined;
  const finishOf = (id: string): string[] => {
    const phase = phases.find((p) => p.id === id);
    const members = phase ? ((phase.workPackages as Data[]) ?? []) : packages.filter((w) => w.id === id);
    return members.map((w) => scheduled(w)?.finish).filter((d): d is string => Boolean(d));
  };
  const found = new Set<string>();
  for (const wp of packages) {
    const start = scheduled(wp)?.start;
    const before = ((wp.dependsOn as string[] | undefined) ?? []).flatMap(finishOf).sort().at(-1);
    for (let day = before && nextWorkingDay(WEEKDAYS, addDays(before, 1)); start && day && day < start; day = nextWorkingDay(WEEKDAYS, addDays(day, 1))) found.add(day);
  }
  const days = (draft.data[WORKING_DAYS] as Record<string, number> | undefined) ?? {};
  for (const { id, start, finish } of phases) {
    const shown = days[String(id)];
    if (shown === undefined || !start || !finish) continue;
    const left = countWorkingDays(WEEKDAYS, start, finish) - [...found].filter((d) => start <= d && d <= finish).length;
    if (left !== shown) draft.notes.push(`${String(id)}: the document shows ${shown} working days, the holidays found leave ${left}: add the missing holidays to plan.yaml's calendar`);
  }
  const text = drafts.map((d) => [JSON.stringify(d.data), ...d.kept].join(' ')).join(' ');
  const holidays = [...found].sort().map((date) => ({ date, name: holidayName(date, text) }));
  if (holidays.length) draft.notes.push(`holidays ${holidays.map((h) => `${h.date} (${h.name})`).join(', ')}: weekdays the computed schedule skips, written to plan.yaml's calendar`);
  return holidays;
}

/** Monday to Friday, no holidays: the calendar the holidays are found against. */
const WEEKDAYS = createCalendar();

const addDays = (date: string, n: number) => isoDate(dayNumber(date) + n);

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Martin Luther King Jr. Day (January 18)" in the text names the day; otherwise it is a "Holiday". */
function holidayName(date: string, text: string): string {
  const [, month, day] = date.split('-').map(Number);
  const named = new RegExp(`((?:[A-Z][\\w.']*\\s+){0,5}Day)\\s*\\(${MONTH_NAMES[month - 1]} ${day}\\)`).exec(text);
  return named?.[1] ?? 'Holiday';
}

/** COTS / Custom developed / Legacy under a software type; "None" in the maintenance columns for no contract. */
function inventory(draft: SectionDraft): void {
  for (const row of (draft.data.components as Record<string, unknown>[] | undefined) ?? []) {
    // The origin on the type's last line, or run onto its end by a writer that drops line breaks.
    const origin = /\n?(COTS|Custom developed|Legacy)\s*$/.exec(String(row.type ?? ''));
    if (draft.id === 'software' && origin && origin.index > 0) Object.assign(row, { type: String(row.type).slice(0, origin.index).trim(), origin: lookup(SOFTWARE_ORIGIN_WORDS, origin[1].toLowerCase()) });
    const maintenance = row.maintenance as Record<string, unknown> | undefined;
    if (maintenance && /^none$/i.test(String(maintenance.contract ?? '').trim())) delete row.maintenance;
  }
}

const SOFTWARE_ORIGIN_WORDS: Record<string, string> = { cots: 'COTS', 'custom developed': 'custom', custom: 'custom', legacy: 'legacy' };

/** Major Tasks rows without an id take the id of the schedule task with the same name. */
function shareTaskIds(tasks: SectionDraft, schedule: SectionDraft | undefined): void {
  const scheduled = (schedule?.data.tasks as Record<string, unknown>[] | undefined) ?? [];
  ((tasks.data.tasks as Record<string, unknown>[] | undefined) ?? []).forEach((task, i) => {
    if (task.id) return;
    const same = scheduled.find((s) => stripMarkup(String(s.task ?? '')).toLowerCase() === stripMarkup(String(task.name ?? '')).toLowerCase());
    task.id = same?.id ?? `T${String(i + 1).padStart(2, '0')}`;
    tasks.notes.push(`task "${String(task.name)}": id ${String(task.id)}${same ? ' from the Implementation Schedule' : ' given by the import'}`);
  });
}

function phaseNamed(name: string, phases: Record<string, unknown>[]): string | undefined {
  const id = /phase\s+(\d+)/i.exec(name);
  if (id) return `P${id[1]}`;
  return phases.find((p) => name.toLowerCase().includes(String(p.name).toLowerCase()))?.id as string | undefined;
}

function phaseAt(date: string | undefined, phases: Record<string, unknown>[]): string | undefined {
  if (!date) return undefined;
  return phases.find((p) => String(p.start) <= date && date <= String(p.finish))?.id as string | undefined;
}

/** Frequency words that open a report or meeting name, e.g. "Weekly Status Reports". */
const FREQUENCIES = ['at each milestone', 'bi-weekly', 'biweekly', 'fortnightly', 'quarterly', 'annually', 'monthly', 'weekly', 'daily'];

function frequencyIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  const hit = FREQUENCIES.find((f) => new RegExp(`\\b${f}\\b`).test(lower));
  return hit ? capitalise(hit) : undefined;
}

function mentionedBody(text: string): string | undefined {
  return /\bthe\s+((?:[A-Z][a-z]+\s?){1,4})/.exec(text)?.[1]?.trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
