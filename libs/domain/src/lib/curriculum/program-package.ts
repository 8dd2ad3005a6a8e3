import { keyChoiceIds, questionKeyIssues, QUESTION_TYPES, type QuestionKey } from '../assessment/question-key';
import { issue, type AddIssue, type FieldIssue } from '../shared/validation';
import { findPrerequisiteCycle } from './skill-graph';

/**
 * A program as it travels between deployments (and as the demo maison's content is written): versioned JSON
 * with content only, never personal data. Everything is referenced by stable codes, so importing the same
 * package twice updates rather than duplicates.
 */
export const PROGRAM_PACKAGE_FORMAT = 'savoir.program-package';
export const PROGRAM_PACKAGE_VERSION = 1;

export const SKILL_CATEGORIES = ['HERITAGE', 'PRODUCT', 'CRAFT_MATERIALS', 'CLIENTELING', 'SERVICE'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const MODULE_KINDS = ['LESSON', 'QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE', 'ROLEPLAY'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/** Text per locale; the package's source locale is always present. */
export type Localised = Readonly<Record<string, string>>;

export interface PackageSkill {
  code: string;
  category: SkillCategory;
  name: Localised;
  description: Localised;
  /** Codes of the skills to know first. */
  prerequisites: readonly string[];
}

export const LESSON_BLOCK_KINDS = ['RICH_TEXT', 'IMAGE', 'VIDEO', 'PRODUCT_CARD', 'TIMELINE_EVENT', 'KEY_FACT'] as const;

/** One block of a lesson body. `T` is the form of a learner-facing text: per-locale strings here, revisioned in storage. */
export type LessonBlock<T = Localised> =
  | { kind: 'RICH_TEXT'; markdown: T }
  | { kind: 'IMAGE'; url: string; alt: T; caption?: T }
  | { kind: 'VIDEO'; url: string; caption?: T }
  | { kind: 'PRODUCT_CARD'; reference: string; name: T; collection: T; keySpecs: ReadonlyArray<{ label: T; value: T }> }
  | { kind: 'TIMELINE_EVENT'; date: string; title: T; story: T }
  | { kind: 'KEY_FACT'; text: T };

/** What the learner sees of a question; the key (what is right) is separate and ids join the two. */
export interface QuestionPresentation<T = Localised> {
  prompt: T;
  /** Shown after answering, right or wrong. */
  explanation: T;
  /** Choice options and ordering items by id; matching's left and right items by id. */
  choices?: Readonly<Record<string, { text: T; imageUrl?: string; imageAlt?: T }>>;
}

export interface PackageQuestion {
  code: string;
  skills: readonly string[];
  /** Initial difficulty, 1 (easy) to 5 (hard), until responses calibrate it. */
  difficulty: number;
  key: QuestionKey;
  presentation: QuestionPresentation;
}

export interface PackageModule {
  code: string;
  kind: ModuleKind;
  title: Localised;
  summary: Localised;
  estimatedMinutes: number;
  targetSkills: readonly string[];
  /** The lesson's body (LESSON modules). */
  blocks: readonly LessonBlock[];
  /** Question codes, in order (quizzes and challenges). */
  questions: readonly string[];
}

export interface ProgramPackage {
  format: typeof PROGRAM_PACKAGE_FORMAT;
  version: typeof PROGRAM_PACKAGE_VERSION;
  sourceLocale: string;
  program: {
    code: string;
    title: Localised;
    description: Localised;
    onboarding: boolean;
    /** Share of the certification quiz to get right, 0 to 1. */
    certificationThreshold: number;
    targetSkills: readonly string[];
    /** Module codes in the program's order. */
    modules: readonly string[];
  };
  skills: readonly PackageSkill[];
  modules: readonly PackageModule[];
  questions: readonly PackageQuestion[];
}

const CODE_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Content codes (skills, modules, questions) are stable across deployments: lower case, digits, - and . */
export function isContentCode(code: string): boolean {
  return code.length <= 80 && CODE_PATTERN.test(code);
}

/**
 * An address of a picture or a video learners' devices load: an https URL, or a path on the site serving the app
 * (the demo content's /content/images/…). Never another scheme (javascript:, data:), nor plain http, which an app
 * served over https blocks as mixed content, nor //host or /\host, which browsers read as another site.
 */
export function isContentUrl(value: string): boolean {
  return /^https:\/\/[^\s/\\?#]+(?:[/?#]\S*)?$/i.test(value) || /^\/(?![/\\])\S*$/.test(value);
}

/**
 * A certification threshold is a share of the quiz above 0 and at most 1, to a tenth of a percent: it is stored
 * with three decimals, so a finer one would be changed silently (0.8125) or become 0 (0.0004).
 */
export function isCertificationThreshold(value: number): boolean {
  const thousandths = value * 1000;
  return value > 0 && value <= 1 && Math.abs(thousandths - Math.round(thousandths)) < 1e-6;
}


/**
 * Every problem of a package, each with the path of the field at fault (`questions[12].presentation.prompt`).
 * A package with any issue is rejected whole.
 */
export function programPackageIssues(pkg: ProgramPackage): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, code, ...params) => issues.push(issue(field, code, ...params));
  const source = pkg.sourceLocale;
  const localised = (field: string, value: Localised | undefined) => {
    if (!value?.[source]?.trim()) add(field, 'TEXT_MISSING', { locale: source });
  };
  const unique = (field: string, codes: readonly string[]) => {
    const seen = new Set<string>();
    for (const code of codes) {
      if (!isContentCode(code)) add(field, 'PACKAGE_CODE_INVALID', { code });
      if (seen.has(code)) add(field, 'CODE_USED_TWICE', { code });
      seen.add(code);
    }
    return seen;
  };
  const listedOnce = (field: string, codes: readonly string[]) => {
    for (const code of new Set(codes.filter((code, i) => codes.indexOf(code) !== i))) add(field, 'CODE_LISTED_TWICE', { code });
  };

  if (pkg.format !== PROGRAM_PACKAGE_FORMAT) add('format', 'PACKAGE_FORMAT_INVALID', { format: PROGRAM_PACKAGE_FORMAT });
  if (pkg.version !== PROGRAM_PACKAGE_VERSION) add('version', 'PACKAGE_VERSION_UNSUPPORTED', { version: String(pkg.version), supported: PROGRAM_PACKAGE_VERSION });

  const skills = unique('skills', pkg.skills.map((skill) => skill.code));
  const modules = unique('modules', pkg.modules.map((module) => module.code));
  const questions = unique('questions', pkg.questions.map((question) => question.code));
  const knownSkills = (field: string, codes: readonly string[]) => {
    for (const code of codes) if (!skills.has(code)) add(field, 'SKILL_UNKNOWN', { code });
  };

  if (!isContentCode(pkg.program.code)) add('program.code', 'CONTENT_CODE_INVALID', { example: 'onboarding' });
  localised('program.title', pkg.program.title);
  localised('program.description', pkg.program.description);
  if (!isCertificationThreshold(pkg.program.certificationThreshold)) add('program.certificationThreshold', 'CERTIFICATION_THRESHOLD_INVALID');
  if (pkg.program.modules.length === 0) add('program.modules', 'MODULES_REQUIRED');
  listedOnce('program.modules', pkg.program.modules);
  for (const code of pkg.program.modules) if (!modules.has(code)) add('program.modules', 'MODULE_UNKNOWN', { code });
  knownSkills('program.targetSkills', pkg.program.targetSkills);

  pkg.skills.forEach((skill, i) => {
    const at = `skills[${i}]`;
    if (!(SKILL_CATEGORIES as readonly string[]).includes(skill.category)) add(`${at}.category`, 'ONE_OF', { allowed: SKILL_CATEGORIES.join(', ') });
    localised(`${at}.name`, skill.name);
    localised(`${at}.description`, skill.description);
    knownSkills(`${at}.prerequisites`, skill.prerequisites);
    listedOnce(`${at}.prerequisites`, skill.prerequisites);
  });
  const cycle = findPrerequisiteCycle(pkg.skills.flatMap((skill) => skill.prerequisites.map((prerequisite) => ({ skill: skill.code, prerequisite }))));
  if (cycle) add('skills', 'PREREQUISITES_CYCLE', { cycle: cycle.join(' → ') });

  pkg.modules.forEach((module, i) => {
    const at = `modules[${i}]`;
    for (const found of packageModuleIssues(module, source, { complete: true })) issues.push({ ...found, field: `${at}.${found.field}` });
    knownSkills(`${at}.targetSkills`, module.targetSkills);
    for (const code of module.questions) if (!questions.has(code)) add(`${at}.questions`, 'QUESTION_UNKNOWN', { code });
    listedOnce(`${at}.questions`, module.questions);
  });

  pkg.questions.forEach((question, i) => {
    const at = `questions[${i}]`;
    for (const found of programQuestionIssues(question, source)) issues.push({ ...found, field: `${at}.${found.field}` });
    knownSkills(`${at}.skills`, question.skills);
  });
  return issues;
}

/**
 * The checks of one module on its own, with fields relative to the module. A draft may still be empty; a module
 * to review or publish is `complete`: a lesson has a block, a quiz or challenge has a question. Skill and question
 * codes are checked by the caller, who knows which exist.
 */
export function packageModuleIssues(module: PackageModule, sourceLocale: string, { complete }: { complete: boolean }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, code, ...params) => issues.push(issue(field, code, ...params));
  const localised = (field: string, value: Localised | undefined) => {
    if (!value?.[sourceLocale]?.trim()) add(field, 'TEXT_MISSING', { locale: sourceLocale });
  };
  // An optional text may be left out, but one given is a text like any other: stored, revised, translated from its source.
  const optional = (field: string, value: Localised | undefined) => {
    if (value !== undefined) localised(field, value);
  };
  const url = (field: string, value: string) => {
    if (!isContentUrl(value ?? '')) add(field, 'CONTENT_URL_INVALID');
  };
  if (!(MODULE_KINDS as readonly string[]).includes(module.kind)) add('kind', 'ONE_OF', { allowed: MODULE_KINDS.join(', ') });
  localised('title', module.title);
  localised('summary', module.summary);
  if (!(Number.isInteger(module.estimatedMinutes) && module.estimatedMinutes >= 1 && module.estimatedMinutes <= 60)) add('estimatedMinutes', 'MINUTES_INVALID');
  if (complete && module.kind === 'LESSON' && module.blocks.length === 0) add('blocks', 'LESSON_BLOCKS_REQUIRED');
  if (complete && module.kind !== 'LESSON' && module.kind !== 'ROLEPLAY' && module.questions.length === 0) add('questions', 'QUESTIONS_REQUIRED');
  module.blocks.forEach((block, j) => {
    const at = `blocks[${j}]`;
    switch (block.kind) {
      case 'RICH_TEXT':
        return localised(`${at}.markdown`, block.markdown);
      case 'IMAGE':
        url(`${at}.url`, block.url);
        localised(`${at}.alt`, block.alt);
        return optional(`${at}.caption`, block.caption);
      case 'VIDEO':
        url(`${at}.url`, block.url);
        return optional(`${at}.caption`, block.caption);
      case 'PRODUCT_CARD':
        if (!block.reference?.trim()) add(`${at}.reference`, 'REQUIRED');
        localised(`${at}.name`, block.name);
        localised(`${at}.collection`, block.collection);
        return block.keySpecs.forEach((spec, k) => {
          localised(`${at}.keySpecs[${k}].label`, spec.label);
          localised(`${at}.keySpecs[${k}].value`, spec.value);
        });
      case 'TIMELINE_EVENT':
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(block.date ?? '')) add(`${at}.date`, 'TIMELINE_DATE_INVALID');
        localised(`${at}.title`, block.title);
        return localised(`${at}.story`, block.story);
      case 'KEY_FACT':
        return localised(`${at}.text`, block.text);
      default:
        add(`${at}.kind`, 'ONE_OF', { allowed: LESSON_BLOCK_KINDS.join(', ') });
    }
  });
  return issues;
}

