import fc from 'fast-check';
import {
  DEFAULT_MODEL_PARAMS,
  guessChance,
  isMastered,
  masteryLine,
  masteryProbability,
  normalCdf,
  predictSuccess,
  priorItem,
  priorSkill,
  skillAt,
  updateOnAnswer,
  type ItemEstimate,
  type ModelParams,
  type PrerequisiteMap,
  type SkillEstimate,
} from './learner-model';
import { GOLDEN_PARAMS } from './golden-params.testing';

/** The goldens' parameters, with learning between answers switched off. */
const params: ModelParams = {
  ...GOLDEN_PARAMS,
  // Off here so one answer's step is the plain Laplace update the golden values spell out.
  learningVariance: 0,
  learningGain: 0,
};

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(T0 + days * DAY);
const skill = (mean: number, variance: number, evidence = 0, updatedAt: string | null = null): SkillEstimate => ({ mean, variance, evidence, updatedAt });
const item = (difficulty: number, guess = 0, variance = 0.5, responses = 0): ItemEstimate => ({ difficulty, variance, guess, responses });
const NO_PREREQUISITES: PrerequisiteMap = new Map();
const CHRONOGRAPH_NEEDS_MOVEMENT: PrerequisiteMap = new Map([['chronograph', ['movement']]]);

/** Folds answers on one item into the estimates, as the worker does (moved skills replace their entries). */
function replay(start: ReadonlyMap<string, SkillEstimate>, answers: Array<{ skills: string[]; item: ItemEstimate; score: number; day: number }>, prerequisites: PrerequisiteMap): Map<string, SkillEstimate> {
  let estimates = new Map(start);
  for (const answer of answers) {
    const update = updateOnAnswer(estimates, { itemSkills: answer.skills, item: answer.item, score: answer.score, at: at(answer.day) }, prerequisites, params);
    estimates = new Map([...estimates, ...update.skills]);
  }
  return estimates;
}

// Arbitraries: abilities and difficulties within the range the platform sees (a few logits), guesses of real items.
const SKILL_POOL = ['movement', 'chronograph', 'complications', 'leather', 'heritage'];
const meanArb = fc.double({ min: -3, max: 3, noNaN: true });
const varianceArb = fc.double({ min: 0.05, max: 3, noNaN: true });
const estimateArb = fc.record({
  mean: meanArb,
  variance: varianceArb,
  evidence: fc.nat({ max: 30 }),
  updatedAt: fc.option(fc.integer({ min: 0, max: 200 }).map((days) => at(-days).toISOString()), { nil: null }),
});
const itemArb = fc.record({ difficulty: meanArb, variance: fc.double({ min: 0.05, max: 1, noNaN: true }), guess: fc.constantFrom(0, 0.2, 0.25, 1 / 3, 0.5), responses: fc.nat({ max: 50 }) });
const estimatesArb = fc.dictionary(fc.constantFrom(...SKILL_POOL), estimateArb).map((record) => new Map(Object.entries(record)));
/** Any graph over the pool, self-loops left out; an item's skills may be prerequisites of one another. */
const prerequisitesArb = fc
  .dictionary(fc.constantFrom(...SKILL_POOL), fc.subarray(SKILL_POOL, { maxLength: 3 }))
  .map((record) => new Map(Object.entries(record).map(([code, parents]) => [code, parents.filter((parent) => parent !== code)])) as PrerequisiteMap);
const itemSkillsArb = fc.subarray(SKILL_POOL, { minLength: 1, maxLength: 3 });
/** The belief the update starts from: the stored one (or the prior) with the uncertainty regained since. */
const before = (estimates: ReadonlyMap<string, SkillEstimate>, code: string) => skillAt(estimates.get(code) ?? priorSkill(params), at(0), params);

