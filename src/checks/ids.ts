import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import type { CrossCheck, Finding } from './finding';

/** A list whose items carry an id that must be unique within the list. */
interface IdCollection {
  origin: Origin;
  path: FieldPath;
  items: readonly { id: string }[] | undefined;
  what: string;
}

/** Lists with ids. New sections with ids add theirs here. */
export function idCollections(plan: Plan): IdCollection[] {
  return [
    { origin: 'majorTasks', path: ['tasks'], items: plan.majorTasks?.tasks, what: 'major task' },
    { origin: 'implementationSchedule', path: ['tasks'], items: plan.implementationSchedule?.tasks, what: 'scheduled task' },
  ];
}

/** Ids are unique: a second use of an id is an error pointing at both. */
export const idsAreUnique: CrossCheck = (plan) =>
  idCollections(plan).flatMap(({ origin, path, items, what }) => {
    const first = new Map<string, number>();
    return (items ?? []).flatMap((item, i): Finding[] => {
      const earlier = first.get(item.id);
      if (earlier === undefined) {
        first.set(item.id, i);
        return [];
      }
      return [{
        origin,
        path: [...path, i, 'id'],
        severity: 'error',
        code: 'duplicate-id',
        message: `${what} id "${item.id}" is already used by item ${earlier + 1} of the list`,
        hint: 'give each item its own id',
      }];
    });
  });
