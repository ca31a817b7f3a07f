import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import type { Origin } from '../content/load';
import type { CrossCheck } from './finding';

/** A field that names a person: key staff, owners, responsible parties, site contacts. */
export interface PersonReference {
  origin: Origin;
  path: FieldPath;
  ref: string;
}

/**
 * Every person reference in the plan, with where it stands: each field the schemas declare as `personRef`.
 * New sections add their fields here. Role definitions of the RACI are not references: they define roles.
 */
export function personReferences(plan: Plan): PersonReference[] {
  const refs: PersonReference[] = [];
  const add = (origin: Origin, path: FieldPath, ref: string | undefined) => {
    if (ref !== undefined) refs.push({ origin, path, ref });
  };
  plan.majorTasks?.tasks.forEach((task, i) => task.keyStaff.forEach((ref, j) => add('majorTasks', ['tasks', i, 'keyStaff', j], ref)));
  plan.hardware?.components.forEach((item, i) => add('hardware', ['components', i, 'owner'], item.owner));
  plan.software?.components.forEach((item, i) => add('software', ['components', i, 'owner'], item.owner));
  plan.materials?.materials.forEach((item, i) => add('materials', ['materials', i, 'owner'], item.owner));
  plan.documentation?.documents.forEach((doc, i) => add('documentation', ['documents', i, 'owner'], doc.owner));
  plan.personnel?.staffing.forEach((need, i) => need.assigned.forEach((ref, j) => add('personnel', ['staffing', i, 'assigned', j], ref)));
  plan.knownIssues?.issues.forEach((issue, i) => add('knownIssues', ['issues', i, 'owner'], issue.owner));
  plan.sites?.sites.forEach((site, i) => add('sites', ['sites', i, 'contact', 'person'], site.contact.person));
  plan.risksAndContingencies?.contingencies.forEach((c, i) => add('risksAndContingencies', ['contingencies', i, 'owner'], c.owner));
  plan.governance?.bodies.forEach((body, i) => {
    add('governance', ['bodies', i, 'chair'], body.chair);
    body.members.forEach((ref, j) => add('governance', ['bodies', i, 'members', j], ref));
  });
  plan.milestones?.milestones.forEach((m, i) => add('milestones', ['milestones', i, 'responsible'], m.responsible));
  plan.raci?.roles.forEach((ref, i) => add('raci', ['roles', i], ref));
  plan.communication?.reports.forEach((r, i) => add('communication', ['reports', i, 'preparedBy'], r.preparedBy));
  plan.communication?.meetings.forEach((m, i) => add('communication', ['meetings', i, 'chair'], m.chair));
  plan.riskMitigation?.risks.forEach((r, i) => add('riskMitigation', ['risks', i, 'owner'], r.owner));
  plan.quality?.checkpoints.forEach((c, i) => add('quality', ['checkpoints', i, 'responsible'], c.responsible));
  plan.technology?.infrastructureTimeline.forEach((item, i) => add('technology', ['infrastructureTimeline', i, 'owner'], item.owner));
  plan.changeControl?.procedure.forEach((step, i) => add('changeControl', ['procedure', i, 'responsible'], step.responsible));
  plan.readiness?.groups.forEach((group, i) =>
    group.items.forEach((item, j) => add('readiness', ['groups', i, 'items', j, 'owner'], item.owner)),
  );
  plan.nextSteps?.immediateActions.forEach((a, i) => add('nextSteps', ['immediateActions', i, 'owner'], a.owner));
  return refs;
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