describe('learner model: one update, golden values', () => {
  it('a right answer on a middling open item from the prior', () => {
    // Contrast = (0 − 0) / spread = 0, so p = logistic(0) = 0.5, success = 0.5, slope = 0.5 × 0.5 = 0.25.
    // Gradient (right) = (1 − 0.5) / (0.5 × 0.5) × 0.25 = 0.5; information = 0.25² / 0.25 = 0.25.
    // Ability: variance = 1 / (1/2.25 + 1² × 0.25) = 1 / (4/9 + 1/4) = 36/25 = 1.44; mean = 0 + 1.44 × 1 × 0.5 = 0.72.
    // Item (direction −1): variance = 1 / (1/0.5 + 0.25) = 1/2.25 = 0.4444…; difficulty = 0 − 0.4444… × 0.5 = −0.2222….
    const update = updateOnAnswer(new Map(), { itemSkills: ['movement'], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params);
    expect([...update.skills.keys()]).toEqual(['movement']);
    const movement = update.skills.get('movement');
    expect(movement?.mean).toBeCloseTo(0.72, 12);
    expect(movement?.variance).toBeCloseTo(1.44, 12);
    expect(movement).toMatchObject({ evidence: 1, updatedAt: '2026-03-02T09:00:00.000Z' });
    expect(update.item.difficulty).toBeCloseTo(-2 / 9, 12);
    expect(update.item.variance).toBeCloseTo(4 / 9, 12);
    expect(update.item).toMatchObject({ guess: 0, responses: 1 });
  });

  it('a wrong answer is the mirror image', () => {
    // Gradient (wrong) = (0 − 0.5) / 0.25 × 0.25 = −0.5: same variances, means −0.72 and +0.2222….
    const update = updateOnAnswer(new Map(), { itemSkills: ['movement'], item: item(0), score: 0, at: at(0) }, NO_PREREQUISITES, params);
    expect(update.skills.get('movement')?.mean).toBeCloseTo(-0.72, 12);
    expect(update.skills.get('movement')?.variance).toBeCloseTo(1.44, 12);
    expect(update.item.difficulty).toBeCloseTo(2 / 9, 12);
  });

  it('a wrong answer on a choice item, ten days after the last one (drift, guessing floor, spread)', () => {
    // Drift: 10 days × 0.01 = +0.1, so the variance starts at 0.9 + 0.1 = 1.0 (under the cap max(2.25, 0.9)).
    // Spread = √(1 + π × 1.0 / 8) = 1.180127; contrast = (0.5 − 0.75) / 1.180127 = −0.211842.
    // p = logistic(−0.211842) = 0.447237; success = 0.25 + 0.75 × p = 0.585428; slope = 0.75 × p × (1 − p) = 0.185412.
    // Gradient (wrong) = (0 − 0.585428) / (0.585428 × 0.414572) × 0.185412 = −0.447237 (it is −p).
    // Information = 0.185412² / (0.585428 × 0.414572) = 0.141645.
    // Ability: variance = 1 / (1/1.0 + 0.141645) = 0.875929; mean = 0.5 − 0.875929 × 0.447237 = 0.108252.
    // Item: spread = √(1 + π × 0.5 / 8) = 1.093778; contrast = −0.25 / 1.093778 = −0.228566; p = 0.443106;
    // success = 0.582330; slope = 0.185072; information = 0.140825;
    // variance = 1 / (1/0.5 + 0.140825) = 0.467110; difficulty = 0.75 + 0.467110 × 0.443106 = 0.956979.
    const estimates = new Map([['movement', skill(0.5, 0.9, 2, at(-10).toISOString())]]);
    const update = updateOnAnswer(estimates, { itemSkills: ['movement'], item: item(0.75, 0.25, 0.5, 3), score: 0, at: at(0) }, NO_PREREQUISITES, params);
    const movement = update.skills.get('movement');
    expect(movement?.mean).toBeCloseTo(0.108252, 6);
    expect(movement?.variance).toBeCloseTo(0.875929, 6);
    expect(movement).toMatchObject({ evidence: 3, updatedAt: at(0).toISOString() });
    expect(update.item.difficulty).toBeCloseTo(0.956979, 6);
    expect(update.item.variance).toBeCloseTo(0.46711, 6);
    expect(update.item).toMatchObject({ guess: 0.25, responses: 4 });
  });

  it('a wrong answer shared with a weak prerequisite, and a right answer crediting it', () => {
    // Movement at the prior: mastery probability Φ((0 − 1.2) / 1.5) = Φ(−0.8) = 0.211855.
    // Wrong: blame = 1 × 0.6 × (1 − 0.211855) = 0.472887; chronograph keeps weight 1 − 0.472887 = 0.527113.
    // Both start at N(0, 2.25) with p = 0.5, gradient −0.5, information 0.25:
    //   chronograph: variance = 1 / (4/9 + 0.527113² × 0.25) = 1.945879; mean = −1.945879 × 0.527113 × 0.5 = −0.512849.
    //   movement:    variance = 1 / (4/9 + 0.472887² × 0.25) = 1.998601; mean = −1.998601 × 0.472887 × 0.5 = −0.472556.
    const wrong = updateOnAnswer(new Map(), { itemSkills: ['chronograph'], item: item(0), score: 0, at: at(0) }, CHRONOGRAPH_NEEDS_MOVEMENT, params);
    expect(wrong.skills.get('chronograph')?.mean).toBeCloseTo(-0.512849, 5);
    expect(wrong.skills.get('chronograph')?.variance).toBeCloseTo(1.945879, 5);
    expect(wrong.skills.get('movement')?.mean).toBeCloseTo(-0.472556, 5);
    expect(wrong.skills.get('movement')?.variance).toBeCloseTo(1.998601, 5);
    // Right: chronograph as in the first golden (0.72, 1.44); movement takes weight 0.35:
    //   variance = 1 / (4/9 + 0.35² × 0.25) = 1 / 0.475069 = 2.104955; mean = 2.104955 × 0.35 × 0.5 = 0.368367.
    const right = updateOnAnswer(new Map(), { itemSkills: ['chronograph'], item: item(0), score: 1, at: at(0) }, CHRONOGRAPH_NEEDS_MOVEMENT, params);
    expect(right.skills.get('chronograph')?.mean).toBeCloseTo(0.72, 12);
    expect(right.skills.get('movement')?.mean).toBeCloseTo(0.368367, 6);
    expect(right.skills.get('movement')?.variance).toBeCloseTo(2.104955, 6);
  });

  it('an item measuring two skills weighs them equally', () => {
    // Combined ability N(0, (2.25 + 2.25) / 4 = 1.125), contrast 0, each skill weight 1/2:
    // variance = 1 / (4/9 + 0.25 × 0.25) = 1 / 0.506944 = 1.972603; mean = 1.972603 × 0.5 × 0.5 = 0.493151.
    const update = updateOnAnswer(new Map(), { itemSkills: ['movement', 'leather'], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params);
    for (const code of ['movement', 'leather']) {
      expect(update.skills.get(code)?.mean).toBeCloseTo(0.493151, 6);
      expect(update.skills.get(code)?.variance).toBeCloseTo(1.972603, 6);
    }
  });
});

describe('learner model: what an update may and may not do', () => {
  const answerArb = fc.record({ estimates: estimatesArb, prerequisites: prerequisitesArb, itemSkills: itemSkillsArb, item: itemArb });

  it('a right answer never lowers a moved skill, a wrong one never raises it', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom(0, 1), ({ estimates, prerequisites, itemSkills, item }, score) => {
        const update = updateOnAnswer(estimates, { itemSkills, item, score, at: at(0) }, prerequisites, params);
        for (const code of itemSkills) expect(update.skills.has(code)).toBe(true);
        for (const [code, after] of update.skills) {
          if (score === 1) expect(after.mean).toBeGreaterThanOrEqual(before(estimates, code).mean);
          else expect(after.mean).toBeLessThanOrEqual(before(estimates, code).mean);
        }
        // The item moves the other way: easier after a right answer, harder after a wrong one.
        if (score === 1) expect(update.item.difficulty).toBeLessThanOrEqual(item.difficulty);
        else expect(update.item.difficulty).toBeGreaterThanOrEqual(item.difficulty);
      }),
    );
  });

  it('variance never grows through an update and shrinks for the skills it measures; the item keeps its floor', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom(0, 0.5, 1), ({ estimates, prerequisites, itemSkills, item }, score) => {
        const update = updateOnAnswer(estimates, { itemSkills, item, score, at: at(0) }, prerequisites, params);
        for (const [code, after] of update.skills) {
          // Strictly for the item's skills; a prerequisite blamed with a vanishing share (one mastered with
          // probability 0.9999997, found by fast-check) may keep its variance to the last bit.
          if (itemSkills.includes(code)) expect(after.variance).toBeLessThan(before(estimates, code).variance);
          else expect(after.variance).toBeLessThanOrEqual(before(estimates, code).variance);
          expect(after.evidence).toBeGreaterThan(before(estimates, code).evidence);
          expect(after.updatedAt).toBe(at(0).toISOString());
        }
        expect(update.item.variance).toBeLessThanOrEqual(Math.max(item.variance, params.itemVarianceFloor));
        expect(update.item.variance).toBeGreaterThanOrEqual(params.itemVarianceFloor);
        expect(update.item.responses).toBe(item.responses + 1);
      }),
      {
        // Found by fast-check: a prerequisite blamed with next to no information, whose variance 1 / (1 / v) rounded a
        // last bit above v.
        examples: [
          [
            {
              estimates: new Map([['leather', { mean: 2.307906464531943, variance: 0.05000000000000012, evidence: 0, updatedAt: null }]]),
              prerequisites: new Map([['movement', ['leather']]]),
              itemSkills: ['movement', 'chronograph'],
              item: { difficulty: 0, variance: 0.05, guess: 0.25, responses: 0 },
            },
            0,
          ],
        ],
      },
    );
  });

  it('only the item skills and their direct prerequisites move', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom(0, 0.5, 1), ({ estimates, prerequisites, itemSkills, item }, score) => {
        const update = updateOnAnswer(estimates, { itemSkills, item, score, at: at(0) }, prerequisites, params);
        const reachable = new Set([...itemSkills, ...itemSkills.flatMap((code) => prerequisites.get(code) ?? [])]);
        for (const code of update.skills.keys()) expect(reachable.has(code)).toBe(true);
      }),
    );
  });

  it('more evidence, smaller variance: each answer on a skill narrows it further', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ item: itemArb, score: fc.constantFrom(0, 0.5, 1) }), { minLength: 1, maxLength: 25 }), (answers) => {
        let estimates = new Map<string, SkillEstimate>();
        let previous = priorSkill(params);
        for (const answer of answers) {
          estimates = replay(estimates, [{ skills: ['movement'], item: answer.item, score: answer.score, day: 0 }], NO_PREREQUISITES);
          const current = estimates.get('movement') as SkillEstimate;
          expect(current.variance).toBeLessThan(previous.variance);
          expect(current.evidence).toBe(previous.evidence + 1);
          previous = current;
        }
      }),
    );
  });

  it('unknown skills start from the prior', () => {
    const evidence = { itemSkills: ['movement'], item: item(0.4, 0.25), score: 1, at: at(0) };
    expect(updateOnAnswer(new Map(), evidence, NO_PREREQUISITES, params)).toEqual(updateOnAnswer(new Map([['movement', priorSkill(params)]]), evidence, NO_PREREQUISITES, params));
  });

  it('an update starts from the belief as of the answer: time away has widened it', () => {
    const stale = new Map([['movement', skill(1, 0.4, 6, at(-30).toISOString())]]);
    const refreshed = new Map([['movement', { ...skillAt(skill(1, 0.4, 6, at(-30).toISOString()), at(0), params), updatedAt: at(0).toISOString() }]]);
    const evidence = { itemSkills: ['movement'], item: item(0.4, 0.25), score: 0, at: at(0) };
    expect(updateOnAnswer(stale, evidence, NO_PREREQUISITES, params)).toEqual(updateOnAnswer(refreshed, evidence, NO_PREREQUISITES, params));
    // 30 days × 0.01 = 0.3 more variance: the same wrong answer moves the stale belief further.
    const fresh = new Map([['movement', skill(1, 0.4, 6, at(0).toISOString())]]);
    const fromStale = updateOnAnswer(stale, evidence, NO_PREREQUISITES, params).skills.get('movement') as SkillEstimate;
    const fromFresh = updateOnAnswer(fresh, evidence, NO_PREREQUISITES, params).skills.get('movement') as SkillEstimate;
    expect(fromStale.mean).toBeLessThan(fromFresh.mean);
  });

  it('a score outside 0..1 is refused with a RangeError', () => {
    for (const score of [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => updateOnAnswer(new Map(), { itemSkills: ['movement'], item: item(0), score, at: at(0) }, NO_PREREQUISITES, params)).toThrow(RangeError);
    }
    expect(() => updateOnAnswer(new Map(), { itemSkills: [], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params)).toThrow(RangeError);
  });

  it('updates do not mutate their inputs', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom(0, 0.5, 1), ({ estimates, prerequisites, itemSkills, item }, score) => {
        const snapshot = JSON.stringify({ estimates: [...estimates], prerequisites: [...prerequisites], itemSkills, item });
        const frozen = new Map([...estimates].map(([code, estimate]) => [code, Object.freeze({ ...estimate })]));
        updateOnAnswer(frozen, Object.freeze({ itemSkills: Object.freeze([...itemSkills]), item: Object.freeze({ ...item }), score, at: at(0) }), prerequisites, params);
        updateOnAnswer(estimates, { itemSkills, item, score, at: at(0) }, prerequisites, params);
        expect(JSON.stringify({ estimates: [...estimates], prerequisites: [...prerequisites], itemSkills, item })).toBe(snapshot);
      }),
    );
  });

  it('a skill listed twice on an item counts once', () => {
    const once = updateOnAnswer(new Map(), { itemSkills: ['movement'], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params);
    const twice = updateOnAnswer(new Map(), { itemSkills: ['movement', 'movement'], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params);
    expect(twice).toEqual(once);
  });
});

