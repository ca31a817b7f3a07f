/**
 * Cycles of a dependency graph (each once, starting at its first node in input order), found with an
 * iterative depth-first search so long chains cannot overflow the stack. Dependencies on ids that are not
 * nodes are ignored.
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
        // Rotate so the cycle starts at its earliest node; that makes each cycle's name unique.
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
