import fc from 'fast-check';
import { composeChallenge, CONFIRMED_AT, DEFAULT_CHALLENGE_RULES, endOfLocalDay, skillsToReview, type ChallengeCandidate, type ChallengeInput, type ChallengeItem, type ChallengeRules } from './challenge';
import type { KnowledgeGap } from './gaps';
import { localDate } from '../gamification/streaks';
import { predictSuccess, type SkillEstimate } from './learner-model';
import { GOLDEN_PARAMS } from './golden-params.testing';

const params = GOLDEN_PARAMS;
const rules: ChallengeRules = { size: 5, targetSuccess: 0.75, maxReviews: 2 };

const AT = new Date('2026-03-02T09:00:00Z');
const estimate = (mean: number, variance = 0.5): SkillEstimate => ({ mean, variance, evidence: 4, updatedAt: AT.toISOString() });
const candidate = (id: string, skills: string[], difficulty: number, heritage = false): ChallengeCandidate => ({ id, skills, estimate: { difficulty, variance: 0.5, guess: 0, responses: 20 }, heritage });
const gap = (skill: string, ready: boolean, masteryProbability = 0.3): KnowledgeGap => ({ skill, masteryProbability, priority: 1 - masteryProbability, ready, underlying: ready ? null : 'movement', evidence: { wrong: 0, recent: 0 } });
const input = (overrides: Partial<ChallengeInput>): ChallengeInput => ({ candidates: [], estimates: new Map(), gaps: [], dueSkills: [], recentlySeen: new Map(), at: AT, ...overrides });
const compose = (challenge: ChallengeInput, challengeRules: ChallengeRules = rules) => composeChallenge(challenge, challengeRules, params);
const summary = (items: ChallengeItem[]) => items.map((item) => [item.reason, item.itemId, item.skill]);

// With the ability at 0 (variance 0.5) and item variance 0.5: spread = √(1 + π × 1/8) = 1.180127, so
// p = logistic(−difficulty / 1.180127): difficulty −2.5 → logistic(2.118417) = 0.892680, −1.3 → logistic(1.101577) = 0.750555,
// −0.6 → logistic(0.508420) = 0.624436, 0 → 0.5.
const ESTIMATES = new Map([
  ['movement', estimate(0)],
  ['leather', estimate(0)],
  ['gemstones', estimate(0)],
  ['chronograph', estimate(0)],
  ['heritage', estimate(0)],
]);