describe('learner model: prerequisite attribution', () => {
  const wrongOnChronograph = (days: number) => Array.from({ length: days }, (_, day) => ({ skills: ['chronograph'], item: item(0, 0.25), score: 0, day }));

  it('repeated wrong answers on a skill whose prerequisite is weak lower the prerequisite, answer after answer', () => {
    let estimates = new Map([['movement', skill(-0.5, 1, 3, at(0).toISOString())]]);
    let previous = estimates.get('movement') as SkillEstimate;
    for (const answer of wrongOnChronograph(5)) {
      estimates = replay(estimates, [answer], CHRONOGRAPH_NEEDS_MOVEMENT);
      const movement = estimates.get('movement') as SkillEstimate;
      expect(movement.mean).toBeLessThan(previous.mean);
      previous = movement;
    }
    expect(previous.evidence).toBe(8);
  });

  it('…and lower the skill itself less than when no weak prerequisite explains them', () => {
    const weak = replay(new Map([['movement', skill(-0.5, 1)]]), wrongOnChronograph(5), CHRONOGRAPH_NEEDS_MOVEMENT);
    const strong = replay(new Map([['movement', skill(3.5, 0.2)]]), wrongOnChronograph(5), CHRONOGRAPH_NEEDS_MOVEMENT);
    const alone = replay(new Map(), wrongOnChronograph(5), NO_PREREQUISITES);
    const chronograph = (estimates: Map<string, SkillEstimate>) => (estimates.get('chronograph') as SkillEstimate).mean;
    expect(chronograph(weak)).toBeGreaterThan(chronograph(alone) + 0.3);
    expect(chronograph(weak)).toBeGreaterThan(chronograph(strong) + 0.3);
    // A mastered prerequisite explains nothing: the skill takes the whole blame, as without a prerequisite.
    expect(chronograph(strong)).toBeCloseTo(chronograph(alone), 3);
    expect((strong.get('movement') as SkillEstimate).mean).toBeCloseTo(3.5, 3);
  });

  it('the blame goes to the weakest direct prerequisite only', () => {
    const prerequisites: PrerequisiteMap = new Map([['chronograph', ['movement', 'complications']]]);
    const estimates = new Map([
      ['movement', skill(0.8, 1)],
      ['complications', skill(-1, 1)],
    ]);
    const update = updateOnAnswer(estimates, { itemSkills: ['chronograph'], item: item(0, 0.25), score: 0, at: at(0) }, prerequisites, params);
    expect([...update.skills.keys()].sort()).toEqual(['chronograph', 'complications']);
    expect(update.skills.get('complications')?.mean).toBeLessThan(-1);
  });

  it('a right answer credits the direct prerequisites, more faintly than the skill, and not theirs', () => {
    const prerequisites: PrerequisiteMap = new Map([
      ['complications', ['chronograph']],
      ['chronograph', ['movement']],
    ]);
    const update = updateOnAnswer(new Map(), { itemSkills: ['complications'], item: item(0.5, 0.25), score: 1, at: at(0) }, prerequisites, params);
    expect([...update.skills.keys()].sort()).toEqual(['chronograph', 'complications']);
    const gained = (code: string) => (update.skills.get(code) as SkillEstimate).mean - params.priorMean;
    expect(gained('chronograph')).toBeGreaterThan(0);
    expect(gained('chronograph')).toBeLessThan(gained('complications'));
    expect(update.skills.get('chronograph')?.evidence).toBe(1);
  });

  it('a prerequisite the item measures itself is moved once, as an item skill', () => {
    const update = updateOnAnswer(new Map(), { itemSkills: ['chronograph', 'movement'], item: item(0), score: 1, at: at(0) }, CHRONOGRAPH_NEEDS_MOVEMENT, params);
    const plain = updateOnAnswer(new Map(), { itemSkills: ['chronograph', 'movement'], item: item(0), score: 1, at: at(0) }, NO_PREREQUISITES, params);
    expect(update).toEqual(plain);
    expect(update.skills.get('movement')?.evidence).toBe(1);
  });
});

