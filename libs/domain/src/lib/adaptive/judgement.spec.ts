import fc from 'fast-check';
import { emptyMixture, isJudgedKnown, judgedMastery, JUDGED_GAP_LINE, MAKEUPS, mixtureAfterAnswer, mixtureWeight, type JudgedAnswer, type JudgementGraph, type MixtureState } from './judgement';

/** movement → chronograph; founding is the maison's story. */
const GRAPH: JudgementGraph = {
  order: ['movement', 'chronograph', 'founding'],
  prerequisites: new Map([['chronograph', ['movement']]]),
  heritage: new Set(['founding']),
};
const MONDAY = new Date('2026-03-02T09:00:00.000Z');
const daysAfter = (days: number) => new Date(MONDAY.getTime() + days * 86_400_000);
const answer = (skills: string[], correct: boolean, at = MONDAY, guess = 0.25, modelPrediction = 0.5): JudgedAnswer => ({ skills, guess, correct, at, modelPrediction });
const model = (p: number) => () => p;
/** Index of the first make-up: knows little at hire (0.1, maison story 0.03), slip 0.05, learns at 0.2, forgets over 20 days. */
const SLOW_NEWCOMER = 0;

describe('judgement: the make-ups', () => {
  it('32 make-ups: four kinds of hire × slip × learning × forgetting, the first one a careful newcomer slow to learn and quick to forget', () => {
    expect(MAKEUPS).toHaveLength(32);
    expect(new Set(MAKEUPS.map((makeup) => JSON.stringify(makeup))).size).toBe(32);
    expect(MAKEUPS[SLOW_NEWCOMER]).toEqual({ prior: { heritage: 0.03, other: 0.1 }, slip: 0.05, learnRate: 0.2, forgettingDays: 20 });
  });
});

describe('judgement: one answer (golden)', () => {
  const after = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement'], true));

  it('every skill of the graph starts from what each make-up expects of a hire, the maison’s story apart, a dependent only as likely as its prerequisite', () => {
    const untouched = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['founding'], true));
    expect(untouched.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(0.1, 12);
    expect(untouched.beliefs.chronograph[SLOW_NEWCOMER]).toBeCloseTo(0.1 * 0.1, 12);
  });

  it('Bayes on the answer, then the explanation teaches: right with chance 0.1 × 0.95 + 0.9 × 0.25 = 0.32, known 0.296875 after, 0.4375 once taught', () => {
    expect(after.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(0.4375, 12);
    // The skills not asked are not moved.
    expect(after.beliefs.founding[SLOW_NEWCOMER]).toBeCloseTo(0.03, 12);
    expect(after.at).toBe(MONDAY.toISOString());
  });

  it('each make-up is weighed by the chance it gave the answer; the mixture and the model by how they predicted it', () => {
    const chance = (k: number) => {
      const { prior, slip } = MAKEUPS[k];
      return prior.other * (1 - slip) + (1 - prior.other) * 0.25;
    };
    const best = Math.max(...MAKEUPS.map((_, k) => chance(k)));
    MAKEUPS.forEach((_, k) => expect(after.logWeights[k]).toBeCloseTo(Math.log(chance(k) / best), 12));
    const mixture = MAKEUPS.reduce((sum, _, k) => sum + chance(k) / MAKEUPS.length, 0);
    expect(after.logLikelihood.mixture).toBeCloseTo(Math.log(mixture), 12);
    expect(after.logLikelihood.model).toBeCloseTo(Math.log(0.5), 12);
  });

  it('a wrong answer: known only through a slip (0.1 × 0.05 against 0.9 × 0.75), then taught', () => {
    const wrong = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement'], false));
    const posterior = (0.1 * 0.05) / (0.1 * 0.05 + 0.9 * 0.75);
    expect(wrong.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(posterior + (1 - posterior) * 0.2, 12);
  });

  it('a skill cannot be taught before its prerequisite: the explanation teaches it in proportion to the prerequisite known', () => {
    const wrong = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['chronograph'], false, MONDAY, 0.5));
    const p = 0.01;
    const posterior = (p * 0.05) / (p * 0.05 + (1 - p) * 0.5);
    expect(wrong.beliefs.chronograph[SLOW_NEWCOMER]).toBeCloseTo(posterior + (1 - posterior) * 0.2 * 0.1, 12);
  });

  it('an item on two skills: right when both are known (bar a slip) or by a guess, each judged on the beliefs before the answer', () => {
    const both = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement', 'chronograph'], true, MONDAY, 0));
    // With no guessing, a right answer shows both known.
    expect(both.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(1, 12);
    expect(both.beliefs.chronograph[SLOW_NEWCOMER]).toBeCloseTo(1, 12);
  });

  it('the state given is left as it was', () => {
    const before = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement'], true));
    const copy = JSON.parse(JSON.stringify(before));
    mixtureAfterAnswer(before, GRAPH, answer(['movement'], false, daysAfter(3)));
    expect(before).toEqual(copy);
  });
});