describe('challenge: composition (golden)', () => {
  it('reviews, then ready gaps (closest to mastery first, then by code) at the target, one heritage story, then a stretch', () => {
    const candidates = [
      candidate('mv-easy', ['movement'], -2.5),
      candidate('mv-right', ['movement'], -1.3),
      candidate('lt-hard', ['leather'], 0),
      candidate('lt-right', ['leather'], -1.3),
      candidate('lt-easy', ['leather'], -2.5),
      candidate('gm-1', ['gemstones'], -0.6),
      candidate('ch-1', ['chronograph'], -0.6),
      candidate('hr-1', ['heritage'], 0, true),
      candidate('hr-2', ['heritage'], -1.3, true),
      candidate('extra', ['movement', 'leather'], -1.3),
    ];
    const challenge = compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true), gap('chronograph', false, 0.4), gap('gemstones', true)], dueSkills: ['movement'] }));
    expect(summary(challenge)).toEqual([
      ['REVIEW', 'mv-right', 'movement'],
      ['GAP', 'gm-1', 'gemstones'],
      ['GAP', 'lt-right', 'leather'],
      ['HERITAGE', 'hr-2', 'heritage'],
      ['STRETCH', 'ch-1', 'chronograph'],
    ]);
    expect(challenge[1].predictedSuccess).toBeCloseTo(0.624436, 6);
    expect(challenge[2].predictedSuccess).toBeCloseTo(0.750555, 6);
  });

  it('GAP items are the ones closest to the target success on the gap’s skill', () => {
    // 0.893, 0.751 and 0.5 for a target of 0.75: the middle one; for a target of 0.9: the easy one.
    const candidates = [candidate('lt-easy', ['leather'], -2.5), candidate('lt-right', ['leather'], -1.3), candidate('lt-hard', ['leather'], 0)];
    const one = { size: 1, targetSuccess: 0.75, maxReviews: 2 };
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), one))).toEqual([['GAP', 'lt-right', 'leather']]);
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), { ...one, targetSuccess: 0.9 }))).toEqual([['GAP', 'lt-easy', 'leather']]);
  });

  it('gaps that are not ready get no GAP item; the closest to reach is the first stretch', () => {
    const candidates = [candidate('ch-1', ['chronograph'], -1.3), candidate('cp-1', ['complications'], -1.3)];
    const gaps = [gap('complications', false, 0.2), gap('chronograph', false, 0.6)];
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps })))).toEqual([
      ['STRETCH', 'ch-1', 'chronograph'],
      ['STRETCH', 'cp-1', 'complications'],
    ]);
  });

  it('at most maxReviews reviews, most overdue first, and room is kept for the heritage story', () => {
    const candidates = ['a', 'b', 'c', 'd'].map((code) => candidate(`${code}-1`, [code], -1.3)).concat(candidate('hr-1', ['heritage'], -1.3, true));
    const challenge = compose(input({ candidates, estimates: ESTIMATES, dueSkills: ['c', 'a', 'd', 'b'] }), { size: 3, targetSuccess: 0.75, maxReviews: 2 });
    expect(summary(challenge)).toEqual([
      ['REVIEW', 'c-1', 'c'],
      ['REVIEW', 'a-1', 'a'],
      ['HERITAGE', 'hr-1', 'heritage'],
    ]);
    const gapsOnly = compose(input({ candidates, estimates: ESTIMATES, gaps: ['a', 'b', 'c', 'd'].map((code) => gap(code, true)) }), { size: 3, targetSuccess: 0.75, maxReviews: 2 });
    expect(summary(gapsOnly).map(([reason]) => reason)).toEqual(['GAP', 'GAP', 'HERITAGE']);
  });

  it('recently seen items are avoided while others fit, and asked again when nothing else does, the one seen longest ago first', () => {
    const candidates = [candidate('lt-right', ['leather'], -1.3), candidate('lt-hard', ['leather'], 0)];
    const one = { size: 1, targetSuccess: 0.75, maxReviews: 2 };
    const minutesAgo = (minutes: number) => new Date(AT.getTime() - minutes * 60_000);
    const seen = compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)], recentlySeen: new Map([['lt-right', minutesAgo(600)]]) }), one);
    expect(summary(seen)).toEqual([['GAP', 'lt-hard', 'leather']]);
    // Both seen: the one answered a day ago, though the other is closer to the target success.
    const allSeen = new Map([['lt-right', minutesAgo(2)], ['lt-hard', minutesAgo(1440)]]);
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)], recentlySeen: allSeen }), one))).toEqual([['GAP', 'lt-hard', 'leather']]);
    // Seen at the same moment: closeness to the target decides.
    const together = new Map([['lt-right', minutesAgo(2)], ['lt-hard', minutesAgo(2)]]);
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)], recentlySeen: together }), one))).toEqual([['GAP', 'lt-right', 'leather']]);
  });

  it('a program too small for a fresh challenge: the next one repeats the questions answered longest ago, not the last ones', () => {
    // Six questions on one skill, a challenge of five, answered two minutes apart.
    const candidates = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((id, i) => candidate(id, ['leather'], -1.5 + i * 0.1));
    const rules = { size: 5, targetSuccess: 0.75, maxReviews: 2 };
    const first = compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), rules).map((item) => item.itemId);
    const answered = new Map(first.map((id, i) => [id, new Date(AT.getTime() - (first.length - i) * 120_000)]));
    const second = compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)], recentlySeen: answered }), rules).map((item) => item.itemId);
    const unseen = candidates.map((entry) => entry.id).filter((id) => !answered.has(id));
    expect(second).toEqual([...unseen, ...first.slice(0, 5 - unseen.length)]);
    expect(second).not.toContain(first[first.length - 1]);
  });

  it('equal candidates: the smaller id, whatever their order', () => {
    const candidates = [candidate('b', ['leather'], -1.3), candidate('a', ['leather'], -1.3), candidate('c', ['leather'], -1.3)];
    const one = { size: 1, targetSuccess: 0.75, maxReviews: 2 };
    expect(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), one)[0].itemId).toBe('a');
    expect(compose(input({ candidates: [...candidates].reverse(), estimates: ESTIMATES, gaps: [gap('leather', true)] }), one)[0].itemId).toBe('a');
  });

  it('a due skill that is still a gap is worked on as a gap, not reviewed', () => {
    const candidates = [candidate('lt-1', ['leather'], -1.3), candidate('mv-1', ['movement'], -1.3)];
    const challenge = compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)], dueSkills: ['leather', 'movement'] }));
    expect(summary(challenge)).toEqual([
      ['REVIEW', 'mv-1', 'movement'],
      ['GAP', 'lt-1', 'leather'],
    ]);
  });

  it('a GAP item speaks of the gap alone when it can: another skill on it that is also a gap puts it behind', () => {
    // "both" (leather + gemstones at −1.3) predicts 0.758, closer to 0.75 than "lt-only" (0.5), but gemstones is a gap too.
    const candidates = [candidate('both', ['leather', 'gemstones'], -1.3), candidate('lt-only', ['leather'], 0)];
    const one = { size: 1, targetSuccess: 0.75, maxReviews: 2 };
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true), gap('gemstones', false)] }), one))).toEqual([['GAP', 'lt-only', 'leather']]);
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), one))).toEqual([['GAP', 'both', 'leather']]);
    // Only items on other gaps: one of them all the same.
    expect(summary(compose(input({ candidates: [candidates[0]], estimates: ESTIMATES, gaps: [gap('leather', true), gap('gemstones', false)] }), one))).toEqual([['GAP', 'both', 'leather']]);
  });

  it('the heritage story works on a ready gap when one of the heritage items does', () => {
    const candidates = [candidate('lt-1', ['leather'], -1.3), candidate('hr-story', ['heritage'], -1.3, true), candidate('hr-leather', ['leather'], 0, true)];
    expect(summary(compose(input({ candidates, estimates: ESTIMATES, gaps: [gap('leather', true)] }), { size: 3, targetSuccess: 0.75, maxReviews: 2 }))).toEqual([
      ['GAP', 'lt-1', 'leather'],
      ['HERITAGE', 'hr-leather', 'leather'],
      ['STRETCH', 'hr-story', 'heritage'],
    ]);
  });

  it('an empty bank or a size of 0 gives an empty challenge', () => {
    expect(compose(input({ gaps: [gap('leather', true)], dueSkills: ['movement'] }))).toEqual([]);
    expect(compose(input({ candidates: [candidate('hr-1', ['heritage'], 0, true)] }), { ...rules, size: 0 })).toEqual([]);
  });

  it('the default rules: five items aiming at 75%', () => {
    expect(DEFAULT_CHALLENGE_RULES).toEqual({ size: 5, targetSuccess: 0.75, maxReviews: 2 });
  });
});

