import fc from 'fast-check';
import type { KeyedOption, QuestionKey } from './question-key';
import { answerIssues, chosenOptionIds, keyedAnswer, scoreAnswer, type Answer } from './scoring';

const options = (correct: string[], all: string[]): KeyedOption[] => all.map((id) => ({ id, correct: correct.includes(id) }));
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

describe('scoring, type by type', () => {
  it('single and image choice: the keyed option only', () => {
    const key: QuestionKey = { type: 'SINGLE_CHOICE', options: options(['b'], ['a', 'b', 'c']) };
    expect(scoreAnswer(key, { type: 'SINGLE_CHOICE', optionId: 'b' })).toEqual({ score: 1, correct: true });
    expect(scoreAnswer(key, { type: 'SINGLE_CHOICE', optionId: 'a' })).toEqual({ score: 0, correct: false });
    const image: QuestionKey = { type: 'IMAGE_CHOICE', options: options(['x'], ['x', 'y']) };
    expect(scoreAnswer(image, { type: 'IMAGE_CHOICE', optionId: 'x' }).correct).toBe(true);
  });

  it('multiple choice: right minus wrong over the correct options, never below zero', () => {
    const key: QuestionKey = { type: 'MULTIPLE_CHOICE', options: options(['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']) };
    const score = (optionIds: string[]) => scoreAnswer(key, { type: 'MULTIPLE_CHOICE', optionIds }).score;
    expect(score(['a', 'b', 'c'])).toBe(1);
    expect(score(['a', 'b'])).toBeCloseTo(2 / 3);
    expect(score(['a', 'b', 'd'])).toBeCloseTo(1 / 3);
    expect(score(['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
    expect(score(['d', 'e'])).toBe(0);
    expect(score([])).toBe(0);
  });

  it('true or false', () => {
    const key: QuestionKey = { type: 'TRUE_FALSE', answer: false };
    expect(scoreAnswer(key, { type: 'TRUE_FALSE', value: false })).toEqual({ score: 1, correct: true });
    expect(scoreAnswer(key, { type: 'TRUE_FALSE', value: true })).toEqual({ score: 0, correct: false });
  });

  it('ordering: exact order is correct, one swap of neighbours keeps most credit, the reverse earns nothing', () => {
    const key: QuestionKey = { type: 'ORDERING', itemIds: ['1837', '1868', '1921', '1969'] };
    const score = (itemIds: string[]) => scoreAnswer(key, { type: 'ORDERING', itemIds });
    expect(score(['1837', '1868', '1921', '1969'])).toEqual({ score: 1, correct: true });
    // 5 of 6 pairs in order: 2 × 5/6 − 1 = 2/3
    expect(score(['1868', '1837', '1921', '1969']).score).toBeCloseTo(2 / 3);
    expect(score(['1969', '1921', '1868', '1837'])).toEqual({ score: 0, correct: false });
  });

  it('matching: the share of pairs matched', () => {
    const key: QuestionKey = { type: 'MATCHING', pairs: [{ left: 'calibre A1', right: 'tourbillon' }, { left: 'calibre B2', right: 'chronograph' }, { left: 'calibre C3', right: 'moon phase' }] };
    const answer: Answer = { type: 'MATCHING', pairs: [{ left: 'calibre A1', right: 'tourbillon' }, { left: 'calibre B2', right: 'moon phase' }, { left: 'calibre C3', right: 'chronograph' }] };
    expect(scoreAnswer(key, answer).score).toBeCloseTo(1 / 3);
  });

  it('numeric: within the tolerance, bounds included', () => {
    const key: QuestionKey = { type: 'NUMERIC', value: 42, tolerance: 2, unit: 'hours' };
    const score = (value: number) => scoreAnswer(key, { type: 'NUMERIC', value }).correct;
    expect([score(40), score(42), score(44), score(44.01), score(39.9)]).toEqual([true, true, true, false, false]);
    expect(scoreAnswer({ type: 'NUMERIC', value: 0.3, tolerance: 0, unit: 'mm' }, { type: 'NUMERIC', value: 0.1 + 0.2 }).correct).toBe(true);
  });
});

describe('the key as an answer', () => {
  it('is a well-shaped answer scored fully right, for every type', () => {
    const keys: QuestionKey[] = [
      { type: 'SINGLE_CHOICE', options: options(['b'], ['a', 'b', 'c']) },
      { type: 'IMAGE_CHOICE', options: options(['x'], ['x', 'y']) },
      { type: 'MULTIPLE_CHOICE', options: options(['a', 'c'], ['a', 'b', 'c']) },
      { type: 'TRUE_FALSE', answer: false },
      { type: 'ORDERING', itemIds: ['1837', '1868', '1921'] },
      { type: 'MATCHING', pairs: [{ left: 'A1', right: 'tourbillon' }, { left: 'B2', right: 'chronograph' }] },
      { type: 'NUMERIC', value: 42, tolerance: 2, unit: 'hours' },
    ];
    for (const key of keys) {
      const answer = keyedAnswer(key);
      expect([key.type, answerIssues(key, answer)]).toEqual([key.type, []]);
      expect([key.type, scoreAnswer(key, answer)]).toEqual([key.type, { score: 1, correct: true }]);
    }
  });
});

describe('answer shape', () => {
  const single: QuestionKey = { type: 'SINGLE_CHOICE', options: options(['a'], ['a', 'b']) };

  it('refuses an answer of another type, unknown ids and repeats, never scoring them as wrong', () => {
    expect(answerIssues(single, { type: 'TRUE_FALSE', value: true })).toEqual([{ field: 'answer', code: 'ANSWER_TYPE_MISMATCH', params: { type: 'SINGLE_CHOICE' }, message: 'expected an answer to a SINGLE_CHOICE question' }]);
    expect(answerIssues(single, { type: 'SINGLE_CHOICE', optionId: 'z' })).toEqual([{ field: 'answer', code: 'ANSWER_OPTION_UNKNOWN', params: { ids: 'z' }, message: 'unknown option z' }]);
    const multiple: QuestionKey = { type: 'MULTIPLE_CHOICE', options: options(['a'], ['a', 'b']) };
    expect(answerIssues(multiple, { type: 'MULTIPLE_CHOICE', optionIds: ['a', 'a'] })).toEqual([{ field: 'answer', code: 'ANSWER_OPTION_TWICE', message: 'an option is chosen twice' }]);
    const ordering: QuestionKey = { type: 'ORDERING', itemIds: ['a', 'b', 'c'] };
    expect(answerIssues(ordering, { type: 'ORDERING', itemIds: ['a', 'b'] })).toEqual([{ field: 'answer', code: 'ANSWER_ORDER_INCOMPLETE', message: 'must order every item exactly once' }]);
    expect(answerIssues(ordering, { type: 'ORDERING', itemIds: ['a', 'b', 'b'] })).toHaveLength(1);
    const matching: QuestionKey = { type: 'MATCHING', pairs: [{ left: 'x', right: '1' }, { left: 'y', right: '2' }] };
    expect(answerIssues(matching, { type: 'MATCHING', pairs: [{ left: 'x', right: '1' }] })).toEqual([{ field: 'answer', code: 'ANSWER_MATCH_INCOMPLETE', message: 'must match every left item exactly once' }]);
    expect(answerIssues(matching, { type: 'MATCHING', pairs: [{ left: 'x', right: '1' }, { left: 'y', right: '9' }] })).toEqual([{ field: 'answer', code: 'ANSWER_RIGHT_UNKNOWN', message: 'matches an unknown right item' }]);
    expect(answerIssues({ type: 'NUMERIC', value: 1, tolerance: 0, unit: 'mm' }, { type: 'NUMERIC', value: Number.NaN })).toHaveLength(1);
  });
});

describe('scoring properties', () => {
  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 8 });

  it('the order options are shown in never changes a score (multiple choice)', () => {
    fc.assert(
      fc.property(ids, fc.nat(), fc.nat(), (optionIds, correctSeed, seed) => {
        const correct = optionIds.filter((_, i) => (correctSeed >> i) & 1 || i === 0);
        const key: QuestionKey = { type: 'MULTIPLE_CHOICE', options: options(correct, optionIds) };
        const chosen = optionIds.filter((_, i) => (seed >> i) & 1);
        const reordered: QuestionKey = { type: 'MULTIPLE_CHOICE', options: shuffled(key.options, seed) };
        const answer: Answer = { type: 'MULTIPLE_CHOICE', optionIds: chosen };
        const shuffledAnswer: Answer = { type: 'MULTIPLE_CHOICE', optionIds: shuffled(chosen, seed + 1) };
        expect(scoreAnswer(reordered, shuffledAnswer)).toEqual(scoreAnswer(key, answer));
      }),
    );
  });

  it('the order matching pairs are given in never changes a score', () => {
    fc.assert(
      fc.property(ids, fc.nat(), (lefts, seed) => {
        const key: QuestionKey = { type: 'MATCHING', pairs: lefts.map((left, i) => ({ left, right: `r${i}` })) };
        const rights = shuffled(lefts.map((_, i) => `r${i}`), seed);
        const answerPairs = lefts.map((left, i) => ({ left, right: rights[i] }));
        expect(scoreAnswer(key, { type: 'MATCHING', pairs: shuffled(answerPairs, seed + 7) })).toEqual(scoreAnswer(key, { type: 'MATCHING', pairs: answerPairs }));
      }),
    );
  });

  it('every score is within 0..1 and full credit is exactly what "correct" means (ordering)', () => {
    fc.assert(
      fc.property(ids, fc.nat(), (itemIds, seed) => {
        const key: QuestionKey = { type: 'ORDERING', itemIds };
        const answer = shuffled(itemIds, seed);
        const { score, correct } = scoreAnswer(key, { type: 'ORDERING', itemIds: answer });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(correct).toBe(answer.every((id, i) => id === itemIds[i]));
      }),
    );
  });

  it('names the options an answer picked, for choice distributions', () => {
    expect(chosenOptionIds({ type: 'SINGLE_CHOICE', optionId: 'b' })).toEqual(['b']);
    expect(chosenOptionIds({ type: 'MULTIPLE_CHOICE', optionIds: ['a', 'c'] })).toEqual(['a', 'c']);
    expect(chosenOptionIds({ type: 'TRUE_FALSE', value: false })).toEqual(['false']);
    expect(chosenOptionIds({ type: 'NUMERIC', value: 60 })).toEqual([]);
  });
});
