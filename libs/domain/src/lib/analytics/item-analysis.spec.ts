import fc from 'fast-check';
import { analyseItems, compareItemAnalyses, type ItemAnalysis, type ItemAttempt } from './item-analysis';

/** Attempts from a learner × question matrix of scores; `undefined` means the learner did not answer. */
function fromMatrix(questionIds: readonly string[], rows: Readonly<Record<string, ReadonlyArray<number | undefined>>>): ItemAttempt[] {
  return Object.entries(rows).flatMap(([learnerId, scores]) =>
    scores.flatMap((score, index) => (score === undefined ? [] : [{ learnerId, questionId: questionIds[index], score }])),
  );
}

function byQuestion(results: readonly ItemAnalysis[], questionId: string): ItemAnalysis {
  const result = results.find((item) => item.questionId === questionId);
  if (!result) throw new Error(`no result for ${questionId}`);
  return result;
}

describe('analyseItems', () => {
  describe('golden values computed by hand', () => {
    // Five learners, three 0/1 items. Rest score = the learner's total on the two OTHER items.
    //
    //        q1 q2 q3 | rest(q1) rest(q2) rest(q3)
    //   L1    1  1  1 |    2        2        2
    //   L2    1  1  0 |    1        1        2
    //   L3    1  0  1 |    1        2        1
    //   L4    0  1  0 |    1        0        1
    //   L5    0  0  0 |    0        0        0
    //
    // q1: x = 1 1 1 0 0 (mean .6), y = 2 1 1 1 0 (mean 1)
    //     Sxy = .4·1 + .4·0 + .4·0 + (-.6)·0 + (-.6)(-1) = 1;  Sxx = 3·.16 + 2·.36 = 1.2;  Syy = 1 + 1 = 2
    //     r = 1 / √(1.2 · 2) = 1 / √2.4 = 0.645497
    // q2: x = 1 1 0 1 0 (mean .6), y = 2 1 2 0 0 (mean 1)
    //     Sxy = .4·1 + .4·0 + (-.6)·1 + .4·(-1) + (-.6)(-1) = 0  →  r = 0
    // q3: x = 1 0 1 0 0 (mean .4), y = 2 2 1 1 0 (mean 1.2)
    //     Sxy = .6·.8 + (-.4)·.8 + .6·(-.2) + (-.4)(-.2) + (-.4)(-1.2) = .6;  Sxx = 2·.36 + 3·.16 = 1.2
    //     Syy = .64 + .64 + .04 + .04 + 1.44 = 2.8;  r = .6 / √3.36 = 0.327327
    //
    // Upper-lower with 27% of 5 learners → groups of round(1.35) = 1 learner:
    // q1: top L1 (1) − bottom L5 (0) = 1
    // q2: top is a tie at rest 2 between L1 (1) and L3 (0) → .5; bottom a tie at 0 between L4 (1) and L5 (0) → .5; 0
    // q3: top is a tie at rest 2 between L1 (1) and L2 (0) → .5; bottom L5 (0); .5
    const attempts = fromMatrix(['q1', 'q2', 'q3'], {
      L1: [1, 1, 1],
      L2: [1, 1, 0],
      L3: [1, 0, 1],
      L4: [0, 1, 0],
      L5: [0, 0, 0],
    });
    const results = analyseItems(attempts, { minResponses: 5 });

    it('gives difficulty as the proportion correct', () => {
      expect(results.map((item) => [item.questionId, item.attempts, item.learners, item.difficulty])).toEqual([
        ['q1', 5, 5, 0.6],
        ['q2', 5, 5, 0.6],
        ['q3', 5, 5, 0.4],
      ]);
    });

    it('gives the corrected item-total (point-biserial) correlation', () => {
      expect(byQuestion(results, 'q1').discrimination).toBeCloseTo(1 / Math.sqrt(2.4), 10);
      expect(byQuestion(results, 'q2').discrimination).toBe(0);
      expect(byQuestion(results, 'q3').discrimination).toBeCloseTo(0.6 / Math.sqrt(3.36), 10);
    });

    it('gives the upper-lower index, sharing places among learners tied at the boundary', () => {
      expect(results.map((item) => item.upperLowerIndex)).toEqual([1, 0, 0.5]);
    });

    it('flags the item that does not discriminate', () => {
      expect(results.map((item) => item.flags)).toEqual([[], ['LOW_DISCRIMINATION'], []]);
    });

    it('lets the caller override a threshold', () => {
      expect(analyseItems(attempts, { minResponses: 5, lowDiscrimination: 0.5 }).map((item) => item.flags)).toEqual([
        [],
        ['LOW_DISCRIMINATION'],
        ['LOW_DISCRIMINATION'],
      ]);
    });
  });

  it('handles partial credit as a continuous item score', () => {
    // Two items, so q1's rest score is the q2 score.
    // x = .5 1 0 .5 (mean .5), y = 1 1 0 0 (mean .5)
    // Sxy = 0·.5 + .5·.5 + (-.5)(-.5) + 0·(-.5) = .5;  Sxx = .25 + .25 = .5;  Syy = 4·.25 = 1;  r = .5 / √.5 = 0.707107
    const attempts = fromMatrix(['q1', 'q2'], { L1: [0.5, 1], L2: [1, 1], L3: [0, 0], L4: [0.5, 0] });
    const q1 = byQuestion(analyseItems(attempts, { minResponses: 4 }), 'q1');
    expect(q1.difficulty).toBe(0.5);
    expect(q1.discrimination).toBeCloseTo(Math.SQRT1_2, 10);
  });

  describe('a perfectly discriminating item and a reversed one', () => {
    // 20 strong learners answer four anchor items right, 20 weak learners answer them wrong.
    const rows: Record<string, number[]> = {};
    for (let i = 0; i < 20; i++) {
      rows[`strong-${i}`] = [1, 1, 1, 1, 1, 0];
      rows[`weak-${i}`] = [0, 0, 0, 0, 0, 1];
    }
    const results = analyseItems(fromMatrix(['a1', 'a2', 'a3', 'a4', 'good', 'reversed'], rows));

    it('gives a discrimination of 1 to the item only strong learners get right', () => {
      const good = byQuestion(results, 'good');
      expect(good.discrimination).toBeCloseTo(1, 10);
      expect(good.upperLowerIndex).toBe(1);
      expect(good.flags).toEqual([]);
    });

    it('gives a negative discrimination and a flag to the item only weak learners get right', () => {
      const reversed = byQuestion(results, 'reversed');
      expect(reversed.discrimination).toBeCloseTo(-1, 10);
      expect(reversed.upperLowerIndex).toBe(-1);
      expect(reversed.flags).toEqual(['NEGATIVE_DISCRIMINATION']);
    });
  });

  describe('edge cases', () => {
    it('returns nothing for no attempts', () => {
      expect(analyseItems([])).toEqual([]);
    });

    it('reports difficulty but no discrimination for a single learner', () => {
      expect(analyseItems([{ learnerId: 'L1', questionId: 'q1', score: 1, chosenOptionIds: ['a'] }])).toEqual([
        {
          questionId: 'q1',
          attempts: 1,
          learners: 1,
          difficulty: 1,
          discrimination: null,
          upperLowerIndex: null,
          choiceDistribution: { a: { count: 1, share: 1 } },
          flags: ['TOO_FEW_RESPONSES'],
        },
      ]);
    });

    it('gives no discrimination when every learner has the same item score, and flags only the difficulty', () => {
      const rows: Record<string, number[]> = {};
      for (let i = 0; i < 25; i++) rows[`L${i}`] = [1, i % 2];
      const q1 = byQuestion(analyseItems(fromMatrix(['q1', 'q2'], rows)), 'q1');
      expect(q1).toMatchObject({ difficulty: 1, discrimination: null, upperLowerIndex: null, flags: ['TOO_EASY'] });
    });

    it('flags an item nearly nobody gets right as too hard', () => {
      const rows: Record<string, number[]> = {};
      for (let i = 0; i < 20; i++) rows[`L${i}`] = [i < 2 ? 1 : 0, i % 2];
      expect(byQuestion(analyseItems(fromMatrix(['q1', 'q2'], rows)), 'q1').flags).toContain('TOO_HARD');
    });

    it('counts a learner who answered only one item with a rest score of 0', () => {
      // q1: x = 1 1 0, rest = 1 0 0 (L3 answered q1 only). Means 2/3 and 1/3.
      // Sxy = ⅓·⅔ + ⅓·(-⅓) + (-⅔)(-⅓) = ⅓;  Sxx = Syy = ⅔;  r = ⅓ / ⅔ = .5
      // q2: the two learners who answered it both have rest 1 (their q1), so the rest score does not vary: null.
      const results = analyseItems(fromMatrix(['q1', 'q2'], { L1: [1, 1], L2: [1, 0], L3: [0, undefined] }), { minResponses: 2 });
      expect(byQuestion(results, 'q1').discrimination).toBeCloseTo(0.5, 10);
      expect(byQuestion(results, 'q2')).toMatchObject({ learners: 2, discrimination: null, upperLowerIndex: null });
    });

    it('averages several attempts of one learner on one question and counts them all', () => {
      const [q1] = analyseItems([
        { learnerId: 'L1', questionId: 'q1', score: 0, chosenOptionIds: ['b'] },
        { learnerId: 'L1', questionId: 'q1', score: 1, chosenOptionIds: ['a'] },
      ]);
      expect(q1).toMatchObject({ attempts: 2, learners: 1, difficulty: 0.5 });
      expect(q1.choiceDistribution).toEqual({ a: { count: 1, share: 0.5 }, b: { count: 1, share: 0.5 } });
    });

    it('rejects scores outside 0..1 and unusable options', () => {
      expect(() => analyseItems([{ learnerId: 'L1', questionId: 'q1', score: 1.5 }])).toThrow(RangeError);
      expect(() => analyseItems([{ learnerId: 'L1', questionId: 'q1', score: Number.NaN }])).toThrow(RangeError);
      expect(() => analyseItems([], { minResponses: 1 })).toThrow(RangeError);
      expect(() => analyseItems([], { upperLowerFraction: 0.6 })).toThrow(RangeError);
      expect(() => analyseItems([], { tooEasy: Number.NaN })).toThrow(RangeError);
    });
  });

  describe('choice distribution', () => {
    const attempts: ItemAttempt[] = [
      { learnerId: 'L1', questionId: 'q1', score: 1, chosenOptionIds: ['a'] },
      { learnerId: 'L2', questionId: 'q1', score: 0, chosenOptionIds: ['b'] },
      { learnerId: 'L3', questionId: 'q1', score: 1, chosenOptionIds: ['a'] },
      { learnerId: 'L4', questionId: 'q1', score: 0, chosenOptionIds: ['c'] },
      { learnerId: 'L1', questionId: 'multi', score: 0.5, chosenOptionIds: ['x', 'y', 'x'] },
      { learnerId: 'L2', questionId: 'multi', score: 1, chosenOptionIds: ['x', 'z'] },
      { learnerId: 'L3', questionId: 'numeric', score: 1 },
    ];
    const results = analyseItems(attempts);

    it('counts each chosen option once per attempt, with shares of all choices', () => {
      expect(byQuestion(results, 'q1').choiceDistribution).toEqual({
        a: { count: 2, share: 0.5 },
        b: { count: 1, share: 0.25 },
        c: { count: 1, share: 0.25 },
      });
      expect(byQuestion(results, 'multi').choiceDistribution).toEqual({
        x: { count: 2, share: 0.5 },
        y: { count: 1, share: 0.25 },
        z: { count: 1, share: 0.25 },
      });
    });

    it('is empty for questions without options', () => {
      expect(byQuestion(results, 'numeric').choiceDistribution).toEqual({});
    });
  });

  describe('properties', () => {
    const learnerPool = ['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'];
    const attemptArb: fc.Arbitrary<ItemAttempt> = fc.record({
      learnerId: fc.constantFrom(...learnerPool),
      questionId: fc.constantFrom('q0', 'q1', 'q2', 'q3'),
      score: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      chosenOptionIds: fc.option(fc.subarray(['a', 'b', 'c', 'd']), { nil: undefined }),
    });
    const attemptsArb = fc.array(attemptArb, { maxLength: 60 });
    // A low minimum so that the correlations are actually computed on these small samples.
    const options = { minResponses: 2 };

    it('keeps every statistic in range', () => {
      fc.assert(
        fc.property(attemptsArb, (attempts) => {
          for (const item of analyseItems(attempts, options)) {
            expect(item.difficulty).toBeGreaterThanOrEqual(0);
            expect(item.difficulty).toBeLessThanOrEqual(1);
            for (const statistic of [item.discrimination, item.upperLowerIndex]) {
              if (statistic !== null) {
                expect(statistic).toBeGreaterThanOrEqual(-1);
                expect(statistic).toBeLessThanOrEqual(1);
              }
            }
          }
        }),
      );
    });

    it('gives choice shares that sum to 1', () => {
      fc.assert(
        fc.property(attemptsArb, (attempts) => {
          for (const item of analyseItems(attempts, options)) {
            const shares = Object.values(item.choiceDistribution).map((choice) => choice.share);
            if (shares.length > 0) expect(shares.reduce((total, share) => total + share, 0)).toBeCloseTo(1, 12);
          }
        }),
      );
    });

    it('does not depend on the order of the attempts', () => {
      fc.assert(
        fc.property(
          attemptsArb.chain((attempts) =>
            fc.tuple(fc.constant(attempts), fc.shuffledSubarray(attempts, { minLength: attempts.length, maxLength: attempts.length })),
          ),
          ([attempts, shuffled]) => {
            expect(analyseItems(shuffled, options)).toEqual(analyseItems(attempts, options));
          },
        ),
      );
    });

    it('does not depend on the learner ids', () => {
      const newNames = ['zoé', 'amir', 'mei', 'bruno', 'ines', 'kenji', 'lucia', 'omar'];
      fc.assert(
        fc.property(attemptsArb, fc.shuffledSubarray(newNames, { minLength: newNames.length, maxLength: newNames.length }), (attempts, names) => {
          const renamed = attempts.map((attempt) => ({ ...attempt, learnerId: names[learnerPool.indexOf(attempt.learnerId)] }));
          expect(analyseItems(renamed, options)).toEqual(analyseItems(attempts, options));
        }),
      );
    });
  });
});

