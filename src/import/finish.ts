import type { SectionDraft } from './map';
import { referenceId } from './parts';
import { lookup, parseDate, splitList, stripMarkup, type ValueContext } from './values';

/**
 * Touches that need more than one field or section: ids shared between Major Tasks and the schedule, the
 * phase a milestone closes, dates and frequencies stated inside prose. Each change is noted in the report.
 */
export function finishDrafts(drafts: SectionDraft[], values: ValueContext): void {
  const get = (id: string) => drafts.find((d) => d.id === id);
  const phases = (get('phases')?.data.phases as Record<string, unknown>[] | undefined) ?? [];
  const FINISHERS: Record<string, (draft: SectionDraft) => void> = {
    majorTasks: (draft) => shareTaskIds(draft, get('implementationSchedule')),
    implementationSchedule: (draft) => {
      for (const task of (draft.data.tasks as Record<string, unknown>[] | undefined) ?? []) {
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
      const [rating, ...why] = text.split(/,\s*|\s+[-–]\s+|\.\s+/);
      draft.data.successProbability = { rating: stripMarkup(rating), rationale: why.join(', ') || text };
    },
    governance: (draft) => {
      const framework = draft.data.decisionFramework as Record<string, unknown> | undefined;
      if (!framework) return;
      if (typeof framework.categories === 'string') framework.categories = splitList(framework.categories).map((name) => ({ name: capitalise(name), description: framework.categories as string }));
      if (typeof framework.approvalAuthorities === 'string') framework.approvalAuthorities = [{ decision: framework.approvalAuthorities }];
    },
    technology: (draft) => {
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
    quality: (draft) => {
      for (const row of (draft.data.approvalAuthority as Record<string, unknown>[] | undefined) ?? []) {
        const m = /^(.+?)\s+approves?\b/i.exec(String(row.description ?? ''));
        if (m) row.approver = m[1];
      }
      for (const row of (draft.data.checkpoints as Record<string, unknown>[] | undefined) ?? []) row.phase = referenceId(String(row.phase ?? '')) ?? row.phase;
    },
  };
  for (const draft of drafts) lookup(FINISHERS, draft.id)?.(draft);
}

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
