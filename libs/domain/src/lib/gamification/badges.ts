import { isContentCode, SKILL_CATEGORIES, type SkillCategory } from '../curriculum/program-package';
import { issue, type AddIssue, type FieldIssue } from '../shared/validation';

/**
 * Badges are data: each one is a code and a declarative criterion, evaluated against facts about an advisor.
 * A maison can add or tune badges without code, and every badge can show quiet progress ("7 of 10").
 * Names and descriptions are not here: the web translates badge codes, and the Open Badges export is given them.
 */

export type BadgeCriterion =
  /** Modules completed: at least `count`, or `all: true` of the modules available; optionally of one category. */
  | { kind: 'MODULES_COMPLETED'; category?: SkillCategory; all?: true; count?: number }
  /** Challenges completed with every item right. */
  | { kind: 'PERFECT_CHALLENGES'; count: number }
  /** A streak of at least `count` days, at any time (the longest streak). */
  | { kind: 'STREAK_DAYS'; count: number }
  /** Skills mastered, optionally of one category. */
  | { kind: 'SKILLS_MASTERED'; category?: SkillCategory; count: number }
  /** Total XP earned. */
  | { kind: 'XP_TOTAL'; amount: number }
  /** Every one of the criteria. */
  | { kind: 'ALL_OF'; criteria: BadgeCriterion[] }
  /** At least one of the criteria. */
  | { kind: 'ANY_OF'; criteria: BadgeCriterion[] };

export type BadgeCriterionKind = BadgeCriterion['kind'];
export const BADGE_CRITERION_KINDS: readonly BadgeCriterionKind[] = ['MODULES_COMPLETED', 'PERFECT_CHALLENGES', 'STREAK_DAYS', 'SKILLS_MASTERED', 'XP_TOTAL', 'ALL_OF', 'ANY_OF'];

export interface BadgeDefinition {
  /** Stable code, lower case (`heritage-keeper`): the web translates it, awards reference it. */
  code: string;
  criteria: BadgeCriterion;
}

/** What is known of one advisor, as the badge worker gathers it. */
export interface LearnerFacts {
  /** Modules the advisor has completed (a module listed twice counts once). `category`: its main skill category. */
  modulesCompleted: ReadonlyArray<{ code: string; category: SkillCategory | null }>;
  /** Modules published to the advisor, for "all the heritage modules". */
  modulesAvailable: ReadonlyArray<{ code: string; category: SkillCategory | null }>;
  perfectChallenges: number;
  longestStreak: number;
  skillsMastered: ReadonlyArray<{ code: string; category: SkillCategory }>;
  totalXp: number;
}

export interface BadgeProgress {
  earned: boolean;
  /** How far along, capped at `target` (so never "12 of 10"). */
  current: number;
  /**
   * What earns the badge: a count, an XP amount, the number of modules available for "all", or for ALL_OF the
   * number of criteria to meet. 0 when there is nothing to earn it with (no module available): never earned then.
   */
  target: number;
}

/**
 * The badges a maison starts with. Few and meaningful: a first module, knowing the maison's heritage, a week and
 * a month of practice, ten flawless challenges, depth in product, materials and the client relationship, and one
 * for the rounded ambassador.
 */
export const DEFAULT_BADGES: ReadonlyArray<BadgeDefinition> = [
  { code: 'first-steps', criteria: { kind: 'MODULES_COMPLETED', count: 1 } },
  { code: 'heritage-keeper', criteria: { kind: 'MODULES_COMPLETED', category: 'HERITAGE', all: true } },
  { code: 'seven-days', criteria: { kind: 'STREAK_DAYS', count: 7 } },
  { code: 'thirty-days', criteria: { kind: 'STREAK_DAYS', count: 30 } },
  { code: 'flawless-ten', criteria: { kind: 'PERFECT_CHALLENGES', count: 10 } },
  { code: 'product-connoisseur', criteria: { kind: 'SKILLS_MASTERED', category: 'PRODUCT', count: 20 } },
  { code: 'savoir-faire', criteria: { kind: 'SKILLS_MASTERED', category: 'CRAFT_MATERIALS', count: 10 } },
  {
    code: 'trusted-advisor',
    criteria: {
      kind: 'ALL_OF',
      criteria: [
        { kind: 'SKILLS_MASTERED', category: 'CLIENTELING', count: 10 },
        { kind: 'SKILLS_MASTERED', category: 'SERVICE', count: 10 },
      ],
    },
  },
  {
    code: 'maison-ambassador',
    criteria: {
      kind: 'ALL_OF',
      criteria: [
        { kind: 'MODULES_COMPLETED', category: 'HERITAGE', all: true },
        { kind: 'SKILLS_MASTERED', category: 'PRODUCT', count: 20 },
        { kind: 'STREAK_DAYS', count: 30 },
      ],
    },
  },
];

