import { guessChance, prerequisiteOrder, type JudgementGraph, type PackageQuestion, type PathModule, type ProgramPackage, type QuestionKey, type SkillCategory } from '@savoir/domain';

/** A question of the program as the bench uses it. */
export interface BenchItem {
  id: string;
  skills: readonly string[];
  /** The author's difficulty, 1 (easy) to 5 (hard). */
  difficulty: number;
  key: QuestionKey;
  /** What the engine assumes a blind answer earns (`guessChance`): the learner model's guessing floor. */
  guess: number;
  heritage: boolean;
}

export interface BenchProgram {
  /** Every skill of the program, in the package's order. */
  skills: readonly string[];
  /** Skills with every prerequisite first. */
  order: readonly string[];
  category: ReadonlyMap<string, SkillCategory>;
  prerequisites: ReadonlyMap<string, readonly string[]>;
  dependents: ReadonlyMap<string, readonly string[]>;
  /** Number of modules targeting the skill: its importance for gap ranking. */
  importance: ReadonlyMap<string, number>;
  items: readonly BenchItem[];
  itemById: ReadonlyMap<string, BenchItem>;
  itemsBySkill: ReadonlyMap<string, readonly BenchItem[]>;
  /** The fixed program: every module's questions, modules in program order. */
  linearSequence: readonly string[];
  /** The program's modules in order, as path planning sees them before any is done. */
  modules: readonly PathModule[];
  /** Each module's estimated minutes, by code. */
  minutes: ReadonlyMap<string, number>;
  /** The skill graph as the judgement of gaps traces it. */
  judgement: JudgementGraph;
}

export function benchProgram(pkg: ProgramPackage): BenchProgram {
  const skills = pkg.skills.map((skill) => skill.code);
  const category = new Map(pkg.skills.map((skill) => [skill.code, skill.category]));
  const prerequisites = new Map(pkg.skills.map((skill) => [skill.code, [...skill.prerequisites]]));
  const dependents = new Map<string, string[]>(skills.map((code) => [code, []]));
  for (const skill of pkg.skills) for (const prerequisite of skill.prerequisites) dependents.get(prerequisite)?.push(skill.code);
  const order = prerequisiteOrder(skills, pkg.skills.flatMap((skill) => skill.prerequisites.map((prerequisite) => ({ skill: skill.code, prerequisite }))));

  const moduleByCode = new Map(pkg.modules.map((module) => [module.code, module]));
  const programModules = pkg.program.modules.map((code) => {
    const module = moduleByCode.get(code);
    if (!module) throw new Error(`program module ${code} is not in the package`);
    return module;
  });
  const importance = new Map(skills.map((code) => [code, programModules.filter((module) => module.targetSkills.includes(code)).length]));

  const toItem = (question: PackageQuestion): BenchItem => ({
    id: question.code,
    skills: [...question.skills],
    difficulty: question.difficulty,
    key: question.key,
    guess: guessChance(question.key),
    heritage: question.skills.some((code) => category.get(code) === 'HERITAGE'),
  });
  const items = pkg.questions.map(toItem);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const itemsBySkill = new Map(skills.map((code) => [code, items.filter((item) => item.skills.includes(code))]));
  const linearSequence = programModules.flatMap((module) => module.questions);
  for (const id of linearSequence) if (!itemById.has(id)) throw new Error(`module question ${id} is not in the package`);
  for (const code of skills) if (!itemsBySkill.get(code)?.length) throw new Error(`skill ${code} has no question: nothing could show it is known`);

  const modules = programModules.map((module): PathModule => ({ id: module.code, kind: module.kind, skills: module.targetSkills, completed: false }));
  const minutes = new Map(programModules.map((module) => [module.code, module.estimatedMinutes]));

  const judgement: JudgementGraph = { order, prerequisites, heritage: new Set(skills.filter((code) => category.get(code) === 'HERITAGE')) };

  return { skills, order, category, prerequisites, dependents, importance, items, itemById, itemsBySkill, linearSequence, modules, minutes, judgement };
}

