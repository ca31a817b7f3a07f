import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import type { Origin } from '../content/load';
import { personRefValues } from './fieldKinds';
import type { CrossCheck } from './finding';

/** A field that names a person: key staff, owners, responsible parties, site contacts. */
export interface PersonReference {
  origin: Origin;
  path: FieldPath;
  ref: string;
}

/**
 * Every person reference in the plan, with where it stands: each value of a field the schemas declare as
 * `personRef` (key staff, owners, responsible parties, site contacts, chairs, members, RACI roles).
 * RACI role definitions are the exception: they define roles, which references may then use.
 */
export function personReferences(plan: Plan): PersonReference[] {
  return [...personRefValues(plan)]
    .filter(({ origin, path }) => !(origin === 'raci' && path[0] === 'roleDefinitions'))
    .map(({ origin, path, value }) => ({ origin, path, ref: value }));
}

/**
 * Names and roles a reference may use: Points of Contact, plus the roles the RACI defines (a role such as
 * "Subject Matter Experts" can carry responsibilities without being one listed person).
 */
export function knownPeople(plan: Plan): string[] {
  const contacts = plan.pointsOfContact?.contacts ?? [];
  const definedRoles = plan.raci?.roleDefinitions.map((d) => d.role) ?? [];
  return [...contacts.map((c) => c.name), ...contacts.map((c) => c.role), ...definedRoles];
}

const normalize = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A reference resolves when it is a known name or role, or combines them as the template shows
 * ("Name – Role", "Name (Role)", "Name, Role") with at least one part known.
 */
export function resolvesToPerson(ref: string, known: ReadonlySet<string>): boolean {
  if (known.has(normalize(ref))) return true;
  const parts = ref.split(/\s+[–—-]\s+|\s*[(),]\s*/).map(normalize).filter(Boolean);
  return parts.length > 1 && parts.some((p) => known.has(p));
}

/** Key staff, owners and responsible parties name someone listed in Points of Contact (or a defined role). */
export const peopleAreKnown: CrossCheck = (plan) => {
  if (!plan.pointsOfContact) return [];
  const candidates = knownPeople(plan);
  const known = new Set(candidates.map(normalize));
  return personReferences(plan)
    .filter(({ ref }) => !resolvesToPerson(ref, known))
    .map(({ origin, path, ref }) => {
      const suggestion = closest(ref, candidates);
      return {
        origin,
        path,
        severity: 'error' as const,
        code: 'unknown-person',
        message: `"${ref}" is not a name or role listed in Points of Contact`,
        hint: suggestion
          ? `did you mean "${suggestion}"?`
          : 'add this person to points-of-contact.yaml, define the role in raci.yaml, or use a listed name or role',
      };
    });
};
