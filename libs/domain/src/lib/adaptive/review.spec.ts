import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { answeredRightAt, cardsAfterAnswer, DEFAULT_DESIRED_RETENTION, DEFAULT_PACE_RULES, dueReviews, implicitlyReviewed, INITIAL_REVIEW_PACE, isPacedReview, paceAfterReview, retrievability, REVIEW_SLIP, reviewAfterAnswer, reviewGrade, type ReviewCard, type ReviewPace } from './review';

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

describe('review: what an answer retrieves without asking it', () => {
  // movement ← chronograph ← calibre-chronograph; movement ← tourbillon; brand-story alone.
  const prerequisites = new Map<string, readonly string[]>([
    ['movement', []],
    ['chronograph', ['movement']],
    ['tourbillon', ['movement']],
    ['calibre-chronograph', ['chronograph', 'tourbillon']],
    ['brand-story', []],
  ]);

  it('every prerequisite, direct or not, once each, without the question’s own skills', () => {
    expect(implicitlyReviewed(['calibre-chronograph'], prerequisites)).toEqual(['chronograph', 'movement', 'tourbillon']);
    expect(implicitlyReviewed(['calibre-chronograph', 'chronograph'], prerequisites)).toEqual(['movement', 'tourbillon']);
    expect(implicitlyReviewed(['movement', 'brand-story'], prerequisites)).toEqual([]);
    expect(implicitlyReviewed(['unknown-skill'], prerequisites)).toEqual([]);
  });

  it('a right answer reviews the prerequisites that have a card, as recalled, at the same pace; it starts no card', () => {
    const cards = new Map([
      ['chronograph', reviewAfterAnswer(null, 1, at(0))],
      ['movement', reviewAfterAnswer(null, 1, at(0))],
    ]);
    const next = cardsAfterAnswer(cards, { skills: ['calibre-chronograph'], score: 1, at: at(5) }, prerequisites, 0.9, 2);
    expect([...next.keys()].sort()).toEqual(['calibre-chronograph', 'chronograph', 'movement']);
    expect(next.get('calibre-chronograph')).toEqual(reviewAfterAnswer(null, 1, at(5), 0.9, 2));
    for (const code of ['chronograph', 'movement']) {
      expect(next.get(code)).toEqual(reviewAfterAnswer(cards.get(code) as ReviewCard, 1, at(5), 0.9, 2));
      expect(Date.parse(next.get(code)?.due as string)).toBeGreaterThan(Date.parse(cards.get(code)?.due as string));
    }
  });

  it('a wrong or partly right answer reviews the question’s skills alone', () => {
    const cards = new Map([['chronograph', reviewAfterAnswer(null, 1, at(0))]]);
    for (const score of [0, 0.5, 0.99]) {
      const next = cardsAfterAnswer(cards, { skills: ['calibre-chronograph'], score, at: at(5) }, prerequisites);
      expect([...next.keys()]).toEqual(['calibre-chronograph']);
    }
  });

  it('the question’s own skills are reviewed once, with the answer’s grade, whatever the graph (property)', () => {
    const codes = ['a', 'b', 'c', 'd', 'e'];
    const graphArb = fc.array(fc.subarray(codes), { minLength: codes.length, maxLength: codes.length }).map((lists) => new Map(codes.map((code, i) => [code, lists[i].filter((p) => p !== code)])));
    fc.assert(
      fc.property(graphArb, fc.subarray(codes, { minLength: 1 }), scoreArb, (graph, skills, score) => {
        const cards = new Map(codes.map((code) => [code, reviewAfterAnswer(null, 1, at(0))]));
        const next = cardsAfterAnswer(cards, { skills, score, at: at(3) }, graph);
        for (const code of skills) expect(next.get(code)).toEqual(reviewAfterAnswer(cards.get(code) as ReviewCard, score, at(3)));
        const others = [...next.keys()].filter((code) => !skills.includes(code)).sort();
        expect(others).toEqual(score === 1 ? implicitlyReviewed(skills, graph) : []);
      }),
    );
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

describe("review: each advisor's pace", () => {
  const due = onTime(2, 0.9);
  const dueAt = new Date(due.due);

  it('an answer tests the pace only on a skill held as mastered, from its due instant on', () => {
    expect(isPacedReview(due, true, dueAt)).toBe(true);
    expect(isPacedReview(due, true, at(400))).toBe(true);
    expect(isPacedReview(due, true, new Date(dueAt.getTime() - 1))).toBe(false);
    expect(isPacedReview(due, false, dueAt)).toBe(false);
    expect(isPacedReview(null, true, dueAt)).toBe(false);
  });

  it('answers right at reviews: all but the slips when everything is remembered, the lucky guesses when nothing is', () => {
    expect(answeredRightAt(1, 0.25)).toBeCloseTo(1 - REVIEW_SLIP, 12);
    expect(answeredRightAt(0, 0.25)).toBeCloseTo(0.25, 12);
    expect(answeredRightAt(0.9, 0.25)).toBeCloseTo(0.9 * (1 - REVIEW_SLIP) + 0.1 * 0.25, 12);
    expect(answeredRightAt(0.9, 0)).toBeLessThan(answeredRightAt(0.9, 0.5));
  });

  it('a review answered right stretches the scale a little, one answered wrong shortens it more; partly right counts as right', () => {
    const { step } = DEFAULT_PACE_RULES;
    const target = answeredRightAt(0.9, 0.25);
    const right = paceAfterReview(INITIAL_REVIEW_PACE, { score: 1, guess: 0.25 }, 0.9);
    const wrong = paceAfterReview(INITIAL_REVIEW_PACE, { score: 0, guess: 0.25 }, 0.9);
    expect(right).toEqual({ scale: expect.closeTo(Math.exp(step * (1 - target)), 12), reviews: 1 });
    expect(wrong).toEqual({ scale: expect.closeTo(Math.exp(-step * target), 12), reviews: 1 });
    expect(paceAfterReview(INITIAL_REVIEW_PACE, { score: 0.5, guess: 0.25 }, 0.9)).toEqual(right);
    // A question easier to guess asks for more right answers: the same right answer stretches less.
    expect(paceAfterReview(INITIAL_REVIEW_PACE, { score: 1, guess: 0.5 }, 0.9).scale).toBeLessThan(right.scale);
    // Remembering 0.8 of the skills with guess 0.32 answers 0.8 right: four right and one wrong leave the scale where it was.
    expect(answeredRightAt(0.8, 0.32)).toBeCloseTo(0.8, 12);
    let pace: ReviewPace = INITIAL_REVIEW_PACE;
    for (const score of [1, 1, 0, 1, 1, 1, 1, 0, 1, 1]) pace = paceAfterReview(pace, { score, guess: 0.32 }, 0.8);
    expect(pace.scale).toBeCloseTo(1, 12);
    expect(pace.reviews).toBe(10);
  });

  it('the scale stays within its bounds', () => {
    let pace: ReviewPace = INITIAL_REVIEW_PACE;
    for (let i = 0; i < 2000; i++) pace = paceAfterReview(pace, { score: 1, guess: 0.25 }, 0.9);
    expect(pace.scale).toBe(DEFAULT_PACE_RULES.maxScale);
    for (let i = 0; i < 200; i++) pace = paceAfterReview(pace, { score: 0, guess: 0.25 }, 0.9);
    expect(pace.scale).toBe(DEFAULT_PACE_RULES.minScale);
  });

  /**
   * An advisor whose memory keeps FSRS's curve `fits` times longer (exponential forgetting: at `scale` times FSRS's
   * interval they remember desired ** (scale / fits)), who slips on a remembered skill and guesses on a forgotten
   * one, reviewed `reviews` times at their pace; the share of reviewed skills remembered in the second half.
   */
  function reviewedAtPace(fits: number, desired: number, seed: number, guess = 0.25, reviews = 4000): number {
    let state = seed;
    const chance = () => (state = (Math.imul(state, 48271) >>> 0) % 2147483647) / 2147483647;
    let pace: ReviewPace = INITIAL_REVIEW_PACE;
    let remembered = 0;
    for (let i = 0; i < reviews; i++) {
      const remembers = chance() < desired ** (pace.scale / fits);
      if (i >= reviews / 2 && remembers) remembered++;
      const right = remembers ? chance() >= REVIEW_SLIP : chance() < guess;
      pace = paceAfterReview(pace, { score: right ? 1 : 0, guess }, desired);
    }
    return remembered / (reviews / 2);
  }

  it('an advisor reviewed at their pace comes to remember the desired share of what is reviewed, however well they remember, slips and guesses notwithstanding (property)', () => {
    const { minScale, maxScale } = DEFAULT_PACE_RULES;
    fc.assert(
      fc.property(fc.double({ min: Math.log(minScale * 4), max: Math.log(maxScale / 4), noNaN: true }), fc.constantFrom(0.8, 0.85, 0.9, 0.95), fc.constantFrom(0, 0.25, 0.5), fc.integer({ min: 1, max: 2 ** 31 - 2 }), (logFits, desired, guess, seed) => {
        // Five advisors alike, 16,000 reviews each. An answer says less than a memory and a step of 1.25 is large, so
        // the staircase wanders: on average within 5 points, a little short of the desired share (most with questions
        // easy to guess), away from its bounds.
        const remembered = [0, 1, 2, 3, 4].map((i) => reviewedAtPace(Math.exp(logFits), desired, (seed + i * 7919) % (2 ** 31 - 1) || 1, guess, 16_000));
        expect(Math.abs(remembered.reduce((sum, share) => sum + share, 0) / remembered.length - desired)).toBeLessThan(0.05);
      }),
      { numRuns: 20 },
    );
  });

  it('beyond its bounds the pace stops: reviews come too early for a memory far better than FSRS thinks, too late for one far worse', () => {
    expect(reviewedAtPace(DEFAULT_PACE_RULES.maxScale * 4, 0.9, 7)).toBeGreaterThan(0.95);
    expect(reviewedAtPace(DEFAULT_PACE_RULES.minScale / 4, 0.9, 7)).toBeLessThan(0.7);
  });

  it('the pace stretches the interval FSRS schedules, and recall follows the stretched curve', () => {
    for (const scale of [0.5, 1, 3]) {
      const paced = reviewAfterAnswer(due, 1, dueAt, 0.9, scale);
      const plain = reviewAfterAnswer(due, 1, dueAt, 0.9);
      expect({ ...paced, due: plain.due }).toEqual(plain);
      expect(Date.parse(paced.due) - dueAt.getTime()).toBeCloseTo(scale * (Date.parse(plain.due) - dueAt.getTime()), -1);
      // Where the paced card falls due, the advisor is as likely to remember as FSRS's learner at its own due date.
      expect(retrievability(paced, new Date(paced.due), 0.9, scale)).toBeCloseTo(retrievability(plain, new Date(plain.due), 0.9), 6);
    }
    expect(reviewAfterAnswer(due, 1, dueAt, 0.9, 1)).toEqual(reviewAfterAnswer(due, 1, dueAt, 0.9));
  });

  it('what is due is ordered by recall on the advisor’s own curve', () => {
    const cards = new Map([
      ['leather', onTime(1, 0.9)],
      ['movement', onTime(2, 0.9)],
    ]);
    const when = at(400);
    for (const scale of [0.5, 4]) {
      const recall = (skill: string) => retrievability(cards.get(skill) as ReviewCard, when, 0.9, scale);
      expect(dueReviews(cards, when, 0.9, scale)).toEqual(['leather', 'movement'].sort((a, b) => recall(a) - recall(b) || a.localeCompare(b)));
      expect(recall('leather')).toBeLessThan(1);
    }
  });
});
