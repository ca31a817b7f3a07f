import type { Plan } from '../content/sections';
import { dateOfWorkingDay, workingDayNumber } from '../content/calendar';
import type { ScheduleAnalysis } from '../derive/compute';
import type { PhaseSchedule } from '../derive/phaseWindows';
import type { CrossCheck, Finding } from './finding';

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/** "WP3.1 (8 days) → WP3.2 (3 days)": a chain of work packages with their durations. */
function describeWork(analysis: ScheduleAnalysis, ids: readonly string[]): string {
  const duration = new Map(analysis.workPackages?.activities.map((a) => [a.id, a.duration]));
  return ids.map((id) => (duration.has(id) ? `${id} (${duration.get(id)} day${duration.get(id) === 1 ? '' : 's'})` : id)).join(' → ');
}

/**
 * Each phase's window holds its work: the phase has at least as many working days as the longest chain of
 * its own work packages needs (an error per overrunning phase, with both figures and the chain), and the
 * work, placed after everything it depends on in earlier phases, finishes by the phase's finish date.
 */
export const phaseWindowsHoldTheirWork: CrossCheck = (_plan, { schedules: analysis, phases }) => {
  const calendar = analysis.calendar.calendar;
  return phases.flatMap((phase, i): Finding[] => {
    if (phase.chainDays !== undefined && phase.chainDays > phase.windowDays) {
      // The hint gives a finish that holds, not just the chain: the work may also wait for earlier phases,
      // and a finish that ignored that would lead straight to a finish-before-computed error.
      const chainEnd = dateOfWorkingDay(calendar, workingDayNumber(calendar, phase.start) + phase.chainDays - 1);
      const needed = phase.computedFinish !== undefined && phase.computedFinish > chainEnd ? phase.computedFinish : chainEnd;
      return [{
        origin: 'phases',
        path: ['phases', i, 'finish'],
        severity: 'error',
        code: 'phase-too-short',
        message: `phase ${phase.id} has ${days(phase.windowDays)} (${phase.start} .. ${phase.finish}), but its work packages need ${days(phase.chainDays)} one after another: ${describeWork(analysis, phase.chain)}`,
        hint: `finish the phase on ${needed} or later, or shorten its work packages`,
      }];
    }
    if (phase.computedFinish !== undefined && phase.computedFinish > phase.finish) {
      return [{
        origin: 'phases',
        path: ['phases', i, 'finish'],
        severity: 'error',
        code: 'finish-before-computed',
        message: `phase ${phase.id} finishes on ${phase.finish}, but its work finishes on ${phase.computedFinish} at the earliest: ${describeWork(analysis, phase.finishChain)}`,
        hint: `finish the phase on ${phase.computedFinish} or later, or let the work it waits for finish earlier`,
      }];
    }
    return [];
  });
};

/** The computed end of a phase's work: its work packages and the scheduled tasks assigned to it. */
function phaseWorkFinish(plan: Plan, analysis: ScheduleAnalysis, phase: PhaseSchedule): { finish: string; chain: string } | undefined {
  const candidates: { finish: string; chain: string }[] = [];
  if (phase.computedFinish !== undefined) candidates.push({ finish: phase.computedFinish, chain: describeWork(analysis, phase.finishChain) });
  const tasks = analysis.schedule?.computed?.items.filter((item) => item.group === phase.id) ?? [];
  for (const task of tasks) candidates.push({ finish: task.earlyFinish, chain: `task ${task.id}` });
  // The latest finish; on a tie the work packages, listed first, explain it.
  return candidates.reduce<{ finish: string; chain: string } | undefined>((best, c) => (!best || c.finish > best.finish ? c : best), undefined);
}

/**
 * The milestone that closes a phase (its latest milestone that marks no task) is not due before the phase's
 * work can be done: its target date is not earlier than the computed finish of the phase's work packages
 * and scheduled tasks. Earlier milestones of a phase are checkpoints inside it and are not compared; a
 * milestone that marks a task is compared with that task instead (taskReferences.ts).
 */
export const milestonesAfterPhaseWork: CrossCheck = (plan, derived) => {
  const milestones = plan.milestones?.milestones ?? [];
  if (!milestones.length || !plan.phases) return [];
  const analysis = derived.schedules;
  const phases = new Map(derived.phases.map((p) => [p.id, p]));
  const closing = new Map<string, number>();
  milestones.forEach((m, i) => {
    if (m.phase === undefined || m.task !== undefined) return;
    const current = closing.get(m.phase);
    if (current === undefined || m.targetDate >= milestones[current].targetDate) closing.set(m.phase, i);
  });
  return [...closing].flatMap(([phaseId, i]): Finding[] => {
    const phase = phases.get(phaseId);
    const milestone = milestones[i];
    const work = phase && phaseWorkFinish(plan, analysis, phase);
    if (!work || milestone.targetDate >= work.finish) return [];
    return [{
      origin: 'milestones',
      path: ['milestones', i, 'targetDate'],
      severity: 'error',
      code: 'milestone-before-phase-finish',
      message: `milestone ${milestone.id} is due on ${milestone.targetDate}, but the work of phase ${phaseId} finishes on ${work.finish} at the earliest: ${work.chain}`,
      hint: `move the target date to ${work.finish} or later, or shorten the work of phase ${phaseId}`,
    }];
  }).sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
};
