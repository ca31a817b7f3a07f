import type { Origin } from '../content/load';
import type { Plan } from '../content/sections';
import type { FieldPath } from '../diagnostics/diagnostic';
import { closest } from '../diagnostics/suggest';
import type { CrossCheck, Finding } from './finding';
import { findCycles } from '../derive/cycles';

/** A phase ends on or after the day it starts. */
export const phaseFinishNotBeforeStart: CrossCheck = (plan) =>
  (plan.phases?.phases ?? []).flatMap((phase, i): Finding[] =>
    phase.finish < phase.start
      ? [{
          origin: 'phases',
          path: ['phases', i, 'finish'],
          severity: 'error',
          code: 'finish-before-start',
          message: `phase ${phase.id} finishes on ${phase.finish}, before it starts (${phase.start})`,
        }]
      : [],
  );

/** Every work package dependency names a work package or a phase of the Work Breakdown Structure. */
export const workPackageDependenciesExist: CrossCheck = (plan) => {
  const phases = plan.phases?.phases ?? [];
  const ids = phases.flatMap((p) => [p.id, ...p.workPackages.map((wp) => wp.id)]);
  const known = new Set(ids);
  return phases.flatMap((phase, i) =>
    phase.workPackages.flatMap((wp, j) =>
      wp.dependsOn.flatMap(({ id: dep, type, lag }, k): Finding[] => {
        if (known.has(dep)) return [];
        const suggestion = closest(dep, ids);
        return [{
          origin: 'phases',
          path: ['phases', i, 'workPackages', j, 'dependsOn', k, ...(type === 'FS' && lag === undefined ? [] : ['id'])],
          severity: 'error',
          code: 'unknown-dependency',
          message: `work package ${wp.id} depends on "${dep}", which is not a work package or phase`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `work package and phase ids are: ${ids.join(', ')}`,
        }];
      }),
    ),
  );
};

/**
 * Work package dependencies form no cycle. A phase counts as a node that finishes when all its work
 * packages have, so depending on a phase means depending on each of its work packages (and a work package
 * cannot depend on its own phase). Each cycle is reported once, at the dependency of its first work package.
 */
export const noWorkPackageCycles: CrossCheck = (plan) => {
  const phases = plan.phases?.phases ?? [];
  const places = new Map<string, { i: number; j: number; dependsOn: string[] }>();
  phases.forEach((p, i) => p.workPackages.forEach((wp, j) => places.set(wp.id, { i, j, dependsOn: wp.dependsOn.map((d) => d.id) })));
  const phaseIds = new Set(phases.map((p) => p.id));
  const exists = (id: string) => places.has(id) || phaseIds.has(id);
  // Work packages come first, so every cycle (which always passes through one) starts at a work package.
  const nodes = [
    ...[...places].map(([id, wp]) => ({ id, dependsOn: wp.dependsOn.filter(exists) })),
    ...phases.map((p) => ({ id: p.id, dependsOn: p.workPackages.map((wp) => wp.id) })),
  ];
  return findCycles(nodes).map((cycle): Finding => {
    const { i, j, dependsOn } = places.get(cycle[0])!;
    return {
      origin: 'phases',
      path: ['phases', i, 'workPackages', j, 'dependsOn', dependsOn.indexOf(cycle[1] ?? cycle[0])],
      severity: 'error',
      code: 'dependency-cycle',
      message: `work package dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`,
      hint: 'a work package cannot (indirectly) depend on itself or on its own phase: remove one of these dependencies',
    };
  });
};

