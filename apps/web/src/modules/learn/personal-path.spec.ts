import type { GapList_GapFragment, PersonalPathSteps_PathFragment } from '../../generated/graphql';
import { nextModuleId, reasonSkills, skippedModuleIds } from './personal-path';

type Step = PersonalPathSteps_PathFragment['steps'][number];
const skill = (code: string, name = code) => ({ __typename: 'SkillRef' as const, code, name });
const step = (moduleId: string | null, status: Step['status'], reason: Step['reason'], skills: string[] = []): Step => ({
  __typename: 'PersonalPathStep',
  moduleId,
  title: moduleId,
  kind: moduleId ? 'LESSON' : null,
  estimatedMinutes: moduleId ? 4 : null,
  status,
  reason,
  skills: skills.map((code) => skill(code, `name of ${code}`)),
});
const path = (steps: Step[]): PersonalPathSteps_PathFragment => ({ __typename: 'PersonalPath', programId: 'p', programTitle: 'P', skipped: 0, steps });
const gap = (code: string, underlying: string | null = null): Pick<GapList_GapFragment, 'skill' | 'underlying'> => ({ skill: skill(code, `gap ${code}`), underlying: underlying ? skill(underlying) : null });

describe('the personal path', () => {
  it('leads to the first module to do, past skipped steps and practice steps', () => {
    expect(nextModuleId(path([step('m0', 'DONE', 'COMPLETED'), step('m1', 'SKIPPED', 'MASTERED'), step(null, 'TODO', 'REMEDIATION', ['s']), step('m2', 'TODO', 'IN_ORDER')]))).toBe('m2');
    expect(nextModuleId(path([step('m0', 'DONE', 'COMPLETED')]))).toBeNull();
  });

  it('knows the skipped modules', () => {
    expect([...skippedModuleIds(path([step('m0', 'DONE', 'COMPLETED'), step('m1', 'SKIPPED', 'MASTERED'), step('m2', 'TODO', 'GAP')]))]).toEqual(['m1']);
  });

  it('names, for each reason, the skills it speaks of', () => {
    const gaps = [gap('a'), gap('c', 'b'), gap('d', 'b')];
    expect(reasonSkills(step('m', 'TODO', 'GAP', ['a', 'x']), gaps)).toEqual(['gap a']);
    // The gaps whose underlying gap the step teaches.
    expect(reasonSkills(step('m', 'TODO', 'PREREQUISITE', ['b']), gaps)).toEqual(['gap c', 'gap d']);
    expect(reasonSkills(step(null, 'TODO', 'REMEDIATION', ['e']), gaps)).toEqual(['name of e']);
    expect(reasonSkills(step('m', 'TODO', 'IN_ORDER', ['a']), gaps)).toEqual([]);
    // Gaps not known (yet): the reason is said plainly.
    expect(reasonSkills(step('m', 'TODO', 'GAP', ['a']), [])).toEqual([]);
  });
});
