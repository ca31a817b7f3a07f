import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import type { CrossCheck, Finding } from './finding';

/** One item that carries an id: what it is, where its id stands, and how to point a reader at it. */
export interface IdEntry {
  id: string;
  path: FieldPath;
  what: string;
  where: string;
}

/** Items whose ids share one namespace: an id may be used only once among them. */
export interface IdCollection {
  origin: Origin;
  entries: IdEntry[];
}

/** A plain list of items with ids. */
function list(origin: Origin, path: FieldPath, items: readonly { id: string }[] | undefined, what: string): IdCollection {
  return {
    origin,
    entries: (items ?? []).map((item, i) => ({ id: item.id, path: [...path, i, 'id'], what, where: `item ${i + 1} of the list` })),
  };
}

/**
 * Phases and work packages share one namespace, because a work package may depend on either kind by id;
 * work package ids are unique across all phases.
 */
function phasesAndWorkPackages(plan: Plan): IdCollection {
  const entries: IdEntry[] = [];
  plan.phases?.phases.forEach((phase, i) => {
    entries.push({ id: phase.id, path: ['phases', i, 'id'], what: 'phase', where: `phase ${i + 1}` });
    phase.workPackages.forEach((wp, j) =>
      entries.push({ id: wp.id, path: ['phases', i, 'workPackages', j, 'id'], what: 'work package', where: `work package ${j + 1} of phase ${phase.id}` }),
    );
  });
  return { origin: 'phases', entries };
}

/** Every set of ids of the plan. New sections with ids add theirs here. */
export function idCollections(plan: Plan): IdCollection[] {
  return [
    list('majorTasks', ['tasks'], plan.majorTasks?.tasks, 'major task'),
    list('implementationSchedule', ['tasks'], plan.implementationSchedule?.tasks, 'scheduled task'),
    list('knownIssues', ['issues'], plan.knownIssues?.issues, 'known issue'),
    list('sites', ['sites'], plan.sites?.sites, 'site'),
    list('risksAndContingencies', ['contingencies'], plan.risksAndContingencies?.contingencies, 'contingency'),
    list('systemAcceptance', ['criteria'], plan.systemAcceptance?.criteria, 'acceptance criterion'),
    phasesAndWorkPackages(plan),
    list('milestones', ['milestones'], plan.milestones?.milestones, 'milestone'),
    list('milestones', ['phaseGates'], plan.milestones?.phaseGates, 'phase gate'),
    list('riskMitigation', ['risks'], plan.riskMitigation?.risks, 'risk'),
  ];
}

/** Ids are unique: a second use of an id is an error that names the first. */
export const idsAreUnique: CrossCheck = (plan) =>
  idCollections(plan).flatMap(({ origin, entries }) => {
    const first = new Map<string, IdEntry>();
    return entries.flatMap((entry): Finding[] => {
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, entry);
        return [];
      }
      return [{
        origin,
        path: entry.path,
        severity: 'error',
        code: 'duplicate-id',
        message: `${entry.what} id "${entry.id}" is already used by ${earlier.where}`,
        hint: 'give each item its own id',
      }];
    });
  });
