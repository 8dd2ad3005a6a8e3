import fc from 'fast-check';
import { SKILL_CATEGORIES, type SkillCategory } from '../curriculum/program-package';
import { badgeCatalogueIssues, badgeDefinitionIssues, badgeProgress, DEFAULT_BADGES, earnedBadges, openBadgeCredential, type BadgeAward, type BadgeCriterion, type BadgeDefinition, type LearnerFacts } from './badges';

const modules = (category: SkillCategory, ...codes: string[]) => codes.map((code) => ({ code, category }));
const skills = (category: SkillCategory, n: number, prefix = category.toLowerCase()) => Array.from({ length: n }, (_, i) => ({ code: `${prefix}-${i}`, category }));
const facts = (overrides: Partial<LearnerFacts> = {}): LearnerFacts => ({
  modulesCompleted: [],
  modulesAvailable: [...modules('HERITAGE', 'founding-story', 'the-workshops', 'icons'), ...modules('PRODUCT', 'calibres', 'straps')],
  perfectChallenges: 0,
  longestStreak: 0,
  skillsMastered: [],
  totalXp: 0,
  ...overrides,
});
const badge = (code: string) => DEFAULT_BADGES.find((definition) => definition.code === code) as BadgeDefinition;

describe('badge criteria', () => {
  it('heritage keeper: every heritage module available, completed', () => {
    const twoOfThree = facts({ modulesCompleted: modules('HERITAGE', 'founding-story', 'icons') });
    expect(badgeProgress(badge('heritage-keeper'), twoOfThree)).toEqual({ earned: false, current: 2, target: 3 });
    const all = facts({ modulesCompleted: [...modules('HERITAGE', 'founding-story', 'icons', 'the-workshops'), ...modules('PRODUCT', 'calibres')] });
    expect(badgeProgress(badge('heritage-keeper'), all)).toEqual({ earned: true, current: 3, target: 3 });
  });

  it('"all" counts only the modules still available, and each module once', () => {
    const completed = [...modules('HERITAGE', 'founding-story', 'founding-story', 'an-archived-module'), ...modules('PRODUCT', 'calibres')];
    expect(badgeProgress(badge('heritage-keeper'), facts({ modulesCompleted: completed }))).toEqual({ earned: false, current: 1, target: 3 });
  });

  it('"all" of a category with no module available is never earned (nothing to show progress on)', () => {
    const definition: BadgeDefinition = { code: 'service-all', criteria: { kind: 'MODULES_COMPLETED', category: 'SERVICE', all: true } };
    expect(badgeProgress(definition, facts())).toEqual({ earned: false, current: 0, target: 0 });
  });

  it('a count of modules, of any category or of one', () => {
    expect(badgeProgress(badge('first-steps'), facts())).toEqual({ earned: false, current: 0, target: 1 });
    expect(badgeProgress(badge('first-steps'), facts({ modulesCompleted: modules('PRODUCT', 'straps') })).earned).toBe(true);
    const twoProduct: BadgeDefinition = { code: 'two-product', criteria: { kind: 'MODULES_COMPLETED', category: 'PRODUCT', count: 2 } };
    expect(badgeProgress(twoProduct, facts({ modulesCompleted: [...modules('PRODUCT', 'straps'), ...modules('HERITAGE', 'icons')] }))).toEqual({ earned: false, current: 1, target: 2 });
  });

  it('flawless ten: ten perfect challenges, progress capped at the target', () => {
    expect(badgeProgress(badge('flawless-ten'), facts({ perfectChallenges: 9 }))).toEqual({ earned: false, current: 9, target: 10 });
    expect(badgeProgress(badge('flawless-ten'), facts({ perfectChallenges: 12 }))).toEqual({ earned: true, current: 10, target: 10 });
  });

  it('seven days: the longest streak ever, not today\'s', () => {
    expect(badgeProgress(badge('seven-days'), facts({ longestStreak: 7 })).earned).toBe(true);
    expect(badgeProgress(badge('thirty-days'), facts({ longestStreak: 7 }))).toEqual({ earned: false, current: 7, target: 30 });
  });

  it('product connoisseur: twenty product skills mastered, other categories and repeats not counted', () => {
    const mastered = [...skills('PRODUCT', 19), ...skills('PRODUCT', 5), ...skills('HERITAGE', 10)];
    expect(badgeProgress(badge('product-connoisseur'), facts({ skillsMastered: mastered }))).toEqual({ earned: false, current: 19, target: 20 });
    expect(badgeProgress(badge('product-connoisseur'), facts({ skillsMastered: skills('PRODUCT', 20) })).earned).toBe(true);
  });

  it('skills and XP of any category', () => {
    const anySkills: BadgeDefinition = { code: 'any-skills', criteria: { kind: 'SKILLS_MASTERED', count: 3 } };
    expect(badgeProgress(anySkills, facts({ skillsMastered: [...skills('SERVICE', 1), ...skills('HERITAGE', 2)] })).earned).toBe(true);
    const xp: BadgeDefinition = { code: 'xp-5000', criteria: { kind: 'XP_TOTAL', amount: 5000 } };
    expect(badgeProgress(xp, facts({ totalXp: 4200 }))).toEqual({ earned: false, current: 4200, target: 5000 });
  });

  it('ALL_OF: progress is the number of criteria met', () => {
    const half = facts({ skillsMastered: skills('CLIENTELING', 10) });
    expect(badgeProgress(badge('trusted-advisor'), half)).toEqual({ earned: false, current: 1, target: 2 });
    expect(badgeProgress(badge('trusted-advisor'), facts({ skillsMastered: [...skills('CLIENTELING', 10), ...skills('SERVICE', 12)] }))).toEqual({ earned: true, current: 2, target: 2 });
  });

  it('ANY_OF: earned by one criterion; progress shows the one closest to being met', () => {
    const either: BadgeDefinition = {
      code: 'either',
      criteria: { kind: 'ANY_OF', criteria: [{ kind: 'STREAK_DAYS', count: 10 }, { kind: 'PERFECT_CHALLENGES', count: 4 }] },
    };
    expect(badgeProgress(either, facts({ longestStreak: 5, perfectChallenges: 3 }))).toEqual({ earned: false, current: 3, target: 4 });
    expect(badgeProgress(either, facts({ longestStreak: 10, perfectChallenges: 3 }))).toEqual({ earned: true, current: 10, target: 10 });
  });

  it('earned badges, in the order of the definitions', () => {
    expect(earnedBadges(DEFAULT_BADGES, facts())).toEqual([]);
    const seasoned = facts({
      modulesCompleted: modules('HERITAGE', 'founding-story', 'the-workshops', 'icons'),
      perfectChallenges: 11,
      longestStreak: 31,
      skillsMastered: [...skills('PRODUCT', 20), ...skills('CLIENTELING', 10)],
      totalXp: 9000,
    });
    expect(earnedBadges(DEFAULT_BADGES, seasoned)).toEqual(['first-steps', 'heritage-keeper', 'seven-days', 'thirty-days', 'flawless-ten', 'product-connoisseur', 'maison-ambassador']);
  });

  it('a definition with issues is never awarded', () => {
    const broken = { code: 'zero', criteria: { kind: 'STREAK_DAYS', count: 0 } } as BadgeDefinition;
    expect(earnedBadges([broken], facts({ longestStreak: 50 }))).toEqual([]);
    expect(badgeProgress({ code: 'odd', criteria: { kind: 'SOMETHING' } } as unknown as BadgeDefinition, facts())).toEqual({ earned: false, current: 0, target: 0 });
  });
});

