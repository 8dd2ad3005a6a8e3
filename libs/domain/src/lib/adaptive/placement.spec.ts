import fc from 'fast-check';
import { itemInformation, updateOnAnswer, type PrerequisiteMap, type SkillEstimate } from './learner-model';
import { DEFAULT_PLACEMENT_RULES, isDecided, nextPlacementItem, placedAsMastered, type PlacementItem, type PlacementRules } from './placement';
import { GOLDEN_PARAMS } from './golden-params.testing';

const params = GOLDEN_PARAMS;
const rules: PlacementRules = { maxItems: 12, notKnownBelow: 0.1, knownAbove: 0.95 };

const AT = new Date('2026-03-02T09:00:00Z');
const estimate = (mean: number, variance: number): SkillEstimate => ({ mean, variance, evidence: 2, updatedAt: AT.toISOString() });
const placementItem = (id: string, skills: string[], difficulty: number, guess = 0): PlacementItem => ({ id, skills, estimate: { difficulty, variance: 0.5, guess, responses: 10 } });
const MASTERED = estimate(3, 0.25); // Φ((3 − 1.2) / 0.5) ≈ 0.9998
const NOT_KNOWN = estimate(-2, 0.5); // Φ((−2 − 1.2) / 0.707) ≈ 3e-6
const next = (skills: string[], estimates: ReadonlyMap<string, SkillEstimate>, items: PlacementItem[], asked: Iterable<string> = []) => nextPlacementItem(skills, estimates, items, new Set(asked), AT, rules, params);

/** Plays a placement to its end, answering with `answer(item)`; items keep their estimates, as during onboarding. */
function simulate(skills: string[], items: PlacementItem[], prerequisites: PrerequisiteMap, answer: (item: PlacementItem) => number, runRules = rules) {
  let estimates = new Map<string, SkillEstimate>();
  const asked: string[] = [];
  for (;;) {
    const step = nextPlacementItem(skills, estimates, items, new Set(asked), AT, runRules, params);
    if (step.done) return { reason: step.reason, asked, estimates };
    expect(asked).not.toContain(step.itemId);
    asked.push(step.itemId);
    const chosen = items.find((candidate) => candidate.id === step.itemId) as PlacementItem;
    const update = updateOnAnswer(estimates, { itemSkills: chosen.skills, item: chosen.estimate, score: answer(chosen), at: AT }, prerequisites, params);
    estimates = new Map([...estimates, ...update.skills]);
    if (asked.length > 100) throw new Error('placement does not stop');
  }
}

describe('placement: the stopping rule', () => {
  const items = [placementItem('mv-1', ['movement'], 0), placementItem('lt-1', ['leather'], 0)];

  it('PRECISE when every skill is decided, one way or the other', () => {
    expect(next(['movement', 'leather'], new Map([['movement', MASTERED], ['leather', NOT_KNOWN]]), items)).toEqual({ done: true, reason: 'PRECISE' });
    expect(next([], new Map(), items)).toEqual({ done: true, reason: 'PRECISE' });
  });

  it('MAX_ITEMS once the cap is reached, even with skills undecided', () => {
    const capped: PlacementRules = { ...rules, maxItems: 2 };
    const asked = new Set(['x-1', 'x-2']);
    expect(nextPlacementItem(['movement', 'leather'], new Map(), items, asked, AT, capped, params)).toEqual({ done: true, reason: 'MAX_ITEMS' });
    expect(nextPlacementItem(['movement', 'leather'], new Map(), items, new Set(['x-1']), AT, capped, params)).toMatchObject({ done: false });
  });

  it('NO_ITEMS when nothing left to ask measures an undecided skill', () => {
    // Leather is undecided, but its only item was asked and the other item is about a decided skill.
    expect(next(['movement', 'leather'], new Map([['movement', MASTERED]]), items, ['lt-1'])).toEqual({ done: true, reason: 'NO_ITEMS' });
    expect(next(['heritage'], new Map(), items)).toEqual({ done: true, reason: 'NO_ITEMS' });
  });

  it('an item on a decided skill is not asked, even if it is the most informative', () => {
    const both = [placementItem('mv-1', ['movement'], 3), placementItem('lt-1', ['leather'], 2.9)];
    expect(next(['movement', 'leather'], new Map([['movement', MASTERED]]), both)).toEqual({ done: false, itemId: 'lt-1' });
  });

  it('a skill is decided above the known line, or below the not-known line', () => {
    expect(isDecided(MASTERED, rules, params)).toBe(true);
    expect(isDecided(NOT_KNOWN, rules, params)).toBe(true);
    expect(isDecided(estimate(0, 2.25), rules, params)).toBe(false); // Φ(−0.8) ≈ 0.21: in between
    expect(isDecided(estimate(0, 2.25), { ...rules, notKnownBelow: 0.25 }, params)).toBe(true);
    // Φ((2 − 1.2) / 0.8) = Φ(1) ≈ 0.841: mastered for the model (0.8), not yet sure enough for placement to leave it.
    expect(isDecided(estimate(2, 0.64), rules, params)).toBe(false);
    expect(isDecided(estimate(2, 0.64), { ...rules, knownAbove: 0.8 }, params)).toBe(true);
  });

  it('the default rules keep a short placement', () => {
    expect(DEFAULT_PLACEMENT_RULES.maxItems).toBeGreaterThan(0);
    expect(DEFAULT_PLACEMENT_RULES.maxItems).toBeLessThanOrEqual(20);
    expect(DEFAULT_PLACEMENT_RULES.notKnownBelow).toBeLessThan(params.masteredProbability);
    expect(DEFAULT_PLACEMENT_RULES.knownAbove).toBeGreaterThan(params.masteredProbability);
  });
});

