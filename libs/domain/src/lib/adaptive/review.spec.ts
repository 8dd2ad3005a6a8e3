import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { DEFAULT_DESIRED_RETENTION, dueReviews, retrievability, reviewAfterAnswer, reviewGrade, type ReviewCard } from './review';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(T0 + days * DAY);
const intervalDays = (card: ReviewCard) => (Date.parse(card.due) - Date.parse(card.lastReview as string)) / DAY;
const RETENTIONS = [0.75, 0.8, 0.85, 0.9, 0.95, 0.97];

/** Replays answers, each `delay` days after the previous one (the first at day 0). */
function history(answers: Array<{ score: number; delay: number }>, retention = 0.9): ReviewCard {
  let card: ReviewCard | null = null;
  let day = 0;
  for (const answer of answers) {
    day += card ? answer.delay : 0;
    card = reviewAfterAnswer(card, answer.score, at(day), retention);
  }
  return card as ReviewCard;
}
/** Right answers, each on the due date the previous one set. */
function onTime(reviews: number, retention: number): ReviewCard {
  let card = reviewAfterAnswer(null, 1, at(0), retention);
  for (let i = 1; i < reviews; i++) card = reviewAfterAnswer(card, 1, new Date(card.due), retention);
  return card;
}
const scoreArb = fc.constantFrom(0, 0.5, 1);
const historyArb = fc.array(fc.record({ score: scoreArb, delay: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 6 });

describe('review: grading an answer', () => {
  it('wrong is Again, partly right is Hard, right is Good', () => {
    expect([0, 0.2, 0.49].map(reviewGrade)).toEqual([Rating.Again, Rating.Again, Rating.Again]);
    expect([0.5, 0.75, 0.99].map(reviewGrade)).toEqual([Rating.Hard, Rating.Hard, Rating.Hard]);
    expect(reviewGrade(1)).toBe(Rating.Good);
  });
});

describe('review: scheduling with FSRS', () => {
  it('a new card after a right answer is due in the future, in days, with the review recorded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: DAY - 1 }), (day, ms) => {
        const when = new Date(T0 + day * DAY + ms);
        const card = reviewAfterAnswer(null, 1, when);
        expect(Date.parse(card.due)).toBeGreaterThan(when.getTime());
        expect(intervalDays(card)).toBe(card.scheduledDays);
        expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
        expect(card).toMatchObject({ reps: 1, lapses: 0, lastReview: when.toISOString() });
      }),
    );
  });

  it('a wrong answer gives a shorter interval than a right one, a partly right one no longer (any history)', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 90 }), (answers, delay) => {
        const card = history(answers);
        const when = new Date(Date.parse(card.lastReview as string) + delay * DAY);
        const wrong = reviewAfterAnswer(card, 0, when);
        const partly = reviewAfterAnswer(card, 0.5, when);
        const right = reviewAfterAnswer(card, 1, when);
        expect(intervalDays(wrong)).toBeLessThan(intervalDays(right));
        expect(intervalDays(partly)).toBeLessThanOrEqual(intervalDays(right));
        expect(wrong.stability).toBeLessThan(right.stability);
      }),
    );
    expect(intervalDays(reviewAfterAnswer(null, 0, at(0), 0.9))).toBeLessThan(intervalDays(reviewAfterAnswer(null, 1, at(0), 0.9)));
  });

  it('a wrong answer on a learned skill counts a lapse', () => {
    const learned = onTime(3, 0.9);
    expect(reviewAfterAnswer(learned, 0, new Date(learned.due), 0.9)).toMatchObject({ lapses: 1, reps: 4 });
    expect(reviewAfterAnswer(learned, 1, new Date(learned.due), 0.9)).toMatchObject({ lapses: 0, reps: 4 });
  });

  it('a higher desired retention gives shorter intervals', () => {
    // The same card (right at day 0, right again on its due date at 0.9), its next right answer scheduled at each retention.
    const card = onTime(2, 0.9);
    const next = RETENTIONS.map((retention) => reviewAfterAnswer(card, 1, new Date(card.due), retention).scheduledDays);
    for (let i = 1; i < next.length; i++) expect(next[i]).toBeLessThan(next[i - 1]);
    fc.assert(
      fc.property(historyArb, fc.subarray(RETENTIONS, { minLength: 2, maxLength: 2 }), scoreArb, (answers, [low, high], score) => {
        const from = history(answers);
        const when = new Date(from.due);
        expect(reviewAfterAnswer(from, score, when, high).scheduledDays).toBeLessThanOrEqual(reviewAfterAnswer(from, score, when, low).scheduledDays);
      }),
    );
  });

  // Measured: advisors answering right on each due date, reviews 2 to 5, retention 0.75–0.97: the largest gap between
  // the recall predicted at the due date and the desired retention is 0.0032 (0.9468 at 0.95, a 6-day interval);
  // whole-day intervals cause it. The first interval is the exception: ts-fsrs keeps Again < Hard < Good, so a first
  // right answer waits at least 3 days whatever the retention (recall 0.881 then at 0.95). Tolerance 0.005.
  it.each(RETENTIONS)('recall at the due date is the desired retention %s, within 0.005', (retention) => {
    for (let reviews = 2; reviews <= 5; reviews++) {
      const card = onTime(reviews, retention);
      expect(Math.abs(retrievability(card, new Date(card.due), retention) - retention)).toBeLessThan(0.005);
    }
  });

  it('recall is 1 right after a review, falls with time, and is 1 for a card never reviewed', () => {
    const card = onTime(3, 0.9);
    const reviewedAt = Date.parse(card.lastReview as string);
    expect(retrievability(card, new Date(reviewedAt), 0.9)).toBeCloseTo(1, 6);
    const recalls = [1, 5, 20, 100].map((days) => retrievability(card, new Date(reviewedAt + days * DAY), 0.9));
    for (let i = 1; i < recalls.length; i++) expect(recalls[i]).toBeLessThan(recalls[i - 1]);
    expect(retrievability({ ...card, lastReview: null }, at(400), 0.9)).toBe(1);
  });

  it('a late answer (older than the last review) leaves the card unchanged', () => {
    fc.assert(
      fc.property(historyArb, scoreArb, fc.integer({ min: 1, max: 30 * DAY }), (answers, score, earlier) => {
        const card = history(answers);
        const late = new Date(Date.parse(card.lastReview as string) - earlier);
        expect(reviewAfterAnswer(card, score, late)).toEqual(card);
      }),
    );
  });

  it('cards survive JSON storage: ISO dates, same schedule after a round trip', () => {
    const card = history([{ score: 1, delay: 0 }, { score: 0, delay: 4 }, { score: 1, delay: 2 }]);
    const stored = JSON.parse(JSON.stringify(card)) as ReviewCard;
    expect(stored).toEqual(card);
    expect(card.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(reviewAfterAnswer(stored, 1, new Date(card.due))).toEqual(reviewAfterAnswer(card, 1, new Date(card.due)));
  });

  it('the default desired retention is 0.90', () => {
    expect(DEFAULT_DESIRED_RETENTION).toBe(0.9);
    const card = onTime(2, 0.9);
    expect(reviewAfterAnswer(card, 1, new Date(card.due))).toEqual(reviewAfterAnswer(card, 1, new Date(card.due), 0.9));
    expect(retrievability(card, at(30))).toBe(retrievability(card, at(30), 0.9));
  });

  it('a desired retention outside (0.7, 1) is refused with a RangeError', () => {
    const card = onTime(2, 0.9);
    for (const retention of [0.7, 0.5, 1, 1.2, 0, Number.NaN]) {
      expect(() => reviewAfterAnswer(null, 1, at(0), retention)).toThrow(RangeError);
      expect(() => retrievability(card, at(30), retention)).toThrow(RangeError);
      expect(() => dueReviews(new Map([['movement', card]]), at(400), retention)).toThrow(RangeError);
    }
  });
});

