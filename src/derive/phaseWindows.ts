import type { Plan } from '../content/sections';
import { countWorkingDays } from '../content/calendar';
import { drivingChain, type ScheduleAnalysis } from './compute';
import { criticalPathMethod } from './cpm';

/** One phase of the Work Breakdown Structure: the window the plan gives and what its work packages need. */
export interface PhaseSchedule {
  id: string;
  name: string;
  /** The window the plan gives, first and last day. */
  start: string;
  finish: string;
  /** Working days in the window (the plan calendar: work week and holidays). */
  windowDays: number;
  /**
   * Working days the phase's own work packages need back to back: the longest chain through the
   * dependencies between them (dependencies on other phases left out); undefined when they form a cycle.
   */
  chainDays?: number;
  /** The work packages of that longest chain, first to last. */
  chain: string[];
  /**
   * The phase in the whole work package network (its work packages start no earlier than the phase start
   * and after everything they depend on): first early start and last early finish of its work packages.
   */
  computedStart?: string;
  computedFinish?: string;
  /** The chain of work packages, across phases, that ends on `computedFinish`, first to last. */
  finishChain: string[];
}

/** Every phase of the plan, in order; empty without a Phases section. */
export function phaseSchedules(plan: Plan, analysis: ScheduleAnalysis): PhaseSchedule[] {
  const calendar = analysis.calendar.calendar;
  const network = analysis.workPackages;
  return (plan.phases?.phases ?? []).map((phase) => {
    const own = new Set(phase.workPackages.map((wp) => wp.id));
    const inside = network?.activities.filter((a) => own.has(a.id)) ?? [];
    const alone = criticalPathMethod(
      inside.map((a) => ({ id: a.id, duration: a.duration, dependsOn: a.dependsOn.filter((d) => own.has(d.id)) })),
      { maxCriticalPaths: 1 },
    );
    const schedule: PhaseSchedule = {
      id: phase.id,
      name: phase.name,
      start: phase.start,
      finish: phase.finish,
      windowDays: countWorkingDays(calendar, phase.start, phase.finish),
      chainDays: alone.kind === 'scheduled' ? alone.finish - alone.start : undefined,
      chain: alone.kind === 'scheduled' ? (alone.criticalPaths[0] ?? []) : [],
      finishChain: [],
    };
    const computed = network?.computed;
    if (!network || !computed || network.result.kind !== 'scheduled') return schedule;
    const index = network.byId;
    const items = phase.workPackages.map((wp) => index.get(wp.id)).filter((i): i is number => i !== undefined);
    if (!items.length) return schedule;
    const times = network.result.times;
    const first = items.reduce((a, b) => (times[b].earlyStart < times[a].earlyStart ? b : a));
    const last = items.reduce((a, b) => (times[b].earlyFinish > times[a].earlyFinish ? b : a));
    return {
      ...schedule,
      computedStart: computed.items[first].earlyStart,
      computedFinish: computed.items[last].earlyFinish,
      finishChain: drivingChain(network, last).map((i) => network.activities[i].id),
    };
  });
}