/** Fields elsewhere in the plan that name a phase of the Work Breakdown Structure. */
function phaseReferences(plan: Plan): { origin: Origin; path: FieldPath; ref: string; what: string }[] {
  const refs: { origin: Origin; path: FieldPath; ref: string; what: string }[] = [];
  plan.milestones?.milestones.forEach((m, i) => {
    if (m.phase !== undefined) refs.push({ origin: 'milestones', path: ['milestones', i, 'phase'], ref: m.phase, what: `milestone ${m.id}` });
  });
  plan.milestones?.phaseGates.forEach((g, i) => refs.push({ origin: 'milestones', path: ['phaseGates', i, 'phase'], ref: g.phase, what: `phase gate ${g.id}` }));
  plan.quality?.checkpoints.forEach((c, i) => refs.push({ origin: 'quality', path: ['checkpoints', i, 'phase'], ref: c.phase, what: `quality checkpoint "${c.check}"` }));
  plan.technology?.requirements.forEach((r, i) =>
    r.phases.forEach((ref, j) => refs.push({ origin: 'technology', path: ['requirements', i, 'phases', j], ref, what: `technology area "${r.area}"` })),
  );
  plan.implementationSchedule?.tasks.forEach((t, i) => {
    if (t.phase !== undefined) refs.push({ origin: 'implementationSchedule', path: ['tasks', i, 'phase'], ref: t.phase, what: `task ${t.id}` });
  });
  return refs;
}

/**
 * The phases a plan declares: those of the Work Breakdown Structure, or without one, the phase columns of
 * the staffing and budget tables.
 */
function declaredPhases(plan: Plan): { ids: string[]; where: string } | undefined {
  if (plan.phases) return { ids: plan.phases.phases.map((p) => p.id), where: 'a phase of the Work Breakdown Structure' };
  const columns = [...new Set([...(plan.staffing?.phases ?? []), ...(plan.budget?.phases ?? [])])];
  return columns.length ? { ids: columns, where: 'a phase column of the staffing or budget table (the plan has no phases.yaml)' } : undefined;
}

/**
 * Milestones, gates, checkpoints, technology areas and scheduled tasks name phases that exist: phases of
 * the Work Breakdown Structure, or, when the plan has no phases file, the phases its tables declare.
 */
export const phaseReferencesExist: CrossCheck = (plan) => {
  const declared = declaredPhases(plan);
  if (!declared) return [];
  const { ids, where } = declared;
  return phaseReferences(plan)
    .filter(({ ref }) => !ids.includes(ref))
    .map(({ origin, path, ref, what }) => {
      const suggestion = closest(ref, ids);
      return {
        origin,
        path,
        severity: 'error' as const,
        code: 'unknown-phase',
        message: `${what} names phase "${ref}", which is not ${where}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `phase ids are: ${ids.join(', ')}`,
      };
    });
};

/** The phase columns of the staffing and budget tables are the phases of the plan, in the same order. */
export const phaseColumnsMatchPhases: CrossCheck = (plan) => {
  if (!plan.phases) return [];
  const phaseIds = plan.phases.phases.map((p) => p.id);
  const tables: { origin: Origin; columns: string[] | undefined; what: string }[] = [
    { origin: 'staffing', columns: plan.staffing?.phases, what: 'staffing' },
    { origin: 'budget', columns: plan.budget?.phases, what: 'budget' },
  ];
  return tables.flatMap(({ origin, columns, what }): Finding[] => {
    if (!columns) return [];
    const finding = (path: FieldPath, message: string, hint?: string): Finding => ({ origin, path, severity: 'error', code: 'phase-columns', message, hint });
    const unknown = columns.flatMap((column, i) =>
      phaseIds.includes(column) ? [] : [finding(['phases', i], `${what} column "${column}" is not a phase of the Work Breakdown Structure`, suggestPhase(column, phaseIds))],
    );
    const missing = phaseIds.filter((id) => !columns.includes(id));
    const lacking = missing.length
      ? [finding(['phases'], `${what} has no column for phase${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, `the phases are ${phaseIds.join(', ')}`)]
      : [];
    const shared = columns.filter((c) => phaseIds.includes(c));
    const inOrder = phaseIds.filter((id) => shared.includes(id));
    const misordered = unknown.length === 0 && missing.length === 0 && shared.join() !== inOrder.join()
      ? [finding(['phases'], `${what} columns ${columns.join(', ')} are not in phase order (${phaseIds.join(', ')})`, `write phases: [${phaseIds.join(', ')}]`)]
      : [];
    return [...unknown, ...lacking, ...misordered];
  });
};

function suggestPhase(column: string, phaseIds: readonly string[]): string {
  const suggestion = closest(column, phaseIds);
  return suggestion ? `did you mean "${suggestion}"?` : `the phases are ${phaseIds.join(', ')}`;
}
