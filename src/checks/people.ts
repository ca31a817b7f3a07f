import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import type { Origin } from '../content/load';
import { personRefValues } from '../content/fieldKinds';
import type { CrossCheck, Finding } from './finding';
import { invisibleCharacters, nameKey, visibleText } from '../content/names';

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
 * Names, roles and organisations a reference may use: Points of Contact (each contact's name, role and
 * organisation, and the organisations listed there), plus the roles the RACI defines (a role such as
 * "Subject Matter Experts" can carry responsibilities without being one listed person).
 */
export function knownPeople(plan: Plan): string[] {
  const contacts = plan.pointsOfContact?.contacts ?? [];
  // `import` asks too, of a plan it is still building: lists and fields may not be there yet.
  const organizations = plan.pointsOfContact?.organizations?.map((o) => o.name) ?? [];
  const definedRoles = plan.raci?.roleDefinitions?.map((d) => d.role) ?? [];
  const named = [...contacts.map((c) => c.name), ...contacts.map((c) => c.role), ...contacts.map((c) => c.organization), ...organizations, ...definedRoles];
  return named.filter((name): name is string => typeof name === 'string');
}

/** The comparison keys of known names, roles and organisations (see names.ts). */
export function knownKeys(candidates: readonly string[]): Set<string> {
  return new Set(candidates.map(nameKey));
}

/**
 * A reference resolves when it is a known name, role or organisation, or combines them as the template
 * shows ("Name – Role", "Name (Role)", "Name, Role") with at least one part known.
 */
export function resolvesToPerson(ref: string, known: ReadonlySet<string>): boolean {
  if (known.has(nameKey(ref))) return true;
  const parts = visibleText(ref).split(/\s+[–—-]\s+|\s*[(),]\s*/).map(nameKey).filter(Boolean);
  return parts.length > 1 && parts.some((p) => known.has(p));
}

/**
 * Key staff, owners and responsible parties name someone listed in Points of Contact (or a defined role, or
 * an organisation). A reference that would match but for an invisible character is an error naming it.
 */
export const peopleAreKnown: CrossCheck = (plan) => {
  if (!plan.pointsOfContact) return [];
  const candidates = knownPeople(plan);
  const known = knownKeys(candidates);
  return personReferences(plan).flatMap(({ origin, path, ref }): Finding[] => {
    const invisible = invisibleCharacters(ref);
    const resolves = resolvesToPerson(ref, known);
    if (resolves && invisible.length === 0) return [];
    const finding = { origin, path, severity: 'error' as const, code: 'unknown-person' };
    if (resolves) {
      return [{
        ...finding,
        message: `"${visibleText(ref)}" contains ${invisible.join(' and ')}: it matches a listed name only once that is removed`,
        hint: 'retype the name, or delete the invisible character (an editor that shows control characters finds it)',
      }];
    }
    const suggestion = closest(visibleText(ref), candidates);
    const hidden = invisible.length ? ` (it contains ${invisible.join(' and ')})` : '';
    return [{
      ...finding,
      message: `"${visibleText(ref)}"${hidden} is not a name, role or organization listed in Points of Contact`,
      hint: suggestion
        ? `did you mean "${suggestion}"?`
        : 'add this person to points-of-contact.yaml (or the organisation to its organizations), define the role in raci.yaml, or use a listed name or role',
    }];
  });
};
