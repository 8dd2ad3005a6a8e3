import type { ModuleKind } from '../curriculum/program-package';

/**
 * XP: a quiet measure of effort well spent. It rewards learning (a first answer, a spaced review), never
 * repetition: replaying an item the same day earns nothing, and a wrong answer costs nothing.
 *
 * Every award is a list of reasons whose amounts add up to the total, so the ledger can explain each line
 * ("12 for the answer, 5 for mastering it first time"). Reasons with an amount of 0 explain why nothing was earned.
 */

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export type XpReasonCode =
  /** Base XP of the question's difficulty, scaled by the score. */
  | 'ANSWER'
  /** Bonus: correct on the very first attempt ever on the item. */
  | 'FIRST_TRY_MASTERY'
  /** A spaced review of an item already answered correctly: a reduced share of the base. */
  | 'SPACED_REVIEW'
  /** 0 XP: the answer earned no credit. */
  | 'NO_CREDIT'
  /** 0 XP: the item was answered correctly less than `reviewSpacingDays` ago; a review is not due yet. */
  | 'REVIEW_NOT_DUE'
  /** 0 XP: the item already earned XP less than `reviewSpacingDays` ago (partial answers cannot be farmed). */
  | 'ALREADY_REWARDED'
  /**
   * Taken back (a negative amount within an award that stays ≥ 0): the item's XP was already paid to an answer dated
   * after this one that reached the ledger first (another device, a queue synced late). An item is not paid twice.
   */
  | 'PAID_TO_ANOTHER_ANSWER'
  | 'MODULE_COMPLETED'
  | 'CHALLENGE_COMPLETED'
  | 'PERFECT_CHALLENGE';

export interface XpReason {
  code: XpReasonCode;
  amount: number;
}

/** XP awarded for one event. `amount` is the sum of the reasons' amounts, never negative. */
export interface XpAward {
  amount: number;
  reasons: XpReason[];
}

/** One earlier attempt of the same advisor on the same question. */
export interface PreviousAttempt {
  answeredAt: Date;
  correct: boolean;
  /**
   * The credit it earned, 0..1 (the attempt's recorded score). Needed so partial answers, which earn partial XP,
   * count as rewarded and cannot be farmed.
   */
  score: number;
}

export interface XpAnswerInput {
  /** The question's difficulty. */
  difficulty: Difficulty;
  /** Credit earned by this answer, 0..1 (see `scoreAnswer`). */
  score: number;
  /** Full credit. */
  correct: boolean;
  /**
   * This advisor's earlier attempts on the SAME question, in any order. Attempts dated after `answeredAt` are
   * ignored, so the whole history of the item may be passed when an award is recomputed.
   */
  previousAttempts: ReadonlyArray<PreviousAttempt>;
  answeredAt: Date;
}

export interface XpRules {
  /** Base XP of a full-credit answer, by difficulty 1..5. Rising gently: a hard item is worth about twice an easy one. */
  baseByDifficulty: Readonly<Record<Difficulty, number>>;
  /** Bonus for a correct answer on the very first attempt ever on the item. */
  firstTryBonus: number;
  /** Share of the base a spaced review earns, 0..1. */
  reviewShare: number;
  /** Days (of 24 hours, elapsed time) before an item earns XP again: after a correct answer or after any reward. */
  reviewSpacingDays: number;
  /** Fixed XP for completing a module, by kind (awarded once per module by the ledger). */
  moduleCompletion: Readonly<Record<ModuleKind, number>>;
  /** Fixed XP for completing a challenge. */
  challengeCompletion: number;
  /** Added when every item of the challenge was answered correctly. */
  perfectChallengeBonus: number;
}

/**
 * The numbers, sized so a daily challenge of six items earns about 100 XP: answers are worth 10..22, a first-try
 * mastery adds 5 (a nudge to think before answering, not a jackpot), a review half the base (rewarding spaced
 * retrieval without paying twice for the same knowledge). Reviews are spaced by at least 2 days: the shortest
 * interval at which retrieval practice still beats rereading, and long enough that drilling one item pays nothing.
 * Completions are small fixed bonuses: the answers inside a module already earned their XP.
 */
