import { MODULE_KINDS, programPackageIssues, QUESTION_TYPES, SKILL_CATEGORIES, type LessonBlock, type Localised } from '@savoir/domain';
import { ONBOARDING_PROGRAM as PKG } from './onboarding-program';

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

/** Every Localised value in the package, with the path it sits at: any object that carries an en or fr key. */
function localisedValues(value: unknown, path = 'package', found: Array<{ path: string; value: Localised }> = []) {
  if (Array.isArray(value)) value.forEach((entry, i) => localisedValues(entry, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    if ('en' in value || 'fr' in value) found.push({ path, value: value as Localised });
    else for (const [key, entry] of Object.entries(value)) localisedValues(entry, `${path}.${key}`, found);
  }
  return found;
}

describe('the demo maison onboarding program', () => {
  const skillCodes = PKG.skills.map((skill) => skill.code);
  const questionsByCode = new Map(PKG.questions.map((question) => [question.code, question]));
  const blocks: LessonBlock[] = PKG.modules.flatMap((module) => [...module.blocks]);

  it('is a valid program package', () => {
    expect(programPackageIssues(PKG)).toEqual([]);
  });

  it('is the onboarding program, in English with French', () => {
    expect(PKG.sourceLocale).toBe('en');
    expect(PKG.program.code).toBe('onboarding');
    expect(PKG.program.onboarding).toBe(true);
    expect(PKG.program.certificationThreshold).toBe(0.8);
    expect([...PKG.program.targetSkills].sort()).toEqual([...skillCodes].sort());
    expect([...PKG.program.modules].sort()).toEqual(PKG.modules.map((module) => module.code).sort());
  });

  it('gives every Localised value a non-empty en and fr text', () => {
    const values = localisedValues(PKG);
    expect(values.length).toBeGreaterThan(1000);
    const missing = values.filter(({ value }) => !value.en?.trim() || !value.fr?.trim()).map(({ path }) => path);
    expect(missing).toEqual([]);
    const untranslatedProse = values.filter(({ value }) => value.en.length > 60 && value.en === value.fr).map(({ path }) => path);
    expect(untranslatedProse).toEqual([]);
  });

  it('has at least 25 skills across all five categories, with at least 15 prerequisite edges', () => {
    expect(PKG.skills.length).toBeGreaterThanOrEqual(25);
    const categories = countBy(PKG.skills, (skill) => skill.category);
    for (const category of SKILL_CATEGORIES) expect(categories[category] ?? 0).toBeGreaterThanOrEqual(3);
    const edges = PKG.skills.flatMap((skill) => skill.prerequisites);
    expect(edges.length).toBeGreaterThanOrEqual(15);
  });

  it('has at least 12 modules of the four playable kinds, 2 to 8 minutes each, and no role-play yet', () => {
    expect(PKG.modules.length).toBeGreaterThanOrEqual(12);
    const kinds = countBy(PKG.modules, (module) => module.kind);
    for (const kind of ['LESSON', 'QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE']) expect(kinds[kind] ?? 0).toBeGreaterThanOrEqual(2);
    expect(kinds['ROLEPLAY']).toBeUndefined();
    expect(Object.keys(kinds).every((kind) => (MODULE_KINDS as readonly string[]).includes(kind))).toBe(true);
    for (const module of PKG.modules) {
      expect(module.estimatedMinutes).toBeGreaterThanOrEqual(2);
      expect(module.estimatedMinutes).toBeLessThanOrEqual(8);
      if (module.kind === 'LESSON') expect(module.questions).toEqual([]);
      else expect(module.blocks).toEqual([]);
    }
  });

  it('covers heritage, product knowledge and clienteling in its modules', () => {
    const categoryOf = new Map(PKG.skills.map((skill) => [skill.code, skill.category]));
    const covered = new Set(PKG.modules.flatMap((module) => module.targetSkills.map((skill) => categoryOf.get(skill))));
    for (const category of SKILL_CATEGORIES) expect(covered).toContain(category);
  });

  it('uses every lesson block kind, with paths under /content and Markdown rather than HTML', () => {
    const kinds = new Set(blocks.map((block) => block.kind));
    expect([...kinds].sort()).toEqual(['IMAGE', 'KEY_FACT', 'PRODUCT_CARD', 'RICH_TEXT', 'TIMELINE_EVENT', 'VIDEO']);
    for (const block of blocks) {
      if (block.kind === 'IMAGE') expect(block.url).toMatch(/^\/content\/images\/[a-z0-9-]+\.svg$/);
      if (block.kind === 'VIDEO') expect(block.url).toMatch(/^\/content\/videos\/[a-z0-9-]+\.mp4$/);
      if (block.kind === 'TIMELINE_EVENT') expect(block.date).toMatch(/^\d{4}$/);
      if (block.kind === 'PRODUCT_CARD') expect(block.keySpecs.length).toBeGreaterThanOrEqual(3);
      if (block.kind === 'RICH_TEXT') for (const text of Object.values(block.markdown)) expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it('has at least 150 questions, at least 8 of every type', () => {
    expect(PKG.questions.length).toBeGreaterThanOrEqual(150);
    const types = countBy(PKG.questions, (question) => question.key.type);
    for (const type of QUESTION_TYPES) expect(types[type] ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('tags every question with 1 to 3 skills and a spread of difficulties', () => {
    const badlyTagged = PKG.questions.filter((question) => question.skills.length < 1 || question.skills.length > 3).map((question) => question.code);
    expect(badlyTagged).toEqual([]);
    const difficulties = countBy(PKG.questions, (question) => String(question.difficulty));
    for (const level of ['1', '2', '3', '4']) expect(difficulties[level] ?? 0).toBeGreaterThanOrEqual(3);
    expect(difficulties['5'] ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('shapes each question type as its content needs', () => {
    for (const { code, key, presentation } of PKG.questions) {
      const context = `question ${code}`;
      switch (key.type) {
        case 'MULTIPLE_CHOICE':
          expect([context, key.options.length >= 4 && key.options.length <= 5]).toEqual([context, true]);
          expect([context, key.options.filter((option) => option.correct).length >= 2]).toEqual([context, true]);
          break;
        case 'IMAGE_CHOICE':
          for (const option of key.options) {
            const choice = presentation.choices?.[option.id];
            expect([context, choice?.imageUrl]).toEqual([context, expect.stringMatching(/^\/content\/images\/[a-z0-9-]+\.svg$/)]);
            expect([context, Boolean(choice?.imageAlt?.en?.trim() && choice?.imageAlt?.fr?.trim())]).toEqual([context, true]);
          }
          break;
        case 'NUMERIC':
          expect([context, key.unit.trim().length > 0 && key.tolerance >= 0 && key.tolerance <= Math.abs(key.value) / 2]).toEqual([context, true]);
          break;
        case 'ORDERING':
          expect([context, key.itemIds.length >= 3]).toEqual([context, true]);
          break;
        case 'MATCHING':
          expect([context, key.pairs.length >= 3]).toEqual([context, true]);
          break;
        default:
          break;
      }
    }
  });

  it('uses every question in at least one module, and every skill in at least one question', () => {
    const used = new Set(PKG.modules.flatMap((module) => module.questions));
    expect(PKG.questions.map((question) => question.code).filter((code) => !used.has(code))).toEqual([]);
    const targeted = new Set(PKG.questions.flatMap((question) => question.skills));
    expect(skillCodes.filter((code) => !targeted.has(code))).toEqual([]);
  });

  it('certifies with a quiz that draws on all five areas', () => {
    const certification = PKG.modules.find((module) => module.code === 'onboarding.certification');
    expect(certification?.kind).toBe('QUIZ');
    expect(PKG.program.modules[PKG.program.modules.length - 1]).toBe('onboarding.certification');
    const categoryOf = new Map(PKG.skills.map((skill) => [skill.code, skill.category]));
    const areas = new Set(certification?.questions.flatMap((code) => questionsByCode.get(code)?.skills.map((skill) => categoryOf.get(skill)) ?? []));
    for (const category of SKILL_CATEGORIES) expect(areas).toContain(category);
    expect(certification?.questions.length).toBeGreaterThanOrEqual(20);
  });
});