describe('placement: which item', () => {
  it('picks the most informative item: the one whose difficulty matches the ability (golden)', () => {
    // Ability 0 (prior), open items: information = p²(1 − p)² / (p(1 − p)) = p(1 − p) with p = logistic(0 − difficulty):
    // difficulty 0 → 0.5 × 0.5 = 0.25; ±0.75 → 0.679179 × 0.320821 = 0.217895; 1.5 → 0.817574 × 0.182426 = 0.149146. Weighed by the same variance 2.25, difficulty 0 wins.
    const items = [placementItem('hard', ['movement'], 1.5), placementItem('middling', ['movement'], 0), placementItem('easy', ['movement'], -0.75)];
    expect(itemInformation([estimate(0, 2.25)], items[1].estimate)).toBeCloseTo(0.25, 12);
    expect(itemInformation([estimate(0, 2.25)], items[2].estimate)).toBeCloseTo(0.217895, 6);
    expect(itemInformation([estimate(0, 2.25)], items[0].estimate)).toBeCloseTo(0.149146, 6);
    expect(next(['movement'], new Map(), items)).toEqual({ done: false, itemId: 'middling' });
    // An advisor estimated at 1.5 is best asked the hard one.
    expect(next(['movement'], new Map([['movement', estimate(1.5, 1)]]), items)).toEqual({ done: false, itemId: 'hard' });
  });

  it('weighs information by how uncertain the ability still is (golden)', () => {
    // Both items sit at their skill's mean (information 0.25 each); leather is the less certain: 0.25 × 2 = 0.5 > 0.25 × 0.5 = 0.125.
    // Movement Φ((0.8 − 1.2) / 0.707) = 0.286 and leather Φ((0.5 − 1.2) / 1.414) = 0.310: both undecided.
    // (Ids chosen so that the tie-break alone would pick the movement item.)
    const estimates = new Map([['movement', estimate(0.8, 0.5)], ['leather', estimate(0.5, 2)]]);
    const items = [placementItem('a-movement', ['movement'], 0.8), placementItem('z-leather', ['leather'], 0.5)];
    expect(next(['movement', 'leather'], estimates, items)).toEqual({ done: false, itemId: 'z-leather' });
  });

  it('follows a skill that looks known until it is decided, before a less certain one (golden)', () => {
    // Both items sit at their skill's mean (information 0.25 each). Movement, answered right once: Φ((1 − 1.2) / 1) =
    // 0.420740; leather, never asked: Φ(−0.8) = 0.211855. Weighed by uncertainty alone leather would win (0.5625 vs
    // 0.25); with the promise cubed movement does: 0.25 × 1 × 0.420740³ = 0.018620 > 0.25 × 2.25 × 0.211855³ = 0.005349.
    const estimates = new Map([['movement', estimate(1, 1)]]);
    const items = [placementItem('a-leather', ['leather'], 0), placementItem('z-movement', ['movement'], 1)];
    expect(next(['movement', 'leather'], estimates, items)).toEqual({ done: false, itemId: 'z-movement' });
    // Once movement is decided either way, leather is next.
    expect(next(['movement', 'leather'], new Map([['movement', MASTERED]]), items)).toEqual({ done: false, itemId: 'a-leather' });
    expect(next(['movement', 'leather'], new Map([['movement', NOT_KNOWN]]), items)).toEqual({ done: false, itemId: 'a-leather' });
  });

  it('ties go to the smaller id, whatever the order of the bank', () => {
    const items = [placementItem('b', ['movement'], 0.2), placementItem('a', ['movement'], 0.2), placementItem('c', ['movement'], 0.2)];
    expect(next(['movement'], new Map(), items)).toEqual({ done: false, itemId: 'a' });
    expect(next(['movement'], new Map(), [...items].reverse())).toEqual({ done: false, itemId: 'a' });
    expect(next(['movement'], new Map(), items, ['a'])).toEqual({ done: false, itemId: 'b' });
  });

  it('never repeats an asked item, stops within the cap, and the same answers ask the same items (property)', () => {
    const skills = ['movement', 'chronograph', 'leather'];
    const bankArb = fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^[a-z]{1,3}$/), skills: fc.subarray(skills, { minLength: 1, maxLength: 2 }), difficulty: fc.double({ min: -2, max: 2.5, noNaN: true }), guess: fc.constantFrom(0, 0.25) }),
      { selector: (entry) => entry.id, minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(bankArb, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (bank, answers, maxItems) => {
        const items = bank.map((entry) => placementItem(entry.id, entry.skills, entry.difficulty, entry.guess));
        const play = () => {
          let turn = 0;
          return simulate(skills, items, new Map([['chronograph', ['movement']]]), () => (answers[turn++] ? 1 : 0), { ...rules, maxItems });
        };
        const run = play();
        expect(new Set(run.asked).size).toBe(run.asked.length);
        expect(run.asked.length).toBeLessThanOrEqual(maxItems);
        if (run.reason === 'MAX_ITEMS') expect(run.asked.length).toBe(maxItems);
        if (run.reason === 'PRECISE') for (const code of skills) expect(isDecided(run.estimates.get(code) ?? estimate(0, 2.25), rules, params)).toBe(true);
        expect(play().asked).toEqual(run.asked);
      }),
    );
  });
});

