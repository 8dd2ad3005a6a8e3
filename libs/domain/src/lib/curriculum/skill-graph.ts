export interface PrerequisiteEdge {
  /** The skill that needs… */
  skill: string;
  /** …this one first. */
  prerequisite: string;
}

/**
 * A prerequisite cycle, if any, as the path that closes it: ['a', 'b', 'c', 'a'] reads "a needs b, b needs c,
 * c needs a". Skills are identified by code so the message names them as authors know them.
 */
export function findPrerequisiteCycle(edges: readonly PrerequisiteEdge[]): string[] | null {
  const needs = new Map<string, string[]>();
  for (const edge of edges) needs.set(edge.skill, [...(needs.get(edge.skill) ?? []), edge.prerequisite]);
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];

  const visit = (skill: string): string[] | null => {
    if (state.get(skill) === 'done') return null;
    if (state.get(skill) === 'visiting') return [...path.slice(path.indexOf(skill)), skill];
    state.set(skill, 'visiting');
    path.push(skill);
    for (const prerequisite of needs.get(skill) ?? []) {
      const cycle = visit(prerequisite);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(skill, 'done');
    return null;
  };

  for (const skill of [...needs.keys()].sort()) {
    const cycle = visit(skill);
    if (cycle) return cycle;
  }
  return null;
}

/** Skills ordered so that every prerequisite comes before the skills that need it (ties by code). */
export function prerequisiteOrder(skills: readonly string[], edges: readonly PrerequisiteEdge[]): string[] {
  const cycle = findPrerequisiteCycle(edges);
  if (cycle) throw new Error(`Prerequisite cycle: ${cycle.join(' → ')}`);
  const remaining = new Map(skills.map((skill) => [skill, new Set<string>()]));
  for (const edge of edges) remaining.get(edge.skill)?.add(edge.prerequisite);
  const order: string[] = [];
  while (remaining.size) {
    const ready = [...remaining].filter(([, prerequisites]) => [...prerequisites].every((p) => !remaining.has(p))).map(([skill]) => skill).sort();
    for (const skill of ready) remaining.delete(skill);
    order.push(...ready);
  }
  return order;
}
