import type { Plan } from '../content/sections';
import type { CrossCheck, Finding } from './finding';
import { closest } from '../diagnostics/suggest';

/** Planned finish is not before planned start. */
export const finishNotBeforeStart: CrossCheck = (plan) =>
  (plan.implementationSchedule?.tasks ?? []).flatMap((task, i): Finding[] =>
    task.finish < task.start
      ? [{
          origin: 'implementationSchedule',
          path: ['tasks', i, 'finish'],
          severity: 'error',
          code: 'finish-before-start',
          message: `task ${task.id} finishes on ${task.finish}, before it starts (${task.start})`,
        }]
      : [],
  );

/** Every dependency names a task of the schedule. */
export const dependenciesExist: CrossCheck = (plan) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const ids = tasks.map((t) => t.id);
  const known = new Set(ids);
  return tasks.flatMap((task, i) =>
    task.dependsOn.flatMap((dep, j): Finding[] => {
      if (known.has(dep)) return [];
      const suggestion = closest(dep, ids);
      return [{
        origin: 'implementationSchedule',
        path: ['tasks', i, 'dependsOn', j],
        severity: 'error',
        code: 'unknown-dependency',
        message: `task ${task.id} depends on "${dep}", which is not a task of the schedule`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `task ids are: ${ids.join(', ')}`,
      }];
    }),
  );
};

/** Finish-to-start: a task starts after every task it depends on has finished. */
export const startsAfterDependencies: CrossCheck = (plan) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return tasks.flatMap((task, i) =>
    task.dependsOn.flatMap((dep, j): Finding[] => {
      const predecessor = byId.get(dep);
      if (!predecessor || task.start > predecessor.finish) return [];
      return [{
        origin: 'implementationSchedule',
        path: ['tasks', i, 'start'],
        severity: 'error',
        code: 'starts-before-dependency',
        message: `task ${task.id} starts on ${task.start}, but it depends on ${dep}, which finishes on ${predecessor.finish}`,
        hint: `start ${task.id} after ${predecessor.finish}, or remove the dependency (dependsOn[${j}])`,
      }];
    }),
  );
};

/** Dependencies form no cycle; each cycle is reported once, naming the tasks around it. */
export const noDependencyCycles: CrossCheck = (plan) => {
  const tasks = plan.implementationSchedule?.tasks ?? [];
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  return findCycles(tasks.map((t) => ({ id: t.id, dependsOn: t.dependsOn.filter((d) => index.has(d)) }))).map((cycle) => {
    const first = index.get(cycle[0])!;
    const edge = tasks[first].dependsOn.indexOf(cycle[1] ?? cycle[0]);
    return {
      origin: 'implementationSchedule',
      path: ['tasks', first, 'dependsOn', edge],
      severity: 'error',
      code: 'dependency-cycle',
      message: `dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`,
      hint: 'a task cannot (indirectly) depend on itself: remove one of these dependencies',
    };
  });
};

/**
 * Cycles of a dependency graph (each once, starting at its first node in input order), found with an
 * iterative depth-first search so long chains cannot overflow the stack.
 */
export function findCycles(nodes: readonly { id: string; dependsOn: readonly string[] }[]): string[][] {
  const edges = new Map(nodes.map((n) => [n.id, n.dependsOn]));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const state = new Map<string, 'active' | 'done'>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const root of nodes) {
    if (state.has(root.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'active');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const deps = edges.get(top.id) ?? [];
      if (top.next >= deps.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const dep = deps[top.next++];
      const depState = state.get(dep);
      if (depState === 'active') {
        const path = stack.slice(stack.findIndex((f) => f.id === dep)).map((f) => f.id);
        // Rotate so the cycle starts at its earliest task; that makes each cycle's name unique.
        const start = path.reduce((best, id, k) => ((order.get(id) ?? 0) < (order.get(path[best]) ?? 0) ? k : best), 0);
        const cycle = [...path.slice(start), ...path.slice(0, start)];
        const key = cycle.join('>');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (depState === undefined && edges.has(dep)) {
        state.set(dep, 'active');
        stack.push({ id: dep, next: 0 });
      }
    }
  }
  return cycles;
}

/** Major Tasks and the Implementation Schedule list the same tasks (the template asks to keep them in sync). */
export const tasksInSync: CrossCheck = (plan: Plan) => {
  const major = plan.majorTasks?.tasks;
  const scheduled = plan.implementationSchedule?.tasks;
  if (!major || !scheduled) return [];
  const scheduledIds = new Set(scheduled.map((t) => t.id));
  const majorIds = new Set(major.map((t) => t.id));
  return [
    ...major.flatMap((task, i): Finding[] =>
      scheduledIds.has(task.id)
        ? []
        : [{ origin: 'majorTasks', path: ['tasks', i, 'id'], severity: 'error', code: 'task-not-scheduled', message: `major task ${task.id} ("${task.name}") is not in the Implementation Schedule`, hint: `add a task with id ${task.id} to implementation-schedule.yaml` }],
    ),
    ...scheduled.flatMap((task, i): Finding[] =>
      majorIds.has(task.id)
        ? []
        : [{ origin: 'implementationSchedule', path: ['tasks', i, 'id'], severity: 'error', code: 'task-not-described', message: `scheduled task ${task.id} ("${task.task}") is not described in Major Tasks`, hint: `add a task with id ${task.id} to major-tasks.yaml` }],
    ),
  ];
};