export const DEFAULT_XP_RULES: XpRules = {
  baseByDifficulty: { 1: 10, 2: 12, 3: 15, 4: 18, 5: 22 },
  firstTryBonus: 5,
  reviewShare: 0.5,
  reviewSpacingDays: 2,
  moduleCompletion: { LESSON: 20, QUIZ: 25, HERITAGE_CHALLENGE: 30, PRODUCT_CHALLENGE: 30, ROLEPLAY: 40 },
  challengeCompletion: 15,
  perfectChallengeBonus: 10,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most a single answer can earn under `rules`: the hardest item, full credit, first try. */
export function maxXpPerAnswer(rules: XpRules = DEFAULT_XP_RULES): number {
  return Math.max(...Object.values(rules.baseByDifficulty)) + rules.firstTryBonus;
}

function timeOf(date: Date, what: string): number {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new RangeError(`${what} is not a valid date`);
  return time;
}

function checkScore(score: number, what: string): void {
  if (!(score >= 0 && score <= 1)) throw new RangeError(`${what} must be between 0 and 1, got ${score}`);
}

interface ItemMemory {
  attempts: number;
  lastCorrectAt: number | null;
  lastRewardedAt: number | null;
}

function award(reasons: XpReason[]): XpAward {
  return { amount: reasons.reduce((sum, reason) => sum + reason.amount, 0), reasons };
}

type Verdict = 'NO_CREDIT' | 'REVIEW_NOT_DUE' | 'ALREADY_REWARDED' | 'SPACED_REVIEW' | 'NEW';

/** Which rule applies to an attempt, given what the item's earlier attempts left behind. Independent of difficulty. */
function verdict(memory: ItemMemory, attempt: { score: number; at: number }, rules: XpRules): Verdict {
  const spacing = rules.reviewSpacingDays * DAY_MS;
  if (attempt.score <= 0) return 'NO_CREDIT';
  if (memory.lastCorrectAt !== null && attempt.at - memory.lastCorrectAt < spacing) return 'REVIEW_NOT_DUE';
  if (memory.lastRewardedAt !== null && attempt.at - memory.lastRewardedAt < spacing) return 'ALREADY_REWARDED';
  return memory.lastCorrectAt !== null ? 'SPACED_REVIEW' : 'NEW';
}

function remember(memory: ItemMemory, attempt: { correct: boolean; at: number }, rewarded: boolean): ItemMemory {
  return {
    attempts: memory.attempts + 1,
    lastCorrectAt: attempt.correct ? attempt.at : memory.lastCorrectAt,
    lastRewardedAt: rewarded ? attempt.at : memory.lastRewardedAt,
  };
}

/**
 * XP for one answer. The rules, in order:
 * 1. An answer with no credit (score 0) earns 0. XP is never negative: a mistake costs nothing.
 * 2. Once the item has been answered correctly, it earns again only as a spaced review: the last correct answer at
 *    least `reviewSpacingDays` ago (REVIEW_NOT_DUE otherwise). A review earns `reviewShare` of the scaled base.
 * 3. An item that earned XP less than `reviewSpacingDays` ago earns nothing (ALREADY_REWARDED): a partially right
 *    answer cannot be repeated for XP either. Answering the same item N times within a day earns XP at most once.
 * 4. Otherwise: base XP of the difficulty × score, rounded (partial credit earns partial XP); plus the first-try
 *    mastery bonus when the answer is correct and there was no earlier attempt at all.
 *
 * Which earlier attempts were rewarded is found by replaying rules 1-3 over the history in time order (an attempt
 * with credit that passed rules 2 and 3 was rewarded, whatever its rounding or the item's difficulty then), so the
 * result depends only on the data passed: recomputing an award gives the same XP. Earlier attempts at the same
 * instant as this one count as earlier. With `reviewSpacingDays` ≥ 1, an item earns at most once in any 24 hours.
 */
export function xpForAnswer(input: XpAnswerInput, rules: XpRules = DEFAULT_XP_RULES): XpAward {
  const at = timeOf(input.answeredAt, 'answeredAt');
  if (!(input.difficulty in rules.baseByDifficulty)) throw new RangeError(`difficulty must be 1 to 5, got ${input.difficulty}`);
  checkScore(input.score, 'score');
  const history = input.previousAttempts
    .map((attempt) => {
      checkScore(attempt.score, 'a previous score');
      return { correct: attempt.correct, score: attempt.score, at: timeOf(attempt.answeredAt, 'a previous answeredAt') };
    })
    .filter((attempt) => attempt.at <= at)
    // Same instant: the correct one first, so the outcome never depends on the order the rows came in.
    .sort((a, b) => a.at - b.at || Number(b.correct) - Number(a.correct) || b.score - a.score);
  let memory: ItemMemory = { attempts: 0, lastCorrectAt: null, lastRewardedAt: null };
  for (const attempt of history) {
    const rule = verdict(memory, attempt, rules);
    memory = remember(memory, attempt, rule === 'NEW' || rule === 'SPACED_REVIEW');
  }
  const rule = verdict(memory, { score: input.score, at }, rules);
  if (rule !== 'NEW' && rule !== 'SPACED_REVIEW') return award([{ code: rule, amount: 0 }]);
  const base = rules.baseByDifficulty[input.difficulty];
  if (rule === 'SPACED_REVIEW') return award([{ code: 'SPACED_REVIEW', amount: Math.round(base * input.score * rules.reviewShare) }]);
  const reasons: XpReason[] = [{ code: 'ANSWER', amount: Math.round(base * input.score) }];
  if (input.correct && memory.attempts === 0) reasons.push({ code: 'FIRST_TRY_MASTERY', amount: rules.firstTryBonus });
  return award(reasons);
}

/** An answer to the item as the ledger knows it: when it was given, its credit, its version's difficulty, what it was paid. */
export interface LedgerAttempt extends PreviousAttempt {
  difficulty: Difficulty;
  /** The XP its ledger entry holds; null while it has none (its award is still to come). */
  paid: number | null;
}

/**
 * The ledger's entry for an answer, `others` being the advisor's other answers to the same item. In time order
 * (`xpForAnswer`) the item earns a total; answers that reach the ledger out of that order (two devices, a queue
 * synced late) may have been paid as if they came first. The entry brings what the item's paid answers and this one
 * hold to what time order gives them, never below 0: an item is not paid twice for the same learning, and an excess
 * left over (a first-try bonus paid before an earlier wrong answer arrived) is taken from the item's next entries.
 * When answers arrive in the order they were given, the entry is exactly `xpForAnswer`.
 */
export function xpForLedgerEntry(attempt: Omit<LedgerAttempt, 'paid'>, others: ReadonlyArray<LedgerAttempt>, rules: XpRules = DEFAULT_XP_RULES): XpAward {
  const everyAnswer: ReadonlyArray<Omit<LedgerAttempt, 'paid'>> = [attempt, ...others];
  const inTimeOrder = (answer: Omit<LedgerAttempt, 'paid'>) => xpForAnswer({ ...answer, previousAttempts: everyAnswer.filter((other) => other !== answer) }, rules);
  const own = inTimeOrder(attempt);
  let owed = 0;
  let paid = 0;
  others.forEach((other, i) => {
    if (other.paid === null) return;
    owed += inTimeOrder(everyAnswer[i + 1]).amount;
    paid += other.paid;
  });
  const amount = Math.max(0, own.amount + owed - paid);
  return amount === own.amount ? own : award([...own.reasons, { code: 'PAID_TO_ANOTHER_ANSWER', amount: amount - own.amount }]);
}

/** A small fixed bonus for completing a module of `kind`. The XP ledger awards it once per module and advisor. */
export function xpForModuleCompletion(kind: ModuleKind, rules: XpRules = DEFAULT_XP_RULES): XpAward {
  return award([{ code: 'MODULE_COMPLETED', amount: rules.moduleCompletion[kind] }]);
}

/** A small fixed bonus for completing a challenge, and a little more when every item was answered correctly. */
export function xpForChallengeCompletion(challenge: { perfect: boolean }, rules: XpRules = DEFAULT_XP_RULES): XpAward {
  const reasons: XpReason[] = [{ code: 'CHALLENGE_COMPLETED', amount: rules.challengeCompletion }];
  if (challenge.perfect) reasons.push({ code: 'PERFECT_CHALLENGE', amount: rules.perfectChallengeBonus });
  return award(reasons);
}