describe('judgement: forgetting', () => {
  const first = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement'], true));

  it('a skill fades with each make-up’s time constant until the next answer: e^(−10/20) for the first after ten days', () => {
    const later = mixtureAfterAnswer(first, GRAPH, answer(['founding'], true, daysAfter(10)));
    expect(later.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(0.4375 * Math.exp(-0.5), 12);
    expect(later.at).toBe(daysAfter(10).toISOString());
  });

  it('a skill something believed known is built on is kept alive by it', () => {
    const known = { ...first, beliefs: { ...first.beliefs, chronograph: first.beliefs.chronograph.map(() => 0.9) } };
    const later = mixtureAfterAnswer(known, GRAPH, answer(['founding'], true, daysAfter(10)));
    expect(later.beliefs.movement[SLOW_NEWCOMER]).toBeCloseTo(0.4375, 12);
  });

  it('an answer synced late does not turn the clock back, nor forget anything', () => {
    const later = mixtureAfterAnswer(first, GRAPH, answer(['founding'], true, daysAfter(10)));
    const late = mixtureAfterAnswer(later, GRAPH, answer(['founding'], true, daysAfter(2)));
    expect(late.at).toBe(daysAfter(10).toISOString());
    expect(late.beliefs.movement).toEqual(later.beliefs.movement);
  });
});

describe('judgement: averaged with the model', () => {
  it(`known from ${JUDGED_GAP_LINE} up, the line included; no judgement is not known`, () => {
    expect([isJudgedKnown(0.45), isJudgedKnown(0.449999), isJudgedKnown(1), isJudgedKnown(undefined)]).toEqual([true, false, true, false]);
  });

  it('before any answer the two count alike; a skill the mixture does not trace is judged by the model alone', () => {
    expect(mixtureWeight(emptyMixture())).toBe(0.5);
    expect(judgedMastery(emptyMixture(), model(0.3), ['movement']).get('movement')).toBe(0.3);
  });

  it('w × the mixture’s belief + (1 − w) × the model’s probability, the weights those of the make-ups', () => {
    const state = mixtureAfterAnswer(emptyMixture(), GRAPH, answer(['movement'], true, MONDAY, 0.25, 0.9));
    const weights = state.logWeights.map(Math.exp);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const mixture = state.beliefs.movement.reduce((sum, belief, k) => sum + (weights[k] / total) * belief, 0);
    const w = mixtureWeight(state);
    expect(w).toBeCloseTo(1 / (1 + Math.exp(-(state.logLikelihood.mixture - Math.log(0.9)))), 12);
    expect(judgedMastery(state, model(0.2), ['movement']).get('movement')).toBeCloseTo(w * mixture + (1 - w) * 0.2, 12);
  });

  it('an experienced hire who answers the common skills right is judged to know the rest of them, not the maison’s story', () => {
    const graph: JudgementGraph = { order: ['a', 'b', 'c', 'd', 'e', 'story'], prerequisites: new Map(), heritage: new Set(['story']) };
    // The model predicts the answers no better than chance: the mixture, which weighs each hire, earns the say.
    const state = ['a', 'b', 'c', 'd'].reduce((current, code, i) => mixtureAfterAnswer(current, graph, answer([code], true, daysAfter(i / 24), 0.25, 0.5)), emptyMixture());
    expect(mixtureWeight(state)).toBeGreaterThan(0.5);
    const judged = judgedMastery(state, model(0.2), ['e', 'story']);
    expect(judged.get('e')).toBeGreaterThan(JUDGED_GAP_LINE);
    expect(judged.get('story')).toBeLessThan(JUDGED_GAP_LINE);
  });

  it('the model earns the say where it predicted the answers better', () => {
    const wrongs = [0, 1, 2, 3].reduce((current, i) => mixtureAfterAnswer(current, GRAPH, answer(['movement'], true, daysAfter(i), 0.25, 0.999)), emptyMixture());
    expect(mixtureWeight(wrongs)).toBeLessThan(0.5);
  });
});

describe('judgement: properties', () => {
  const answers = fc.array(
    fc.record({
      skills: fc.subarray(GRAPH.order as string[], { minLength: 1, maxLength: 2 }),
      correct: fc.boolean(),
      days: fc.double({ min: -3, max: 60, noNaN: true }),
      guess: fc.constantFrom(0, 0.25, 0.5),
      modelPrediction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 30 },
  );
  const replay = (steps: Array<{ skills: string[]; correct: boolean; days: number; guess: number; modelPrediction: number }>): MixtureState => {
    let clock = MONDAY.getTime();
    return steps.reduce((state, step) => {
      clock += step.days * 86_400_000;
      return mixtureAfterAnswer(state, GRAPH, { skills: step.skills, correct: step.correct, guess: step.guess, modelPrediction: step.modelPrediction, at: new Date(clock) });
    }, emptyMixture());
  };

  it('beliefs and judgements stay probabilities; weights and log-likelihoods stay finite, the largest weight 1', () => {
    fc.assert(
      fc.property(answers, fc.double({ min: 0, max: 1, noNaN: true }), (steps, p) => {
        const state = replay(steps);
        for (const beliefs of Object.values(state.beliefs)) for (const belief of beliefs) expect(belief >= 0 && belief <= 1).toBe(true);
        expect(Math.max(...state.logWeights)).toBe(0);
        for (const logWeight of state.logWeights) expect(Number.isFinite(logWeight)).toBe(true);
        expect(state.logLikelihood.mixture <= 0 && Number.isFinite(state.logLikelihood.mixture)).toBe(true);
        expect(state.logLikelihood.model <= 0 && Number.isFinite(state.logLikelihood.model)).toBe(true);
        for (const judged of judgedMastery(state, model(p), GRAPH.order).values()) expect(judged >= 0 && judged <= 1).toBe(true);
      }),
    );
  });

  it('survives being stored as JSON: the same answers after a round trip give the same state', () => {
    fc.assert(
      fc.property(answers, (steps) => {
        const state = replay(steps);
        const next = answer(['chronograph'], true, daysAfter(400));
        expect(mixtureAfterAnswer(JSON.parse(JSON.stringify(state)), GRAPH, next)).toEqual(mixtureAfterAnswer(state, GRAPH, next));
      }),
    );
  });

  it('a right answer never makes a skill answered less likely known under any make-up (a guess is no likelier than knowing)', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...GRAPH.order), (steps, code) => {
        const state = replay(steps);
        const after = mixtureAfterAnswer(state, GRAPH, answer([code], true, new Date(Date.parse(state.at as string))));
        after.beliefs[code].forEach((belief, k) => expect(belief).toBeGreaterThanOrEqual(state.beliefs[code][k] - 1e-12));
      }),
    );
  });
});