describe('compareItemAnalyses', () => {
  const item = (questionId: string, discrimination: number | null, flags: ItemAnalysis['flags'] = []): ItemAnalysis => ({
    questionId,
    attempts: 30,
    learners: 30,
    difficulty: 0.5,
    discrimination,
    upperLowerIndex: discrimination,
    choiceDistribution: {},
    flags,
  });
  const rows = [item('q1', 0.4), item('q2', null, ['TOO_FEW_RESPONSES']), item('q3', -0.1, ['NEGATIVE_DISCRIMINATION']), item('q4', 0.4)];
  const order = (key: Parameters<typeof compareItemAnalyses>[2], direction: 'asc' | 'desc') =>
    [...rows].sort((a, b) => compareItemAnalyses(a, b, key, direction)).map((row) => row.questionId);

  it('sorts by a statistic in either direction, nulls last, ties by question id', () => {
    expect(order('discrimination', 'asc')).toEqual(['q3', 'q1', 'q4', 'q2']);
    expect(order('discrimination', 'desc')).toEqual(['q1', 'q4', 'q3', 'q2']);
  });

  it('sorts by question id and by number of flags', () => {
    expect(order('questionId', 'desc')).toEqual(['q4', 'q3', 'q2', 'q1']);
    expect(order('flags', 'desc')).toEqual(['q2', 'q3', 'q1', 'q4']);
  });
});