describe('challenge: properties', () => {
  const SKILLS = ['movement', 'chronograph', 'leather', 'gemstones', 'heritage'];
  const REASONS = ['GAP', 'REVIEW', 'STRETCH', 'HERITAGE'];
  const challengeArb = fc.record({
    bank: fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^[a-z]{1,2}$/), skills: fc.subarray(SKILLS, { minLength: 1, maxLength: 2 }), difficulty: fc.double({ min: -3, max: 3, noNaN: true }), guess: fc.constantFrom(0, 0.25), heritage: fc.boolean() }),
      { selector: (entry) => entry.id, maxLength: 14 },
    ),
    means: fc.dictionary(fc.constantFrom(...SKILLS), fc.double({ min: -2, max: 3, noNaN: true })),
    gaps: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), ready: fc.boolean(), probability: fc.double({ min: 0, max: 0.79, noNaN: true }) }), { selector: (entry) => entry.skill }),
    dueSkills: fc.shuffledSubarray(SKILLS),
    seen: fc.dictionary(fc.stringMatching(/^[a-z]{1,2}$/), fc.integer({ min: 1, max: 2880 }), { maxKeys: 6 }),
    rules: fc.record({ size: fc.integer({ min: 0, max: 7 }), targetSuccess: fc.double({ min: 0.5, max: 0.9, noNaN: true }), maxReviews: fc.integer({ min: 0, max: 3 }) }),
  });
  type ChallengeArb = typeof challengeArb extends fc.Arbitrary<infer T> ? T : never;
  const build = (arb: ChallengeArb) => {
    const candidates = arb.bank.map((entry) => ({ id: entry.id, skills: entry.skills, estimate: { difficulty: entry.difficulty, variance: 0.5, guess: entry.guess, responses: 5 }, heritage: entry.heritage }));
    const estimates = new Map(Object.entries(arb.means).map(([code, mean]) => [code, estimate(mean)]));
    const gaps = arb.gaps.map((entry) => gap(entry.skill, entry.ready, entry.probability));
    return { challenge: input({ candidates, estimates, gaps, dueSkills: arb.dueSkills, recentlySeen: new Map(Object.entries(arb.seen).map(([id, minutes]) => [id, new Date(AT.getTime() - minutes * 60_000)])) }), rules: arb.rules };
  };

  it('size respected and filled when the bank allows, no duplicates, every item with a known reason', () => {
    fc.assert(
      fc.property(challengeArb, (arb) => {
        const { challenge, rules: challengeRules } = build(arb);
        const items = compose(challenge, challengeRules);
        expect(items.length).toBe(Math.min(challengeRules.size, challenge.candidates.length));
        expect(new Set(items.map((item) => item.itemId)).size).toBe(items.length);
        for (const item of items) {
          expect(REASONS).toContain(item.reason);
          const chosen = challenge.candidates.find((entry) => entry.id === item.itemId) as ChallengeCandidate;
          expect(item.predictedSuccess).toBeCloseTo(predictSuccess(chosen.skills.map((code) => challenge.estimates.get(code) ?? { mean: 0, variance: 2.25, evidence: 0, updatedAt: null }), chosen.estimate), 12);
        }
      }),
    );
  });

  it('reviews within the cap and on due skills; GAP items on ready gaps; at most one HERITAGE item, a heritage one', () => {
    fc.assert(
      fc.property(challengeArb, (arb) => {
        const { challenge, rules: challengeRules } = build(arb);
        const items = compose(challenge, challengeRules);
        const byId = (id: string) => challenge.candidates.find((entry) => entry.id === id) as ChallengeCandidate;
        const readyGaps = new Set(challenge.gaps.filter((entry) => entry.ready).map((entry) => entry.skill));
        expect(items.filter((item) => item.reason === 'REVIEW').length).toBeLessThanOrEqual(challengeRules.maxReviews);
        expect(items.filter((item) => item.reason === 'HERITAGE').length).toBeLessThanOrEqual(1);
        for (const item of items) {
          if (item.reason === 'REVIEW') expect(challenge.dueSkills).toContain(item.skill);
          if (item.reason === 'GAP') expect(readyGaps.has(item.skill)).toBe(true);
          if (item.reason === 'REVIEW' || item.reason === 'GAP') expect(byId(item.itemId).skills).toContain(item.skill);
          if (item.reason === 'HERITAGE') expect(byId(item.itemId).heritage).toBe(true);
        }
      }),
    );
  });

  it('a heritage story is always there when the bank has one; a HERITAGE item when one is not taken by a review or a gap', () => {
    fc.assert(
      fc.property(challengeArb, (arb) => {
        const { challenge, rules: challengeRules } = build(arb);
        fc.pre(challengeRules.size >= 1 && challenge.candidates.some((entry) => entry.heritage));
        const items = compose(challenge, challengeRules);
        const chosen = items.map((item) => challenge.candidates.find((entry) => entry.id === item.itemId) as ChallengeCandidate);
        expect(chosen.some((entry) => entry.heritage)).toBe(true);
        const claimed = new Set([...challenge.dueSkills, ...challenge.gaps.filter((entry) => entry.ready).map((entry) => entry.skill)]);
        if (challenge.candidates.some((entry) => entry.heritage && !entry.skills.some((code) => claimed.has(code)))) {
          expect(items.filter((item) => item.reason === 'HERITAGE')).toHaveLength(1);
        }
      }),
    );
  });

  // An item is "focused" on a skill when its other skills are not gaps (its answer speaks of that skill alone); the
  // engine prefers focused items, and unseen ones. Within the same class the closest to the target wins (among seen
  // items, the one answered longest ago first), and an item both focused and unseen is never passed over (which of
  // "focused" and "unseen" comes first is left open here).
  it('each GAP item is the closest to the target among the free items of its class, and no focused unseen item was passed over', () => {
    fc.assert(
      fc.property(challengeArb, (arb) => {
        const { challenge, rules: challengeRules } = build(arb);
        const items = compose(challenge, challengeRules);
        const gapSkills = new Set(challenge.gaps.map((entry) => entry.skill));
        const distance = (entry: ChallengeCandidate) =>
          Math.abs(predictSuccess(entry.skills.map((code) => challenge.estimates.get(code) ?? { mean: 0, variance: 2.25, evidence: 0, updatedAt: null }), entry.estimate) - challengeRules.targetSuccess);
        items.forEach((item, i) => {
          if (item.reason !== 'GAP') return;
          const focused = (entry: ChallengeCandidate) => entry.skills.every((code) => code === item.skill || !gapSkills.has(code));
          const seen = (entry: ChallengeCandidate) => challenge.recentlySeen.has(entry.id);
          const earlier = new Set(items.slice(0, i).map((previous) => previous.itemId));
          const free = challenge.candidates.filter((entry) => !earlier.has(entry.id) && entry.skills.includes(item.skill));
          const picked = free.find((entry) => entry.id === item.itemId) as ChallengeCandidate;
          const seenAt = (entry: ChallengeCandidate) => challenge.recentlySeen.get(entry.id)?.getTime() ?? -Infinity;
          for (const other of free.filter((entry) => focused(entry) === focused(picked) && seen(entry) === seen(picked))) {
            // Among seen items, the one answered longest ago; at the same moment, the closest to the target.
            expect(seenAt(other)).toBeGreaterThanOrEqual(seenAt(picked));
            if (seenAt(other) === seenAt(picked)) expect(distance(other)).toBeGreaterThanOrEqual(distance(picked) - 1e-9);
          }
          if (!focused(picked) || seen(picked)) expect(free.some((entry) => focused(entry) && !seen(entry))).toBe(false);
        });
      }),
    );
  });

  it('deterministic: the same input, in any candidate order, gives the same challenge', () => {
    fc.assert(
      fc.property(
        challengeArb.chain((arb) => fc.tuple(fc.constant(arb), fc.shuffledSubarray(arb.bank, { minLength: arb.bank.length, maxLength: arb.bank.length }))),
        ([arb, shuffled]) => {
          const { challenge, rules: challengeRules } = build(arb);
          const first = compose(challenge, challengeRules);
          expect(compose(challenge, challengeRules)).toEqual(first);
          expect(compose(build({ ...arb, bank: shuffled }).challenge, challengeRules)).toEqual(first);
        },
      ),
    );
  });
});

