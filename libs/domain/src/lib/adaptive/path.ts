import type { ModuleKind } from '../curriculum/program-package';
import type { KnowledgeGap } from './gaps';
import type { PrerequisiteMap } from './learner-model';

/** A module of the program, in program order, as path planning sees it. */
export interface PathModule {
  id: string;
  kind: ModuleKind;
  /** The skills it teaches or tests. */
  skills: readonly string[];
  completed: boolean;
}

export type PathStepStatus = 'DONE' | 'SKIPPED' | 'TODO';
/**
 * Why a step is where it is: COMPLETED (done), MASTERED (skipped: the advisor already knows every skill it
 * teaches), GAP (it teaches a skill among the advisor's gaps), PREREQUISITE (it lays the ground for a gap taught
 * later), CERTIFICATION (the program's certification, never skipped), IN_ORDER (the next thing the program teaches),
 * REMEDIATION (an extra step: a gap remains after its modules were done).
 */
export type PathStepReason = 'COMPLETED' | 'MASTERED' | 'GAP' | 'PREREQUISITE' | 'CERTIFICATION' | 'IN_ORDER' | 'REMEDIATION';

export interface PlannedStep {
  /** The module, or null for a remediation step (practice on `skills`). */
  moduleId: string | null;
  status: PathStepStatus;
  reason: PathStepReason;
  skills: readonly string[];
}

/** Remediation steps added for gaps left after their modules: a short path stays short. */
export const MAX_REMEDIATION_STEPS = 3;

/**
 * The advisor's personal path through a program. Modules keep the program's order except where a module teaches a
 * prerequisite of an earlier one (it moves up). A module whose skills are all mastered is skipped; the
 * certification (the program's last QUIZ) never is; a module without skills (a welcome) never is. Each module
 * left to do says why it is there. Gaps still open after every module teaching them was done or skipped get a
 * remediation step (the most important ready ones, at most `MAX_REMEDIATION_STEPS`), placed before the
 * certification.
 */
export function personalPath(modules: readonly PathModule[], mastered: ReadonlySet<string>, gaps: readonly KnowledgeGap[], prerequisites: PrerequisiteMap): PlannedStep[] {
  const certificationIndex = modules.map((module) => module.kind).lastIndexOf('QUIZ');
  const ordered = prerequisiteFirst(modules, prerequisites, modules[certificationIndex]);
  const gapSkills = new Set(gaps.map((gap) => gap.skill));
  const groundFor = new Set(gaps.flatMap((gap) => (gap.underlying ? [gap.underlying] : [])));

  const steps: PlannedStep[] = ordered.map((module) => {
    const certification = module === modules[certificationIndex];
    if (module.completed) return { moduleId: module.id, status: 'DONE', reason: 'COMPLETED', skills: module.skills };
    if (certification) return { moduleId: module.id, status: 'TODO', reason: 'CERTIFICATION', skills: module.skills };
    if (module.skills.length && module.skills.every((code) => mastered.has(code))) return { moduleId: module.id, status: 'SKIPPED', reason: 'MASTERED', skills: module.skills };
    const reason: PathStepReason = module.skills.some((code) => groundFor.has(code)) ? 'PREREQUISITE' : module.skills.some((code) => gapSkills.has(code)) ? 'GAP' : 'IN_ORDER';
    return { moduleId: module.id, status: 'TODO', reason, skills: module.skills };
  });

  const stillTaught = new Set(steps.filter((step) => step.status === 'TODO' && step.reason !== 'CERTIFICATION').flatMap((step) => step.skills));
  const remediation: PlannedStep[] = gaps
    .filter((gap) => gap.ready && !stillTaught.has(gap.skill))
    .slice(0, MAX_REMEDIATION_STEPS)
    .map((gap) => ({ moduleId: null, status: 'TODO', reason: 'REMEDIATION', skills: [gap.skill] }));
  const certificationAt = steps.findIndex((step) => step.reason === 'CERTIFICATION' || (certificationIndex >= 0 && step.moduleId === modules[certificationIndex].id));
  if (certificationAt < 0) return [...steps, ...remediation];
  return [...steps.slice(0, certificationAt), ...remediation, ...steps.slice(certificationAt)];
}

/**
 * Program order, except that a module comes after every module teaching a prerequisite (direct or not) of its
 * skills (the certification excepted, which follows every module before it). Kahn's algorithm taking, each time, the earliest module in program order whose prerequisites are placed;
 * a cycle between modules (skills taught across each other) falls back to program order.
 */
function prerequisiteFirst(modules: readonly PathModule[], prerequisites: PrerequisiteMap, certification: PathModule | undefined): PathModule[] {
  const ancestors = (code: string, seen = new Set<string>()): Set<string> => {
    for (const parent of prerequisites.get(code) ?? []) {
      if (!seen.has(parent)) {
        seen.add(parent);
        ancestors(parent, seen);
      }
    }
    return seen;
  };
  const needs = modules.map((module, i) => {
    // The certification covers everything: it teaches nothing first, and comes after every module before it.
    if (module === certification) return new Set(modules.flatMap((_, j) => (j < i ? [j] : [])));
    const wanted = new Set(module.skills.flatMap((code) => [...ancestors(code)]).filter((code) => !module.skills.includes(code)));
    return new Set(modules.flatMap((other, j) => (other !== module && other !== certification && other.skills.some((code) => wanted.has(code)) && !other.skills.some((code) => module.skills.includes(code)) ? [j] : [])));
  });
  const placed = new Set<number>();
  const order: PathModule[] = [];
  while (order.length < modules.length) {
    let next = modules.findIndex((_, i) => !placed.has(i) && [...needs[i]].every((j) => placed.has(j)));
    if (next < 0) next = modules.findIndex((_, i) => !placed.has(i));
    placed.add(next);
    order.push(modules[next]);
  }
  return order;
}