describe('badge definitions as data', () => {
  it('the default badges are valid, with unique codes', () => {
    expect(badgeCatalogueIssues(DEFAULT_BADGES)).toEqual([]);
    expect(DEFAULT_BADGES.map((definition) => definition.code)).toEqual(expect.arrayContaining(['heritage-keeper', 'flawless-ten', 'seven-days', 'product-connoisseur']));
  });

  it('names the field at fault', () => {
    expect(badgeDefinitionIssues('heritage')).toEqual([{ field: 'definition', code: 'BADGE_NOT_OBJECT', message: 'must be an object with a code and criteria' }]);
    expect(badgeDefinitionIssues({ code: 'Heritage Keeper', criteria: { kind: 'STREAK_DAYS', count: 7 } })).toEqual([{ field: 'code', code: 'BADGE_CODE_INVALID', message: 'must be a code: lower case letters, digits, - and .' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'STREAKS', count: 7 } })).toEqual([{ field: 'criteria.kind', code: 'ONE_OF', params: { allowed: 'MODULES_COMPLETED, PERFECT_CHALLENGES, STREAK_DAYS, SKILLS_MASTERED, XP_TOTAL, ALL_OF, ANY_OF' }, message: 'must be one of MODULES_COMPLETED, PERFECT_CHALLENGES, STREAK_DAYS, SKILLS_MASTERED, XP_TOTAL, ALL_OF, ANY_OF' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'STREAK_DAYS', count: 2.5 } })).toEqual([{ field: 'criteria.count', code: 'WHOLE_NUMBER_AT_LEAST_ONE', message: 'must be a whole number, at least 1' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'XP_TOTAL' } })).toEqual([{ field: 'criteria.amount', code: 'WHOLE_NUMBER_AT_LEAST_ONE', message: 'must be a whole number, at least 1' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'SKILLS_MASTERED', categroy: 'PRODUCT', count: 3 } })).toEqual([{ field: 'criteria.categroy', code: 'CRITERION_FIELD_UNKNOWN', params: { kind: 'SKILLS_MASTERED' }, message: 'is not a field of a SKILLS_MASTERED criterion' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'SKILLS_MASTERED', category: 'WATCHES', count: 3 } })).toEqual([{ field: 'criteria.category', code: 'ONE_OF', params: { allowed: 'HERITAGE, PRODUCT, CRAFT_MATERIALS, CLIENTELING, SERVICE' }, message: 'must be one of HERITAGE, PRODUCT, CRAFT_MATERIALS, CLIENTELING, SERVICE' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'PERFECT_CHALLENGES', count: 3 }, name: 'Flawless' })).toEqual([{ field: 'name', code: 'BADGE_FIELD_UNKNOWN', message: 'is not a field of a badge definition' }]);
  });

  it('modules completed: either all or a count, exactly one', () => {
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'MODULES_COMPLETED', category: 'HERITAGE' } })).toEqual([{ field: 'criteria', code: 'ALL_OR_COUNT', message: 'must give either all: true or a count, not both' }]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'MODULES_COMPLETED', all: true, count: 3 } })).toHaveLength(1);
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'MODULES_COMPLETED', all: false } })).toEqual([{ field: 'criteria.all', code: 'TRUE_WHEN_GIVEN', message: 'must be true when given' }]);
  });

  it('combinators: at least one criterion, each checked with its path, nested at most three deep', () => {
    expect(badgeDefinitionIssues({ code: 'x', criteria: { kind: 'ALL_OF', criteria: [] } })).toEqual([{ field: 'criteria.criteria', code: 'CRITERIA_EMPTY', message: 'must list at least one criterion' }]);
    const nested = { code: 'x', criteria: { kind: 'ANY_OF', criteria: [{ kind: 'XP_TOTAL', amount: 10 }, { kind: 'ALL_OF', criteria: [{ kind: 'STREAK_DAYS', count: -1 }] }] } };
    expect(badgeDefinitionIssues(nested)).toEqual([{ field: 'criteria.criteria[1].criteria[0].count', code: 'WHOLE_NUMBER_AT_LEAST_ONE', message: 'must be a whole number, at least 1' }]);
    const deep = (depth: number): unknown => (depth === 0 ? { kind: 'XP_TOTAL', amount: 1 } : { kind: 'ALL_OF', criteria: [deep(depth - 1)] });
    expect(badgeDefinitionIssues({ code: 'x', criteria: deep(3) })).toEqual([]);
    expect(badgeDefinitionIssues({ code: 'x', criteria: deep(4) })).toEqual([{ field: 'criteria.criteria[0].criteria[0].criteria[0].criteria', code: 'CRITERIA_TOO_DEEP', params: { max: 3 }, message: 'nests too deep (at most 3 levels of ALL_OF and ANY_OF)' }]);
  });

  it('a catalogue: issues under the index of the definition, and codes used twice', () => {
    const catalogue = [badge('seven-days'), { code: 'seven-days', criteria: { kind: 'STREAK_DAYS', count: 8 } }, { code: 'y' }];
    expect(badgeCatalogueIssues(catalogue)).toEqual([
      { field: '[1].code', code: 'BADGE_CODE_TAKEN', params: { code: 'seven-days' }, message: 'seven-days is already used by another badge' },
      { field: '[2].criteria', code: 'CRITERION_NOT_OBJECT', message: 'must be a criterion object with a kind' },
    ]);
  });
});

