import fc from 'fast-check';
import { MODULE_KINDS } from '../curriculum/program-package';
import { DEFAULT_XP_RULES, maxXpPerAnswer, xpForAnswer, xpForChallengeCompletion, xpForLedgerEntry, xpForModuleCompletion, type Difficulty, type LedgerAttempt, type PreviousAttempt, type XpAnswerInput } from './xp';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0 + ms);
const attempt = (ms: number, score: number): PreviousAttempt => ({ answeredAt: at(ms), score, correct: score === 1 });
const answer = (input: Partial<XpAnswerInput> & { ms?: number }): XpAnswerInput => {
  const { ms = 0, ...rest } = input;
  const score = rest.score ?? 1;
  return { difficulty: 3, score, correct: score === 1, previousAttempts: [], answeredAt: at(ms), ...rest };
};

describe('xp for an answer: golden examples', () => {
  it('a first correct answer earns the base of its difficulty and the first-try mastery bonus', () => {
    const amounts = ([1, 2, 3, 4, 5] as Difficulty[]).map((difficulty) => xpForAnswer(answer({ difficulty })).amount);
    expect(amounts).toEqual([15, 17, 20, 23, 27]);
    expect(xpForAnswer(answer({ difficulty: 4 }))).toEqual({ amount: 23, reasons: [{ code: 'ANSWER', amount: 18 }, { code: 'FIRST_TRY_MASTERY', amount: 5 }] });
  });

  it('partial credit earns the base scaled by the score, rounded, and no mastery bonus', () => {
    expect(xpForAnswer(answer({ difficulty: 3, score: 2 / 3 }))).toEqual({ amount: 10, reasons: [{ code: 'ANSWER', amount: 10 }] });
    expect(xpForAnswer(answer({ difficulty: 5, score: 1 / 3 })).amount).toBe(7);
  });

  it('a wrong answer earns nothing, and never costs anything', () => {
    expect(xpForAnswer(answer({ score: 0 }))).toEqual({ amount: 0, reasons: [{ code: 'NO_CREDIT', amount: 0 }] });
  });

  it('wrong first, then right: the answer earns its base but not the first-try bonus', () => {
    const result = xpForAnswer(answer({ ms: 10 * 60 * 1000, previousAttempts: [attempt(0, 0)] }));
    expect(result).toEqual({ amount: 15, reasons: [{ code: 'ANSWER', amount: 15 }] });
  });

  it('an item already answered correctly earns nothing again the same day', () => {
    const result = xpForAnswer(answer({ ms: 5 * HOUR, previousAttempts: [attempt(0, 1)] }));
    expect(result).toEqual({ amount: 0, reasons: [{ code: 'REVIEW_NOT_DUE', amount: 0 }] });
  });

  it('a spaced review (last correct answer at least 2 days ago) earns half the base', () => {
    expect(xpForAnswer(answer({ ms: 2 * DAY, previousAttempts: [attempt(0, 1)] }))).toEqual({ amount: 8, reasons: [{ code: 'SPACED_REVIEW', amount: 8 }] });
    expect(xpForAnswer(answer({ ms: 2 * DAY - 1, previousAttempts: [attempt(0, 1)] })).amount).toBe(0);
    expect(xpForAnswer(answer({ ms: 9 * DAY, difficulty: 5, score: 0.5, previousAttempts: [attempt(0, 1)] })).amount).toBe(6);
  });

  it('reviews are spaced from the last correct answer: daily drilling earns nothing after the first day', () => {
    const history = [attempt(0, 1), attempt(2 * DAY, 1)];
    expect(xpForAnswer(answer({ ms: 3 * DAY, previousAttempts: history })).amount).toBe(0);
    expect(xpForAnswer(answer({ ms: 4 * DAY, previousAttempts: history })).amount).toBe(8);
    const daily = [0, 1, 2, 3, 4].map((day) => attempt(day * DAY, 1));
    expect(xpForAnswer(answer({ ms: 5 * DAY, previousAttempts: daily })).amount).toBe(0);
  });

  it('a partial answer cannot be farmed: the item pays once, then waits for the spacing', () => {
    expect(xpForAnswer(answer({ ms: HOUR, score: 0.5, previousAttempts: [attempt(0, 0.5)] }))).toEqual({ amount: 0, reasons: [{ code: 'ALREADY_REWARDED', amount: 0 }] });
    // Partial, then right an hour later: already rewarded today. That right answer still counts as the item's last
    // correct answer, so the next XP is a review, two days after it.
    const history = [attempt(0, 0.5), attempt(HOUR, 1)];
    expect(xpForAnswer(answer({ ms: HOUR, score: 1, previousAttempts: [attempt(0, 0.5)] })).amount).toBe(0);
    expect(xpForAnswer(answer({ ms: 2 * DAY, previousAttempts: history })).amount).toBe(0);
    expect(xpForAnswer(answer({ ms: 2 * DAY + HOUR, previousAttempts: history })).reasons).toEqual([{ code: 'SPACED_REVIEW', amount: 8 }]);
  });

  it('a partial answer two days later, never yet correct, earns again as a new answer', () => {
    expect(xpForAnswer(answer({ ms: 2 * DAY, score: 1, previousAttempts: [attempt(0, 0.5)] }))).toEqual({ amount: 15, reasons: [{ code: 'ANSWER', amount: 15 }] });
  });

  it('a failed review does not block the next honest review', () => {
    const history = [attempt(0, 1), attempt(3 * DAY, 0)];
    expect(xpForAnswer(answer({ ms: 3 * DAY + HOUR, previousAttempts: history })).reasons).toEqual([{ code: 'SPACED_REVIEW', amount: 8 }]);
  });

  it('the history may come in any order, and attempts after this one are ignored (an award can be recomputed)', () => {
    const history = [attempt(2 * DAY, 1), attempt(0, 0), attempt(HOUR, 1), attempt(9 * DAY, 1)];
    expect(xpForAnswer(answer({ ms: 4 * DAY, previousAttempts: history }))).toEqual({ amount: 8, reasons: [{ code: 'SPACED_REVIEW', amount: 8 }] });
  });

  it('honours custom rules', () => {
    const rules = { ...DEFAULT_XP_RULES, reviewSpacingDays: 7, reviewShare: 1, firstTryBonus: 0 };
    expect(xpForAnswer(answer({}), rules).amount).toBe(15);
    expect(xpForAnswer(answer({ ms: 6 * DAY, previousAttempts: [attempt(0, 1)] }), rules).amount).toBe(0);
    expect(xpForAnswer(answer({ ms: 7 * DAY, previousAttempts: [attempt(0, 1)] }), rules).amount).toBe(15);
  });

  it('refuses input that is not a scored answer', () => {
    expect(() => xpForAnswer(answer({ difficulty: 6 as Difficulty }))).toThrow(RangeError);
    expect(() => xpForAnswer(answer({ score: 1.5 }))).toThrow(RangeError);
    expect(() => xpForAnswer(answer({ score: Number.NaN }))).toThrow(RangeError);
    expect(() => xpForAnswer(answer({ answeredAt: new Date(Number.NaN) }))).toThrow(RangeError);
    expect(() => xpForAnswer(answer({ previousAttempts: [attempt(0, -1)] }))).toThrow(RangeError);
  });

  it('the most one answer can earn is the hardest base plus the bonus', () => {
    expect(maxXpPerAnswer()).toBe(27);
  });
});