describe('challenge: the skills it reviews', () => {
  // Φ((mean − 1.2) / σ) with the golden params: 0.9998, 0.871, 0.841, 0.5.
  const estimates = new Map([
    ['movement', estimate(3, 0.25)],
    ['leather', estimate(2, 0.5)],
    ['gemstones', estimate(1.8, 0.36)],
    ['heritage', estimate(1.2, 1)],
  ]);

  it(`first the skills held mastered with less than ${CONFIRMED_AT} confidence, least sure first, then the due ones in their order`, () => {
    expect(CONFIRMED_AT).toBe(0.97);
    const skills = ['movement', 'leather', 'gemstones', 'heritage', 'chronograph'];
    expect(skillsToReview(skills, estimates, ['heritage', 'leather', 'movement'], params)).toEqual(['gemstones', 'leather', 'heritage', 'movement']);
  });

  it('only the skills given: another program’s skill is not confirmed here', () => {
    expect(skillsToReview(['movement', 'heritage'], estimates, [], params)).toEqual([]);
    expect(skillsToReview(['leather'], estimates, ['movement'], params)).toEqual(['leather', 'movement']);
  });
});

describe('challenge: the end of the advisor’s local day', () => {
  const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'America/Santiago', 'Asia/Tokyo', 'Asia/Kathmandu', 'Australia/Sydney', 'Pacific/Chatham'];

  it('the next local midnight, across zones, offsets in quarter hours and DST days', () => {
    const end = (instant: string, zone: string) => endOfLocalDay(new Date(instant), zone).toISOString();
    expect(end('2026-06-01T08:00:00Z', 'Europe/Paris')).toBe('2026-06-01T22:00:00.000Z');
    expect(end('2026-06-01T22:00:00Z', 'Europe/Paris')).toBe('2026-06-02T22:00:00.000Z'); // at midnight: the day just begun
    expect(end('2026-03-29T10:00:00Z', 'Europe/Paris')).toBe('2026-03-29T22:00:00.000Z'); // a 23-hour day
    expect(end('2026-10-25T10:00:00Z', 'Europe/Paris')).toBe('2026-10-25T23:00:00.000Z'); // a 25-hour day
    expect(end('2026-06-01T12:00:00Z', 'Asia/Kathmandu')).toBe('2026-06-01T18:15:00.000Z'); // UTC+5:45
    expect(end('2026-06-01T12:00:00Z', 'Pacific/Chatham')).toBe('2026-06-02T11:15:00.000Z'); // UTC+12:45, already the 2nd
    // Chile skips midnight when DST starts: 5 September ends at 01:00 on the 6th, 04:00 UTC.
    expect(end('2026-09-05T12:00:00Z', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('is the first instant of the next local date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), fc.constantFrom(...ZONES), (minutes, zone) => {
        const instant = new Date(Date.parse('2026-01-01T00:00:00Z') + minutes * 60_000 + 17_000);
        const end = endOfLocalDay(instant, zone);
        expect(end.getTime()).toBeGreaterThan(instant.getTime());
        expect(localDate(new Date(end.getTime() - 1), zone)).toBe(localDate(instant, zone));
        expect(localDate(end, zone)).not.toBe(localDate(instant, zone));
      }),
    );
  });

  it('an unknown zone is refused', () => {
    expect(() => endOfLocalDay(AT, 'Europe/Atlantis')).toThrow(RangeError);
  });
});