const distinctCodes = (items: ReadonlyArray<{ code: string; category: SkillCategory | null }>, category: SkillCategory | undefined) =>
  new Set(items.filter((item) => category === undefined || item.category === category).map((item) => item.code));

const leaf = (current: number, target: number): BadgeProgress => ({ earned: target > 0 && current >= target, current: Math.max(0, Math.min(current, target)), target });

/**
 * Progress towards one badge. Combinators: ALL_OF counts the criteria met out of all of them; ANY_OF shows the
 * criterion closest to being met. A definition with issues (see `badgeDefinitionIssues`) is never earned
 * (progress 0 of 0).
 */
export function badgeProgress(definition: BadgeDefinition, facts: LearnerFacts): BadgeProgress {
  if (badgeDefinitionIssues(definition).length) return { earned: false, current: 0, target: 0 };
  return criterionProgress(definition.criteria, facts);
}

function criterionProgress(criterion: BadgeCriterion, facts: LearnerFacts): BadgeProgress {
  switch (criterion.kind) {
    case 'MODULES_COMPLETED': {
      const completed = distinctCodes(facts.modulesCompleted, criterion.category);
      if (!criterion.all) return leaf(completed.size, criterion.count ?? 0);
      const available = [...distinctCodes(facts.modulesAvailable, criterion.category)];
      return leaf(available.filter((code) => completed.has(code)).length, available.length);
    }
    case 'PERFECT_CHALLENGES':
      return leaf(facts.perfectChallenges, criterion.count);
    case 'STREAK_DAYS':
      return leaf(facts.longestStreak, criterion.count);
    case 'SKILLS_MASTERED':
      return leaf(distinctCodes(facts.skillsMastered, criterion.category).size, criterion.count);
    case 'XP_TOTAL':
      return leaf(facts.totalXp, criterion.amount);
    case 'ALL_OF': {
      const met = criterion.criteria.filter((child) => criterionProgress(child, facts).earned).length;
      return leaf(met, criterion.criteria.length);
    }
    case 'ANY_OF': {
      const ratio = (progress: BadgeProgress) => (progress.earned ? Infinity : progress.target > 0 ? progress.current / progress.target : -1);
      const children = criterion.criteria.map((child) => criterionProgress(child, facts));
      return children.reduce((best, child) => (ratio(child) > ratio(best) ? child : best), { earned: false, current: 0, target: 0 });
    }
  }
}

/** The codes of the badges earned, in the order of the definitions. Definitions with issues are skipped. */
export function earnedBadges(definitions: ReadonlyArray<BadgeDefinition>, facts: LearnerFacts): string[] {
  return definitions.filter((definition) => badgeProgress(definition, facts).earned).map((definition) => definition.code);
}

const MAX_DEPTH = 3;
const FIELDS: Record<BadgeCriterionKind, readonly string[]> = {
  MODULES_COMPLETED: ['kind', 'category', 'all', 'count'],
  PERFECT_CHALLENGES: ['kind', 'count'],
  STREAK_DAYS: ['kind', 'count'],
  SKILLS_MASTERED: ['kind', 'category', 'count'],
  XP_TOTAL: ['kind', 'amount'],
  ALL_OF: ['kind', 'criteria'],
  ANY_OF: ['kind', 'criteria'],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveWhole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function criterionIssues(value: unknown, path: string, depth: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, code, ...params) => issues.push(issue(field, code, ...params));
  if (!isRecord(value)) return [issue(path, 'CRITERION_NOT_OBJECT')];
  const kind = value['kind'] as BadgeCriterionKind;
  if (!BADGE_CRITERION_KINDS.includes(kind)) return [issue(`${path}.kind`, 'ONE_OF', { allowed: BADGE_CRITERION_KINDS.join(', ') })];
  for (const key of Object.keys(value)) if (!FIELDS[kind].includes(key)) add(`${path}.${key}`, 'CRITERION_FIELD_UNKNOWN', { kind });
  const whole = (key: string) => {
    if (!isPositiveWhole(value[key])) add(`${path}.${key}`, 'WHOLE_NUMBER_AT_LEAST_ONE');
  };
  if ('category' in value && !SKILL_CATEGORIES.includes(value['category'] as SkillCategory)) add(`${path}.category`, 'ONE_OF', { allowed: SKILL_CATEGORIES.join(', ') });
  switch (kind) {
    case 'MODULES_COMPLETED':
      if ('all' in value && value['all'] !== true) add(`${path}.all`, 'TRUE_WHEN_GIVEN');
      if (('all' in value) === ('count' in value)) add(path, 'ALL_OR_COUNT');
      else if ('count' in value) whole('count');
      break;
    case 'PERFECT_CHALLENGES':
    case 'STREAK_DAYS':
    case 'SKILLS_MASTERED':
      whole('count');
      break;
    case 'XP_TOTAL':
      whole('amount');
      break;
    case 'ALL_OF':
    case 'ANY_OF': {
      const children = value['criteria'];
      if (!Array.isArray(children) || !children.length) add(`${path}.criteria`, 'CRITERIA_EMPTY');
      else if (depth >= MAX_DEPTH) add(`${path}.criteria`, 'CRITERIA_TOO_DEEP', { max: MAX_DEPTH });
      else children.forEach((child, i) => issues.push(...criterionIssues(child, `${path}.criteria[${i}]`, depth + 1)));
      break;
    }
  }
  return issues;
}

