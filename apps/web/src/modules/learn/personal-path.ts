import type { GapList_GapFragment, PersonalPathSteps_PathFragment } from '../../generated/graphql';

type PersonalPath = PersonalPathSteps_PathFragment;
type PersonalStep = PersonalPath['steps'][number];
type Gap = Pick<GapList_GapFragment, 'skill' | 'underlying'>;

/** The module the engine plans next: the first step to do that opens a module (a practice step opens none). */
export function nextModuleId(path: PersonalPath): string | null {
  return path.steps.find((step) => step.status === 'TODO' && step.moduleId)?.moduleId ?? null;
}

/** The modules skipped because the advisor already masters every skill they teach. */
export function skippedModuleIds(path: PersonalPath): ReadonlySet<string> {
  return new Set(path.steps.flatMap((step) => (step.status === 'SKIPPED' && step.moduleId ? [step.moduleId] : [])));
}

/**
 * The skills a step's reason speaks of, by name: for GAP, those of its skills that are gaps; for PREREQUISITE, the
 * gaps it lays the ground for (those whose underlying gap it teaches); for REMEDIATION, the skills to practise.
 * Empty when the gaps are not known (yet): the reason is then said without them.
 */
export function reasonSkills(step: PersonalStep, gaps: readonly Gap[]): string[] {
  const taught = new Set(step.skills.map((skill) => skill.code));
  const names = (skills: ReadonlyArray<{ code: string; name: string }>) => [...new Map(skills.map((skill) => [skill.code, skill.name])).values()];
  switch (step.reason) {
    case 'GAP':
      return names(gaps.filter((gap) => taught.has(gap.skill.code)).map((gap) => gap.skill));
    case 'PREREQUISITE':
      return names(gaps.filter((gap) => gap.underlying && taught.has(gap.underlying.code)).map((gap) => gap.skill));
    case 'REMEDIATION':
      return names(step.skills);
    default:
      return [];
  }
}