describe('learner model: predictions and mastery', () => {
  const beliefArb = fc.record({ mean: meanArb, variance: varianceArb, evidence: fc.constant(1), updatedAt: fc.constant(null) });

  it('predicted success lies between the guessing floor and 1', () => {
    fc.assert(
      fc.property(fc.array(beliefArb, { minLength: 1, maxLength: 3 }), itemArb, (beliefs, measured) => {
        const p = predictSuccess(beliefs, measured);
        expect(p).toBeGreaterThanOrEqual(measured.guess);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('predicted success rises with ability and falls with difficulty', () => {
    const shiftArb = fc.double({ min: 0.01, max: 3, noNaN: true });
    fc.assert(
      fc.property(beliefArb, itemArb, shiftArb, (belief, measured, shift) => {
        const p = predictSuccess([belief], measured);
        expect(predictSuccess([{ ...belief, mean: belief.mean + shift }], measured)).toBeGreaterThan(p);
        expect(predictSuccess([belief], { ...measured, difficulty: measured.difficulty + shift })).toBeLessThan(p);
      }),
    );
  });

  it('uncertainty pulls the prediction towards a coin toss above the floor', () => {
    // Known ability: logistic(2 / √(1 + π × 0.01/8)) = logistic(1.996081) = 0.880; unknown: logistic(2 / √(1 + π × 4/8)) = logistic(1.247381) = 0.777.
    expect(predictSuccess([skill(2, 0.01)], item(0, 0, 0))).toBeCloseTo(0.8804, 4);
    expect(predictSuccess([skill(2, 4)], item(0, 0, 0))).toBeCloseTo(0.7768, 4);
    expect(predictSuccess([skill(0, 1)], item(0, 0.25))).toBeCloseTo(0.625, 12);
  });

  it('mastery probability is a probability, rises with the mean and is one half at the mastery ability', () => {
    fc.assert(
      fc.property(meanArb, varianceArb, fc.double({ min: 0.001, max: 3, noNaN: true }), (mean, variance, shift) => {
        const p = masteryProbability(skill(mean, variance), params);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(masteryProbability(skill(mean + shift, variance), params)).toBeGreaterThanOrEqual(p);
      }),
    );
    expect(masteryProbability(skill(params.masteryAbility, 0.7), params)).toBeCloseTo(0.5, 6);
    // (2.2 − 1.2) / √0.25 = 2: Φ(2) = 0.97725.
    expect(masteryProbability(skill(2.2, 0.25), params)).toBeCloseTo(0.97725, 5);
    expect(isMastered(skill(2.2, 0.25), params)).toBe(true);
    expect(isMastered(skill(2.2, 4), params)).toBe(false);
  });

  it('the mastery line is where the mastery probability reaches the mastered probability (golden)', () => {
    // Φ⁻¹(0.75) = 0.6744898 and Φ⁻¹(0.8) = 0.8416212; the model's normalCdf is good to 1.5e-7, so z is too, about.
    expect(masteryLine(DEFAULT_MODEL_PARAMS)).toEqual({ ability: 1.2, z: expect.closeTo(0.6744898, 6) });
    expect(masteryLine(params).z).toBeCloseTo(0.8416212, 6);
    for (const probability of [0.5, 0.75, 0.8, 0.9]) expect(normalCdf(masteryLine({ ...params, masteredProbability: probability }).z)).toBeCloseTo(probability, 8);
    // 0.67449 lies between Φ⁻¹(0.75) and the 0.6745 a rounded line would use: mastered, just.
    expect(isMastered({ mean: 1.2 + 0.67449 * 0.7, variance: 0.49 })).toBe(true);
    expect(isMastered({ mean: 1.2 + 0.67448 * 0.7, variance: 0.49 })).toBe(false);
  });

  it('a skill is mastered exactly when its mastery probability reaches the mastered probability', () => {
    fc.assert(
      fc.property(meanArb, varianceArb, fc.constantFrom(0.6, 0.75, 0.8, 0.9), (mean, variance, masteredProbability) => {
        const rules = { ...params, masteredProbability };
        const p = masteryProbability(skill(mean, variance), rules);
        fc.pre(Math.abs(p - masteredProbability) > 1e-9);
        expect(isMastered(skill(mean, variance), rules)).toBe(p >= masteredProbability);
      }),
    );
  });

  it('the normal CDF matches known values and is symmetric', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    // Abramowitz–Stegun 7.1.26 is good to 1.5e-7.
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 6)));
  });
});

describe('learner model: time away and priors', () => {
  it('skillAt regains uncertainty with time, never beyond the larger of the prior and the current variance', () => {
    fc.assert(
      fc.property(estimateArb, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (estimate, d1, d2) => {
        const [early, late] = [Math.min(d1, d2), Math.max(d1, d2)];
        const first = skillAt(estimate, at(early), params);
        const second = skillAt(estimate, at(late), params);
        expect(first.variance).toBeGreaterThanOrEqual(estimate.variance);
        expect(second.variance).toBeGreaterThanOrEqual(first.variance);
        expect(second.variance).toBeLessThanOrEqual(Math.max(params.priorVariance, estimate.variance));
        expect({ ...second, variance: 0 }).toEqual({ ...estimate, variance: 0 });
      }),
    );
  });

  it('skillAt: 0.01 a day, capped at the prior; a never-moved belief and the past leave it be', () => {
    const updatedAt = at(0).toISOString();
    expect(skillAt(skill(1, 0.5, 4, updatedAt), at(10), params).variance).toBeCloseTo(0.6, 12);
    expect(skillAt(skill(1, 0.5, 4, updatedAt), at(1000), params).variance).toBe(2.25);
    expect(skillAt(skill(1, 3, 4, updatedAt), at(1000), params).variance).toBe(3);
    expect(skillAt(skill(1, 0.5, 4, updatedAt), at(-5), params).variance).toBe(0.5);
    const never = skill(0, 2.25);
    expect(skillAt(never, at(100), params)).toBe(never);
  });

  it('the prior skill and items from authored difficulty', () => {
    expect(priorSkill(params)).toEqual({ mean: 0, variance: 2.25, evidence: 0, updatedAt: null });
    expect([1, 2, 3, 4, 5].map((level) => priorItem(level).difficulty)).toEqual([-1.5, -0.75, 0, 0.75, 1.5]);
    expect(priorItem(0, -1)).toEqual({ difficulty: -1.5, variance: 0.5, guess: 0, responses: 0 });
    expect(priorItem(9, 0.9)).toEqual({ difficulty: 1.5, variance: 0.5, guess: 0.5, responses: 0 });
    expect(priorItem(3, 0.25).guess).toBe(0.25);
  });

  it('the default parameters keep their shape: a prior that is not mastery, a ceiling on mastery', () => {
    expect(Object.keys(DEFAULT_MODEL_PARAMS).sort()).toEqual(Object.keys(params).sort());
    expect(isMastered(priorSkill(DEFAULT_MODEL_PARAMS), DEFAULT_MODEL_PARAMS)).toBe(false);
    expect(DEFAULT_MODEL_PARAMS.masteredProbability).toBeGreaterThan(0.5);
    expect(DEFAULT_MODEL_PARAMS.masteredProbability).toBeLessThan(1);
    expect(DEFAULT_MODEL_PARAMS.prerequisiteBlame).toBeLessThan(1);
  });
});

describe('learner model: learning from the question itself (optional parameters)', () => {
  it('learningVariance widens the answered skills before the step, up to the prior (golden)', () => {
    // Variance 1.0 + 0.25 = 1.25; contrast 0, information 0.25: variance = 1 / (1/1.25 + 0.25) = 1 / 1.05 = 0.952381,
    // mean = 0.952381 × 0.5 = 0.476190 (without it: 1 / 1.25 = 0.8 and 0.4).
    const estimates = new Map([['movement', skill(0, 1, 3, at(0).toISOString())]]);
    const evidence = { itemSkills: ['movement'], item: item(0), score: 1, at: at(0) };
    const learning = updateOnAnswer(estimates, evidence, NO_PREREQUISITES, { ...params, learningVariance: 0.25 }).skills.get('movement');
    expect(learning?.variance).toBeCloseTo(1 / 1.05, 12);
    expect(learning?.mean).toBeCloseTo(0.5 / 1.05, 12);
    const fixed = updateOnAnswer(estimates, evidence, NO_PREREQUISITES, params).skills.get('movement');
    expect(fixed?.variance).toBeCloseTo(0.8, 12);
    expect(fixed?.mean).toBeCloseTo(0.4, 12);
    expect(updateOnAnswer(estimates, evidence, NO_PREREQUISITES, { ...params, learningVariance: 0 })).toEqual(updateOnAnswer(estimates, evidence, NO_PREREQUISITES, params));
  });

  it('with learningVariance, a skill is never less certain after an answer than the prior or its widened belief', () => {
    fc.assert(
      fc.property(estimateArb, itemArb, fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }), (estimate, measured, score, learningVariance) => {
        const update = updateOnAnswer(new Map([['movement', estimate]]), { itemSkills: ['movement'], item: measured, score, at: at(0) }, NO_PREREQUISITES, { ...params, learningVariance });
        const start = skillAt(estimate, at(0), params).variance;
        expect(update.skills.get('movement')?.variance).toBeLessThan(Math.min(Math.max(params.priorVariance, start), start + learningVariance) + 1e-12);
      }),
    );
  });

  it('learningGain lifts each answered skill by gain / (number of item skills) after the step, and nothing else', () => {
    fc.assert(
      fc.property(estimatesArb, prerequisitesArb, itemSkillsArb, itemArb, fc.constantFrom(0, 0.5, 1), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (estimates, prerequisites, itemSkills, measured, score, learningGain) => {
        const evidence = { itemSkills, item: measured, score, at: at(0) };
        const without = updateOnAnswer(estimates, evidence, prerequisites, params);
        const withGain = updateOnAnswer(estimates, evidence, prerequisites, { ...params, learningGain });
        expect(withGain.item).toEqual(without.item);
        expect([...withGain.skills.keys()].sort()).toEqual([...without.skills.keys()].sort());
        for (const [code, after] of withGain.skills) {
          const base = without.skills.get(code) as SkillEstimate;
          expect(after.mean).toBeCloseTo(base.mean + (itemSkills.includes(code) ? learningGain / itemSkills.length : 0), 12);
          expect(after.variance).toBe(base.variance);
        }
      }),
    );
  });
});

describe('learner model: the guessing floor of a question', () => {
  const options = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `o${i}`, correct: i === 0 }));

  it('one chance in the number of options for a single choice, a half for true/false, none otherwise', () => {
    expect(guessChance({ type: 'SINGLE_CHOICE', options: options(4) })).toBe(0.25);
    expect(guessChance({ type: 'IMAGE_CHOICE', options: options(3) })).toBeCloseTo(1 / 3, 12);
    expect(guessChance({ type: 'SINGLE_CHOICE', options: [] })).toBe(0);
    expect(guessChance({ type: 'TRUE_FALSE', answer: true })).toBe(0.5);
    expect(guessChance({ type: 'MULTIPLE_CHOICE', options: options(4) })).toBe(0);
    expect(guessChance({ type: 'ORDERING', itemIds: ['a', 'b', 'c'] })).toBe(0);
    expect(guessChance({ type: 'MATCHING', pairs: [{ left: 'a', right: 'b' }, { left: 'c', right: 'd' }] })).toBe(0);
    expect(guessChance({ type: 'NUMERIC', value: 42, tolerance: 2, unit: 'h' })).toBe(0);
  });
});