describe('Open Badges 3.0 credential', () => {
  const award: BadgeAward = {
    id: 'https://savoir.example.com/maisons/maison-lumiere/awards/3f1c2a9e-8d4b-4c6a-9f10-2b7e5d8c9a01',
    badge: { code: 'heritage-keeper', name: 'Heritage keeper', description: 'Completed every heritage module of the maison.', imageUrl: 'https://savoir.example.com/badges/heritage-keeper.svg' },
    issuer: { id: 'https://savoir.example.com/maisons/maison-lumiere', name: 'Maison Lumière' },
    recipient: { id: 'urn:uuid:7d9f3b2c-1e4a-4f8b-a6c5-0d2e9f1b3c47' },
    awardedAt: new Date('2026-11-26T14:05:00Z'),
  };

  it('has the shape of an OpenBadgeCredential', () => {
    expect(openBadgeCredential(award)).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: award.id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Heritage keeper',
      issuer: { id: 'https://savoir.example.com/maisons/maison-lumiere', type: ['Profile'], name: 'Maison Lumière' },
      validFrom: '2026-11-26T14:05:00.000Z',
      credentialSubject: {
        id: 'urn:uuid:7d9f3b2c-1e4a-4f8b-a6c5-0d2e9f1b3c47',
        type: ['AchievementSubject'],
        achievement: {
          id: 'https://savoir.example.com/maisons/maison-lumiere#badge-heritage-keeper',
          type: ['Achievement'],
          name: 'Heritage keeper',
          description: 'Completed every heritage module of the maison.',
          criteria: { narrative: 'Completed every heritage module of the maison.' },
          image: { id: 'https://savoir.example.com/badges/heritage-keeper.svg', type: 'Image' },
        },
      },
    });
  });

  it('carries no personal data beyond the opaque recipient id, and survives JSON', () => {
    const credential = openBadgeCredential(award);
    expect(Object.keys(credential.credentialSubject).sort()).toEqual(['achievement', 'id', 'type']);
    expect(JSON.parse(JSON.stringify(credential))).toEqual(credential);
    expect(JSON.stringify(credential).split(award.recipient.id)).toHaveLength(2);
  });

  it('uses a given achievement id and criteria, and leaves out a missing image', () => {
    const credential = openBadgeCredential({ ...award, badge: { code: 'flawless-ten', name: 'Flawless ten', description: 'Ten perfect challenges.', id: 'urn:uuid:0b8e6a1c-5d2f-4e3a-9c7b-1a2b3c4d5e6f', criteriaNarrative: 'Complete ten challenges with every answer right.' } });
    expect(credential.credentialSubject.achievement).toEqual({
      id: 'urn:uuid:0b8e6a1c-5d2f-4e3a-9c7b-1a2b3c4d5e6f',
      type: ['Achievement'],
      name: 'Flawless ten',
      description: 'Ten perfect challenges.',
      criteria: { narrative: 'Complete ten challenges with every answer right.' },
    });
  });

  it('refuses an email or a name as the recipient, ids that are not URIs, and empty names', () => {
    expect(() => openBadgeCredential({ ...award, recipient: { id: 'claire.martin@maison.example' } })).toThrow('urn:uuid');
    expect(() => openBadgeCredential({ ...award, recipient: { id: 'mailto:claire.martin@maison.example' } })).toThrow(RangeError);
    expect(() => openBadgeCredential({ ...award, issuer: { ...award.issuer, id: 'maison lumiere' } })).toThrow('issuer id');
    expect(() => openBadgeCredential({ ...award, badge: { ...award.badge, imageUrl: 'heritage.svg' } })).toThrow('image URL');
    expect(() => openBadgeCredential({ ...award, badge: { ...award.badge, name: ' ' } })).toThrow(RangeError);
    expect(() => openBadgeCredential({ ...award, awardedAt: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('badge properties', () => {
  const category = fc.constantFrom(...SKILL_CATEGORIES);
  const count = fc.integer({ min: 1, max: 25 });
  const withCategory = <T extends object>(base: T) => fc.option(category, { nil: undefined }).map((c) => (c ? { ...base, category: c } : base));
  const { criterion } = fc.letrec<{ criterion: BadgeCriterion }>((tie) => ({
    criterion: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      count.chain((n) => withCategory({ kind: 'MODULES_COMPLETED' as const, count: n })),
      withCategory({ kind: 'MODULES_COMPLETED' as const, all: true as const }),
      count.map((n) => ({ kind: 'PERFECT_CHALLENGES' as const, count: n })),
      count.map((n) => ({ kind: 'STREAK_DAYS' as const, count: n })),
      count.chain((n) => withCategory({ kind: 'SKILLS_MASTERED' as const, count: n })),
      fc.integer({ min: 1, max: 20_000 }).map((amount) => ({ kind: 'XP_TOTAL' as const, amount })),
      fc.array(tie('criterion'), { minLength: 1, maxLength: 3 }).map((criteria) => ({ kind: 'ALL_OF' as const, criteria })),
      fc.array(tie('criterion'), { minLength: 1, maxLength: 3 }).map((criteria) => ({ kind: 'ANY_OF' as const, criteria })),
    ),
  }));
  const definition = criterion.filter((c) => badgeDefinitionIssues({ code: 'generated', criteria: c }).length === 0).map((c): BadgeDefinition => ({ code: 'generated', criteria: c }));
  const item = (prefix: string) => fc.record({ code: fc.integer({ min: 0, max: 30 }).map((n) => `${prefix}-${n}`), category });
  const available = fc.array(item('module'), { maxLength: 20 });
  const factsArb = fc.record({
    modulesCompleted: fc.array(item('module'), { maxLength: 25 }),
    modulesAvailable: available,
    perfectChallenges: fc.nat(30),
    longestStreak: fc.nat(40),
    skillsMastered: fc.array(item('skill'), { maxLength: 40 }),
    totalXp: fc.nat(25_000),
  });

  it('generated criteria within the depth limit are valid definitions', () => {
    fc.assert(fc.property(criterion, (c) => {
      const depth = (x: BadgeCriterion): number => (x.kind === 'ALL_OF' || x.kind === 'ANY_OF' ? 1 + Math.max(...x.criteria.map(depth)) : 0);
      if (depth(c) <= 3) expect(badgeDefinitionIssues({ code: 'generated', criteria: c })).toEqual([]);
    }));
  });

  it('progress stays within 0..target, and earned means the target is reached', () => {
    fc.assert(
      fc.property(definition, factsArb, (d, f) => {
        const progress = badgeProgress(d, f);
        expect(progress.current).toBeGreaterThanOrEqual(0);
        expect(progress.current).toBeLessThanOrEqual(progress.target);
        if (progress.earned) expect(progress.current).toBe(progress.target);
        if (progress.earned) expect(progress.target).toBeGreaterThan(0);
        expect(earnedBadges([d], f)).toEqual(progress.earned ? ['generated'] : []);
      }),
    );
  });

  it('a badge once earned is never lost as the advisor does more (same modules available)', () => {
    fc.assert(
      fc.property(definition, factsArb, factsArb, (d, before, extra) => {
        const after: LearnerFacts = {
          modulesCompleted: [...before.modulesCompleted, ...extra.modulesCompleted],
          modulesAvailable: before.modulesAvailable,
          perfectChallenges: before.perfectChallenges + extra.perfectChallenges,
          longestStreak: before.longestStreak + extra.longestStreak,
          skillsMastered: [...before.skillsMastered, ...extra.skillsMastered],
          totalXp: before.totalXp + extra.totalXp,
        };
        if (badgeProgress(d, before).earned) expect(badgeProgress(d, after).earned).toBe(true);
      }),
    );
  });
});