describe('xp for completions', () => {
  it('a module earns a small fixed bonus by kind', () => {
    expect(MODULE_KINDS.map((kind) => xpForModuleCompletion(kind).amount)).toEqual([20, 25, 30, 30, 40]);
    expect(xpForModuleCompletion('ROLEPLAY')).toEqual({ amount: 40, reasons: [{ code: 'MODULE_COMPLETED', amount: 40 }] });
  });

  it('a challenge earns a fixed bonus, a perfect one a little more', () => {
    expect(xpForChallengeCompletion({ perfect: false })).toEqual({ amount: 15, reasons: [{ code: 'CHALLENGE_COMPLETED', amount: 15 }] });
    expect(xpForChallengeCompletion({ perfect: true })).toEqual({
      amount: 25,
      reasons: [
        { code: 'CHALLENGE_COMPLETED', amount: 15 },
        { code: 'PERFECT_CHALLENGE', amount: 10 },
      ],
    });
  });
});

describe('xp properties', () => {
  const scoreArb = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
  const attemptArb = fc.record({ ms: fc.integer({ min: 0, max: 12 * DAY }), score: scoreArb }).map(({ ms, score }) => attempt(ms, score));
  const historyArb = fc.array(attemptArb, { maxLength: 12 });
  const difficultyArb = fc.constantFrom<Difficulty>(1, 2, 3, 4, 5);
  const inputArb = fc.record({ difficulty: difficultyArb, score: scoreArb, ms: fc.integer({ min: 0, max: 14 * DAY }), history: historyArb });

  it('XP is a whole number, never negative, never more than the most per answer, and the reasons add up', () => {
    fc.assert(
      fc.property(inputArb, ({ difficulty, score, ms, history }) => {
        const { amount, reasons } = xpForAnswer(answer({ difficulty, score, ms, previousAttempts: history }));
        expect(Number.isInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
        expect(amount).toBeLessThanOrEqual(maxXpPerAnswer());
        expect(reasons.reduce((sum, reason) => sum + reason.amount, 0)).toBe(amount);
      }),
    );
  });

  it('a wrong answer always earns 0', () => {
    fc.assert(fc.property(inputArb, ({ difficulty, ms, history }) => expect(xpForAnswer(answer({ difficulty, score: 0, ms, previousAttempts: history })).amount).toBe(0)));
  });

  it('pure: the order of the history does not matter, and recomputing any past award from the whole history gives the XP it earned then', () => {
    const distinctTimes = fc.uniqueArray(fc.record({ ms: fc.integer({ min: 0, max: 12 * DAY }), score: scoreArb }), { maxLength: 12, selector: (entry) => entry.ms });
    fc.assert(
      fc.property(difficultyArb, distinctTimes, (difficulty, entries) => {
        const sorted = entries.map(({ ms, score }) => attempt(ms, score)).sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
        sorted.forEach((current, i) => {
          const atTheTime = xpForAnswer({ difficulty, ...current, previousAttempts: sorted.slice(0, i) });
          const everyOther = sorted.filter((other) => other !== current).reverse();
          expect(xpForAnswer({ difficulty, ...current, previousAttempts: everyOther })).toEqual(atTheTime);
        });
      }),
    );
  });

  it('farming one item N times within a day earns XP at most once, whatever came before', () => {
    fc.assert(
      fc.property(difficultyArb, historyArb, fc.array(fc.record({ ms: fc.integer({ min: 0, max: DAY - 1 }), score: scoreArb }), { minLength: 1, maxLength: 15 }), (difficulty, before, burst) => {
        const start = 13 * DAY;
        const session = burst.map(({ ms, score }) => attempt(start + ms, score)).sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
        const earning = session.filter((current, i) => xpForAnswer({ difficulty, ...current, previousAttempts: [...before, ...session.slice(0, i)] }).amount > 0);
        expect(earning.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('xp in the ledger: answers reaching it out of the order they were given', () => {
  const given = (ms: number, score: number, paid: number | null = null): LedgerAttempt => ({ ...attempt(ms, score), difficulty: 3, paid });

  it('an item answered right on two devices is paid once: the earlier answer, arriving second, gets what the later one was paid taken back', () => {
    // The tablet's 10:00 answer reached the ledger first and was paid as a first try; the phone's 09:00 one syncs now.
    const entry = xpForLedgerEntry(given(0, 1), [given(HOUR, 1, 20)]);
    expect(entry).toEqual({ amount: 0, reasons: [{ code: 'ANSWER', amount: 15 }, { code: 'FIRST_TRY_MASTERY', amount: 5 }, { code: 'PAID_TO_ANOTHER_ANSWER', amount: -20 }] });
  });

  it('an excess the late answer cannot carry (it earned nothing itself) is taken from the item’s next entry', () => {
    // A wrong answer at 09:00 arrives after the 10:00 one was paid its first-try bonus: 5 too many, and nothing to take them from.
    const late = xpForLedgerEntry(given(0, 0), [given(HOUR, 1, 20)]);
    expect(late.amount).toBe(0);
    // Three days on, a spaced review earns 8, less the 5.
    expect(xpForLedgerEntry(given(3 * DAY, 1), [given(0, 0, 0), given(HOUR, 1, 20)]).amount).toBe(3);
  });

  const answersArb = fc
    .uniqueArray(fc.record({ ms: fc.integer({ min: 0, max: 12 * DAY }), score: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), difficulty: fc.constantFrom<Difficulty>(1, 2, 3, 4, 5) }), { minLength: 1, maxLength: 8, selector: (entry) => entry.ms })
    .chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries.map((_, i) => i), { minLength: entries.length, maxLength: entries.length })));

  /** Each answer's entry as it reaches the ledger, in `arrival` order, with the ones before it paid. */
  function ledger(entries: ReadonlyArray<{ ms: number; score: number; difficulty: Difficulty }>, arrival: readonly number[]): number[] {
    const paid: LedgerAttempt[] = [];
    return arrival.map((i) => {
      const { ms, score, difficulty } = entries[i];
      const answer = { ...attempt(ms, score), difficulty };
      const { amount } = xpForLedgerEntry(answer, paid);
      paid.push({ ...answer, paid: amount });
      return amount;
    });
  }
  const timeOrderTotal = (entries: ReadonlyArray<{ ms: number; score: number; difficulty: Difficulty }>) =>
    entries.reduce((sum, current) => sum + xpForAnswer({ ...attempt(current.ms, current.score), difficulty: current.difficulty, previousAttempts: entries.filter((other) => other !== current).map((other) => attempt(other.ms, other.score)) }).amount, 0);

  it('in the order given, each entry is exactly xpForAnswer', () => {
    fc.assert(
      fc.property(answersArb, ([entries]) => {
        const inOrder = entries.map((_, i) => i).sort((a, b) => entries[a].ms - entries[b].ms);
        const amounts = ledger(entries, inOrder);
        inOrder.forEach((i, k) => {
          const previous = inOrder.slice(0, k).map((j) => attempt(entries[j].ms, entries[j].score));
          expect(amounts[k]).toBe(xpForAnswer({ ...attempt(entries[i].ms, entries[i].score), difficulty: entries[i].difficulty, previousAttempts: previous }).amount);
        });
      }),
    );
  });

  it('in any order, each entry is ≥ 0 and leaves the item paid exactly what time order gives its answers so far, or is 0 with the item paid more', () => {
    fc.assert(
      fc.property(answersArb, ([entries, arrival]) => {
        const amounts = ledger(entries, arrival);
        arrival.forEach((_, k) => {
          const arrived = arrival.slice(0, k + 1).map((i) => entries[i]);
          const paidSoFar = amounts.slice(0, k + 1).reduce((sum, amount) => sum + amount, 0);
          expect(amounts[k]).toBeGreaterThanOrEqual(0);
          if (amounts[k] > 0) expect(paidSoFar).toBe(timeOrderTotal(arrived));
          else expect(paidSoFar).toBeGreaterThanOrEqual(timeOrderTotal(arrived));
        });
      }),
    );
  });
});