/**
 * The checks of one question on its own (its key, difficulty, texts in the source locale, a text for every id the
 * key uses and no choice it does not, images for image choices), with fields relative to the question. Skill codes are checked by the caller,
 * who knows which exist.
 */
export function programQuestionIssues(question: PackageQuestion, sourceLocale: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, code, ...params) => issues.push(issue(field, code, ...params));
  const localised = (field: string, value: Localised | undefined) => {
    if (!value?.[sourceLocale]?.trim()) add(field, 'TEXT_MISSING', { locale: sourceLocale });
  };
  if (!(QUESTION_TYPES as readonly string[]).includes(question.key.type)) {
    add('key.type', 'ONE_OF', { allowed: QUESTION_TYPES.join(', ') });
    return issues;
  }
  for (const found of questionKeyIssues(question.key)) issues.push({ ...found, field: `key.${found.field}` });
  if (question.skills.length === 0) add('skills', 'SKILLS_REQUIRED');
  if (!(Number.isInteger(question.difficulty) && question.difficulty >= 1 && question.difficulty <= 5)) add('difficulty', 'DIFFICULTY_INVALID');
  localised('presentation.prompt', question.presentation.prompt);
  localised('presentation.explanation', question.presentation.explanation);
  const used = keyChoiceIds(question.key);
  for (const id of used) {
    const choice = question.presentation.choices?.[id];
    if (!choice) add('presentation.choices', 'CHOICE_TEXT_MISSING', { id });
    else localised(`presentation.choices.${id}`, choice.text);
    if (question.key.type === 'IMAGE_CHOICE' && choice && (!choice.imageUrl || !choice.imageAlt?.[sourceLocale]?.trim())) {
      add(`presentation.choices.${id}`, 'IMAGE_CHOICE_INCOMPLETE');
    } else if (choice?.imageAlt !== undefined) localised(`presentation.choices.${id}.imageAlt`, choice.imageAlt);
  }
  // Any option may carry a picture: each one given is an address learners' devices will load.
  for (const [id, choice] of Object.entries(question.presentation.choices ?? {})) {
    if (choice.imageUrl && !isContentUrl(choice.imageUrl)) add(`presentation.choices.${id}.imageUrl`, 'CONTENT_URL_INVALID');
  }
  // A choice the key does not use would be stored and revised with its texts, yet shown to no one: refused.
  for (const id of Object.keys(question.presentation.choices ?? {})) if (!used.includes(id)) add(`presentation.choices.${id}`, 'CHOICE_NOT_IN_KEY', { id });
  return issues;
}

/** JSON with object keys sorted at every level: the same package always serialises, and so hashes, the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