/** Every problem of a badge definition given as data (from JSON, an admin form), each with the path of the field at fault. */
export function badgeDefinitionIssues(definition: unknown): FieldIssue[] {
  if (!isRecord(definition)) return [issue('definition', 'BADGE_NOT_OBJECT')];
  const issues: FieldIssue[] = [];
  if (typeof definition['code'] !== 'string' || !isContentCode(definition['code'])) issues.push(issue('code', 'BADGE_CODE_INVALID'));
  for (const key of Object.keys(definition)) if (key !== 'code' && key !== 'criteria') issues.push(issue(key, 'BADGE_FIELD_UNKNOWN'));
  return [...issues, ...criterionIssues(definition['criteria'], 'criteria', 0)];
}

/** Every problem of a list of definitions: each one's issues under `[i].`, and codes used twice. */
export function badgeCatalogueIssues(definitions: readonly unknown[]): FieldIssue[] {
  const seen = new Set<unknown>();
  return definitions.flatMap((definition, i) => {
    const issues = badgeDefinitionIssues(definition).map((found) => ({ ...found, field: `[${i}].${found.field}` }));
    const code = isRecord(definition) ? definition['code'] : undefined;
    if (code !== undefined && seen.has(code)) issues.push(issue(`[${i}].code`, 'BADGE_CODE_TAKEN', { code: String(code) }));
    seen.add(code);
    return issues;
  });
}

// ——— Open Badges 3.0 ———

export const OPEN_BADGES_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

export interface BadgeAward {
  /** The award's own id: a URL where it can be verified, or a urn:uuid. */
  id: string;
  badge: {
    code: string;
    /** In the language the credential is issued in. */
    name: string;
    description: string;
    imageUrl?: string;
    /** The achievement's id; by default `<issuer id>#badge-<code>`. */
    id?: string;
    /** How it is earned, in words; by default the description. */
    criteriaNarrative?: string;
  };
  issuer: { id: string; name: string };
  /** An opaque `urn:uuid:` id, never an email or a name: the credential carries no other personal data. */
  recipient: { id: string };
  awardedAt: Date;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  credentialSubject: {
    id: string;
    type: ['AchievementSubject'];
    achievement: {
      id: string;
      type: ['Achievement'];
      name: string;
      description: string;
      criteria: { narrative: string };
      image?: { id: string; type: 'Image' };
    };
  };
}

const URI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An Open Badges 3.0 credential (a W3C Verifiable Credential, JSON-LD) for one award, unsigned: signing is the
 * issuer's job. Refuses (RangeError) a recipient id that is not a urn:uuid, ids that are not URIs, empty names.
 */
export function openBadgeCredential(award: BadgeAward): OpenBadgeCredential {
  const { badge, issuer, recipient } = award;
  if (!URN_UUID.test(recipient.id)) throw new RangeError('The recipient must be an opaque urn:uuid id, never an email or a name');
  const uris: Array<[string, string | undefined]> = [['award id', award.id], ['issuer id', issuer.id], ['badge id', badge.id], ['image URL', badge.imageUrl]];
  for (const [what, uri] of uris) if (uri !== undefined && !URI.test(uri)) throw new RangeError(`The ${what} must be a URI`);
  if (!badge.name.trim() || !badge.description.trim() || !issuer.name.trim()) throw new RangeError('The badge and the issuer need a name and the badge a description');
  if (!Number.isFinite(award.awardedAt.getTime())) throw new RangeError('awardedAt is not a valid date');
  return {
    '@context': [...OPEN_BADGES_CONTEXT],
    id: award.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: badge.name,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    validFrom: award.awardedAt.toISOString(),
    credentialSubject: {
      id: recipient.id,
      type: ['AchievementSubject'],
      achievement: {
        id: badge.id ?? `${issuer.id}#badge-${encodeURIComponent(badge.code)}`,
        type: ['Achievement'],
        name: badge.name,
        description: badge.description,
        criteria: { narrative: badge.criteriaNarrative ?? badge.description },
        ...(badge.imageUrl ? { image: { id: badge.imageUrl, type: 'Image' as const } } : {}),
      },
    },
  };
}