describe('review: what is due', () => {
  it('only cards due at the instant, least likely remembered first, ties by code', () => {
    const fresh = onTime(1, 0.9); // due at day 3
    const solid = onTime(3, 0.9); // a long interval
    const lapsed = reviewAfterAnswer(onTime(2, 0.9), 0, new Date(onTime(2, 0.9).due), 0.9);
    const when = new Date(Math.max(Date.parse(fresh.due), Date.parse(lapsed.due)) + 5 * DAY);
    expect(Date.parse(solid.due)).toBeGreaterThan(when.getTime());
    const cards = new Map([
      ['solid', solid],
      ['leather', fresh],
      ['heritage', fresh],
      ['lapsed', lapsed],
    ]);
    const recall = (card: ReviewCard) => retrievability(card, when, 0.9);
    const expected = ['leather', 'heritage', 'lapsed'].sort((a, b) => recall(cards.get(a) as ReviewCard) - recall(cards.get(b) as ReviewCard) || a.localeCompare(b));
    expect(dueReviews(cards, when, 0.9)).toEqual(expected);
    expect(expected.indexOf('heritage')).toBeLessThan(expected.indexOf('leather'));
  });

  it('a card is due from its due instant on, not a millisecond before', () => {
    const card = onTime(1, 0.9);
    expect(dueReviews(new Map([['movement', card]]), new Date(Date.parse(card.due) - 1), 0.9)).toEqual([]);
    expect(dueReviews(new Map([['movement', card]]), new Date(card.due), 0.9)).toEqual(['movement']);
  });

  it('the order is by recall whatever the order of the map (property)', () => {
    fc.assert(
      fc.property(fc.array(historyArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 400 }), (histories, day) => {
        const cards = histories.map((answers, i) => [`skill-${i}`, history(answers)] as const);
        const when = at(day);
        const due = dueReviews(new Map(cards), when, 0.9);
        expect(dueReviews(new Map([...cards].reverse()), when, 0.9)).toEqual(due);
        expect([...due].sort()).toEqual(cards.filter(([, card]) => Date.parse(card.due) <= when.getTime()).map(([skill]) => skill).sort());
        const recalls = due.map((skill) => retrievability(cards.find(([code]) => code === skill)?.[1] as ReviewCard, when, 0.9));
        for (let i = 1; i < recalls.length; i++) expect(recalls[i]).toBeGreaterThanOrEqual(recalls[i - 1]);
      }),
    );
  });
});