describe('placement: simulated advisors', () => {
  // Two skills, chronograph built on movement; a bank of open items from easy to hard (calibrated difficulties).
  const skills = ['movement', 'chronograph'];
  const prerequisites: PrerequisiteMap = new Map([['chronograph', ['movement']]]);
  const DIFFICULTIES = [-1.5, -0.75, 0, 0.75, 1.5, 2.25, 3];
  const items = skills.flatMap((code) => DIFFICULTIES.map((difficulty, i) => placementItem(`${code}-${i}`, [code], difficulty)));

  it('an advisor who answers everything right is placed as mastering every skill, within the cap', () => {
    const run = simulate(skills, items, prerequisites, () => 1);
    expect(run.reason).toBe('PRECISE');
    expect(run.asked.length).toBeLessThanOrEqual(rules.maxItems);
    expect(placedAsMastered(skills, run.estimates, params)).toEqual(skills);
  });

  it('an advisor who answers everything wrong is placed as mastering none, within the cap', () => {
    const run = simulate(skills, items, prerequisites, () => 0);
    expect(run.reason).toBe('PRECISE');
    expect(run.asked.length).toBeLessThanOrEqual(rules.maxItems);
    expect(placedAsMastered(skills, run.estimates, params)).toEqual([]);
  });

  it('an advisor who knows the movement but not the chronograph is placed accordingly', () => {
    const run = simulate(skills, items, prerequisites, (asked) => (asked.skills.includes('movement') ? 1 : 0));
    expect(run.asked.length).toBeLessThanOrEqual(rules.maxItems);
    expect(placedAsMastered(skills, run.estimates, params)).toEqual(['movement']);
  });

  it('placedAsMastered: only skills with an estimate that says mastered, in the order given', () => {
    const estimates = new Map([['leather', MASTERED], ['movement', MASTERED], ['heritage', estimate(1.2, 1)]]);
    expect(placedAsMastered(['movement', 'heritage', 'leather', 'gemstones'], estimates, params)).toEqual(['movement', 'leather']);
  });
});
