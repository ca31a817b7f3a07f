import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import { workingDays } from '../content/sections/roadmap/duration';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import { countWorkingDays, dateOfWorkingDay, workingDayNumber } from '../content/calendar';
import type { Derived } from '../derive';
import type { ScheduledItem } from '../derive/types';
import type { CrossCheck, Finding } from './finding';

/** The computed schedule's items by id; empty when there is no schedule or it has a cycle. */
function scheduledItems({ schedules }: Derived): Map<string, ScheduledItem> {
  return new Map((schedules.schedule?.computed?.items ?? []).map((item) => [item.id, item]));
}

/** The day a scheduled task is done: the finish the plan gives, else the computed one. */
const finishOf = (item: ScheduledItem) => item.given?.finish ?? item.earlyFinish;

/** A field elsewhere in the plan that names a scheduled task, and the date it must not precede. */
interface TaskReference {
  origin: Origin;
  path: FieldPath;
  ref: string;
  what: string;
  date?: { path: FieldPath; value: string; code: string; says: string };
}

function taskReferences(plan: Plan): TaskReference[] {
  const refs: TaskReference[] = [];
  plan.milestones?.milestones.forEach((m, i) => {
    if (m.task === undefined) return;
    refs.push({
      origin: 'milestones',
      path: ['milestones', i, 'task'],
      ref: m.task,
      what: `milestone ${m.id}`,
      date: { path: ['milestones', i, 'targetDate'], value: m.targetDate, code: 'milestone-before-task', says: `milestone ${m.id} is due on ${m.targetDate}` },
    });
  });
  plan.sites?.sites.forEach((site, i) => {
    if (site.goLiveTask === undefined) return;
    refs.push({
      origin: 'sites',
      path: ['sites', i, 'goLiveTask'],
      ref: site.goLiveTask,
      what: `site ${site.id}`,
      date: site.goLive === undefined
        ? undefined
        : { path: ['sites', i, 'goLive'], value: site.goLive, code: 'go-live-before-task', says: `site ${site.id} goes live on ${site.goLive}` },
    });
  });
  plan.implementationSchedule?.criticalPath?.forEach((ref, j) =>
    refs.push({ origin: 'implementationSchedule', path: ['criticalPath', j], ref, what: 'the stated critical path' }),
  );
  return refs;
}

/**
 * Milestones that mark a task and sites whose go-live a task brings name tasks of the schedule, and their
 * dates are not before that task is done (a milestone may come later, when the plan keeps slack).
 */
export const taskReferencesHold: CrossCheck = (plan, derived) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const ids = tasks.map((t) => t.id);
  const items = scheduledItems(derived);
  return taskReferences(plan).flatMap(({ origin, path, ref, what, date }): Finding[] => {
    if (!ids.includes(ref)) {
      const suggestion = closest(ref, ids);
      return [{
        origin,
        path,
        severity: 'error',
        code: 'unknown-task',
        message: `${what} names task "${ref}", which is not a task of the Implementation Schedule`,
        hint: suggestion ? `did you mean "${suggestion}"?` : ids.length ? `task ids are: ${ids.join(', ')}` : 'add the task to implementation-schedule.yaml',
      }];
    }
    const item = items.get(ref);
    if (!date || !item || date.value >= finishOf(item)) return [];
    return [{
      origin,
      path: date.path,
      severity: 'error',
      code: date.code,
      message: `${date.says}, but task ${ref} ("${item.name}") finishes on ${finishOf(item)}`,
      hint: `move the date to ${finishOf(item)} or later, or finish task ${ref} earlier`,
    }];
  });
};

/** Each task the plan states is critical is on the computed critical path (it has no float). */
export const statedCriticalPathHolds: CrossCheck = (plan, derived) => {
  const stated = plan.implementationSchedule?.criticalPath ?? [];
  const items = scheduledItems(derived);
  return stated.flatMap((ref, j): Finding[] => {
    const item = items.get(ref);
    if (!item || item.critical) return [];
    const critical = [...items.values()].filter((i) => i.critical).map((i) => i.id);
    return [{
      origin: 'implementationSchedule',
      path: ['criticalPath', j],
      severity: 'error',
      code: 'not-critical',
      message: `the plan states task ${ref} is on the critical path, but the schedule gives it ${item.totalFloat} working day${item.totalFloat === 1 ? '' : 's'} of float`,
      hint: `the computed critical path is ${critical.join(' → ')}: correct the stated path or the dependencies`,
    }];
  });
};

/** A task that gives its start, its finish and a duration: the dates span that many working days. */
export const durationMatchesDates: CrossCheck = (plan, { schedules }) => {
  const calendar = schedules.calendar.calendar;
  return (plan.implementationSchedule?.tasks ?? []).flatMap((task, i): Finding[] => {
    if (task.milestone || task.start === undefined || task.finish === undefined || task.duration === undefined) return [];
    const spanned = countWorkingDays(calendar, task.start, task.finish);
    const stated = workingDays(task.duration);
    if (spanned === stated) return [];
    // The stated duration's last day, counted from the first working day on or after the start.
    const finish = dateOfWorkingDay(calendar, workingDayNumber(calendar, task.start) + stated - 1);
    return [{
      origin: 'implementationSchedule',
      path: ['tasks', i, 'duration'],
      severity: 'error',
      code: 'duration-mismatch',
      message: `task ${task.id} runs ${spanned} working day${spanned === 1 ? '' : 's'} from ${task.start} to ${task.finish}, but its duration is "${task.duration}" (${stated} working day${stated === 1 ? '' : 's'})`,
      hint: `finish it on ${finish}, or make the duration "${spanned} day${spanned === 1 ? '' : 's'}"`,
    }];
  });
};
