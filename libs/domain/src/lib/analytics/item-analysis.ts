/**
 * Classical item analysis of question banks, computed from learners' attempts: how hard each item is, how well it
 * separates stronger from weaker learners, how its options were chosen, and which items an author should review.
 *
 * Callers pass the attempts to analyse, normally each learner's FIRST attempt per question (later attempts measure
 * recall after feedback, not the item). If several attempts of one learner on one question are passed anyway, they
 * all count in `attempts` and in the choice distribution, and their mean score is the learner's score on that item.
 *
 * Every result depends only on the multiset of attempts: not on their order and not on the learner ids. Sums are
 * taken over values in a canonical (sorted) order so that even the floating-point results are identical.
 */

/** One learner's answer to one question. */
export interface ItemAttempt {
  learnerId: string;
  questionId: string;
  /** Between 0 and 1; partial credit allowed (1 = fully correct). */
  score: number;
  /** The options the learner chose, for choice-based questions. */
  chosenOptionIds?: readonly string[];
}

export const ITEM_FLAGS = ['NEGATIVE_DISCRIMINATION', 'LOW_DISCRIMINATION', 'TOO_EASY', 'TOO_HARD', 'TOO_FEW_RESPONSES'] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

export interface ItemAnalysisOptions {
  /**
   * Fewest distinct learners for discrimination, the upper-lower index and the review flags. With n = 20 the
   * standard error of a correlation is still about 1/√n ≈ 0.22, so below that the statistics are mostly noise.
   */
  minResponses: number;
  /**
   * Discrimination below this is flagged LOW_DISCRIMINATION. Ebel's classical guideline: ≥ 0.40 very good,
   * 0.30–0.39 good, 0.20–0.29 marginal, below 0.20 poor (revise or drop the item).
   */
  lowDiscrimination: number;
  /** Difficulty (mean score) above this is flagged TOO_EASY: when nearly everyone succeeds the item tells nothing. */
  tooEasy: number;
  /**
   * Difficulty below this is flagged TOO_HARD: under the 0.25 a learner gets by guessing on a four-option
   * question, which usually means a wrong key, an ambiguous stem or content that was never taught.
   */
  tooHard: number;
  /**
   * Share of learners in each of the upper and lower groups of the upper-lower index. Kelley's 27% balances a
   * large difference between the groups against groups big enough to be stable. Between 0 and 0.5.
   */
  upperLowerFraction: number;
}

export const DEFAULT_ITEM_ANALYSIS_OPTIONS: Readonly<ItemAnalysisOptions> = {
  minResponses: 20,
  lowDiscrimination: 0.2,
  tooEasy: 0.95,
  tooHard: 0.2,
  upperLowerFraction: 0.27,
};

export interface ChoiceShare {
  /** Attempts that chose this option. */
  count: number;
  /** count over all choices made on the question: the shares of a question sum to 1. */
  share: number;
}

export interface ItemAnalysis {
  questionId: string;
  /** Attempt records received for the question. */
  attempts: number;
  /** Distinct learners who answered it (equals `attempts` when callers pass first attempts only). */
  learners: number;
  /** Mean score, 0..1; for 0/1 items the proportion correct (the classical "p-value"). Higher is easier. */
  difficulty: number;
  /**
   * Corrected item-total correlation: Pearson (point-biserial for 0/1 items) between the item score and the
   * learner's rest score, the sum of their scores on the OTHER items (0 when they answered no other item). Null
   * with fewer than `minResponses` learners or when the item or the rest scores do not vary.
   */
  discrimination: number | null;
  /**
   * Mean item score of the top `upperLowerFraction` of learners by rest score minus that of the bottom ones, in
   * [-1, 1]. Learners tied at a group's boundary share its remaining places equally. Null when `discrimination`
   * is null for the same reasons.
   */
  upperLowerIndex: number | null;
  /** Per chosen option id; options nobody chose are absent. Empty for questions without options. */
  choiceDistribution: Record<string, ChoiceShare>;
  /** In the order of ITEM_FLAGS. */
  flags: ItemFlag[];
}

/** Analyses every question that has attempts; results are ordered by question id. */
export function analyseItems(attempts: readonly ItemAttempt[], options: Partial<ItemAnalysisOptions> = {}): ItemAnalysis[] {
  const settings = resolveOptions(options);
  for (const attempt of attempts) {
    if (!Number.isFinite(attempt.score) || attempt.score < 0 || attempt.score > 1) {
      throw new RangeError(`score must be between 0 and 1, got ${attempt.score} (question ${attempt.questionId})`);
    }
  }

  // learner → question → scores (several only when a caller passes more than one attempt per pair)
  const scoresByLearner = new Map<string, Map<string, number[]>>();
  const attemptsByQuestion = new Map<string, ItemAttempt[]>();
  for (const attempt of attempts) {
    const byQuestion = getOrCreate(scoresByLearner, attempt.learnerId, () => new Map<string, number[]>());
    getOrCreate(byQuestion, attempt.questionId, () => []).push(attempt.score);
    getOrCreate(attemptsByQuestion, attempt.questionId, () => []).push(attempt);
  }

  // question → one (item score, rest score) pair per learner who answered it
  const pairsByQuestion = new Map<string, Pair[]>();
  for (const byQuestion of scoresByLearner.values()) {
    const itemScores = [...byQuestion].map(([questionId, scores]) => ({ questionId, score: sum(scores) / scores.length }));
    const total = sum(itemScores.map((item) => item.score));
    for (const item of itemScores) {
      // A learner who answered only this item has a rest score of exactly 0.
      getOrCreate(pairsByQuestion, item.questionId, () => []).push({ item: item.score, rest: total - item.score });
    }
  }

  return [...attemptsByQuestion.keys()]
    .sort(compareStrings)
    .map((questionId) => analyseItem(questionId, attemptsByQuestion.get(questionId) ?? [], pairsByQuestion.get(questionId) ?? [], settings));
}

export type ItemAnalysisSortKey = 'questionId' | 'attempts' | 'difficulty' | 'discrimination' | 'upperLowerIndex' | 'flags';

/**
 * Comparator for sortable tables: `rows.sort((a, b) => compareItemAnalyses(a, b, 'discrimination', 'asc'))`.
 * Null statistics sort last in both directions; `flags` sorts by how many flags an item has; ties by question id.
 */
export function compareItemAnalyses(a: ItemAnalysis, b: ItemAnalysis, key: ItemAnalysisSortKey, direction: 'asc' | 'desc' = 'asc'): number {
  const sign = direction === 'asc' ? 1 : -1;
  if (key === 'questionId') return sign * compareStrings(a.questionId, b.questionId);
  const left = key === 'flags' ? a.flags.length : a[key];
  const right = key === 'flags' ? b.flags.length : b[key];
  if (left === null || right === null) {
    if (left !== right) return left === null ? 1 : -1;
  } else if (left !== right) {
    return sign * (left - right);
  }
  return compareStrings(a.questionId, b.questionId);
}

interface Pair {
  item: number;
  rest: number;
}

function analyseItem(questionId: string, attempts: readonly ItemAttempt[], unordered: readonly Pair[], options: ItemAnalysisOptions): ItemAnalysis {
  // Canonical order: the result must not depend on the order attempts arrived in, nor on learner ids.
  const pairs = [...unordered].sort((a, b) => a.item - b.item || a.rest - b.rest);
  const itemScores = pairs.map((pair) => pair.item);
  const restScores = pairs.map((pair) => pair.rest);
  const difficulty = tidy(sum(itemScores) / pairs.length);

  const enoughResponses = pairs.length >= options.minResponses;
  const correlation = enoughResponses && varies(itemScores) && varies(restScores) ? pearson(itemScores, restScores) : null;
  const discrimination = correlation === null ? null : tidy(correlation);
  const upperLowerIndex = correlation === null ? null : tidy(upperLower(pairs, options.upperLowerFraction));

  const flags: ItemFlag[] = [];
  if (enoughResponses) {
    if (discrimination !== null && discrimination < 0) flags.push('NEGATIVE_DISCRIMINATION');
    if (discrimination !== null && discrimination >= 0 && discrimination < options.lowDiscrimination) flags.push('LOW_DISCRIMINATION');
    if (difficulty > options.tooEasy) flags.push('TOO_EASY');
    if (difficulty < options.tooHard) flags.push('TOO_HARD');
  } else {
    // Too few learners to judge the item either way: no other flag until there are enough.
    flags.push('TOO_FEW_RESPONSES');
  }

  return {
    questionId,
    attempts: attempts.length,
    learners: pairs.length,
    difficulty,
    discrimination,
    upperLowerIndex,
    choiceDistribution: choiceDistribution(attempts),
    flags,
  };
}

/**
 * Pearson correlation of two equally long series, clamped against rounding to [-1, 1]; null when either series'
 * spread is zero, or so small (differences like 1e-200) that its square underflows.
 */
function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const meanX = sum(xs) / xs.length;
  const meanY = sum(ys) / ys.length;
  const sxy = sum(xs.map((x, i) => (x - meanX) * (ys[i] - meanY)));
  const sxx = sum(xs.map((x) => (x - meanX) ** 2));
  const syy = sum(ys.map((y) => (y - meanY) ** 2));
  const spread = Math.sqrt(sxx) * Math.sqrt(syy);
  return spread > 0 ? Math.max(-1, Math.min(1, sxy / spread)) : null;
}

/**
 * Upper-lower discrimination index. Each group holds round(fraction × n) learners (at least one); learners tied
 * on rest score at a group's boundary share the group's remaining places equally, so ties are not broken by
 * arbitrary order.
 */
function upperLower(pairs: readonly Pair[], fraction: number): number {
  const size = Math.max(1, Math.round(fraction * pairs.length));
  const ascending = [...pairs].sort((a, b) => a.rest - b.rest || a.item - b.item);
  const descending = [...pairs].sort((a, b) => b.rest - a.rest || a.item - b.item);
  return groupMean(descending, size) - groupMean(ascending, size);
}

/** Mean item score of the first `size` learners of `ranked`, sharing the places left at a tie on rest score. */
function groupMean(ranked: readonly Pair[], size: number): number {
  const boundary = ranked[size - 1].rest;
  const inside = ranked.slice(0, size).filter((pair) => pair.rest !== boundary);
  const tied = ranked.filter((pair) => pair.rest === boundary);
  const placesLeft = size - inside.length;
  const total = sum(inside.map((pair) => pair.item)) + (placesLeft / tied.length) * sum(tied.map((pair) => pair.item));
  return total / size;
}

function choiceDistribution(attempts: readonly ItemAttempt[]): Record<string, ChoiceShare> {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    for (const optionId of new Set(attempt.chosenOptionIds ?? [])) counts.set(optionId, (counts.get(optionId) ?? 0) + 1);
  }
  const choices = sum([...counts.values()]);
  const distribution: Record<string, ChoiceShare> = {};
  for (const optionId of [...counts.keys()].sort(compareStrings)) {
    const count = counts.get(optionId) ?? 0;
    distribution[optionId] = { count, share: count / choices };
  }
  return distribution;
}

function resolveOptions(options: Partial<ItemAnalysisOptions>): ItemAnalysisOptions {
  const resolved = { ...DEFAULT_ITEM_ANALYSIS_OPTIONS, ...options };
  if (!Number.isInteger(resolved.minResponses) || resolved.minResponses < 2) {
    throw new RangeError('minResponses must be an integer of at least 2: a correlation needs two learners');
  }
  if (!(resolved.upperLowerFraction > 0 && resolved.upperLowerFraction <= 0.5)) {
    throw new RangeError('upperLowerFraction must be above 0 and at most 0.5 so that the two groups do not overlap');
  }
  for (const key of ['lowDiscrimination', 'tooEasy', 'tooHard'] as const) {
    if (!Number.isFinite(resolved[key])) throw new RangeError(`${key} must be a finite number`);
  }
  return resolved;
}

/** Sum in ascending order, so that equal multisets give bit-identical sums whatever their order. */
function sum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);
}

/**
 * Rounds away floating-point noise (12 decimals, far below anything shown or compared), so that an uncorrelated
 * item is not flagged negative for a -1e-17 and a mean of 0.95 is not "above 0.95"; never returns -0.
 */
function tidy(value: number): number {
  return Math.round(value * 1e12) / 1e12 + 0;
}

function varies(values: readonly number[]): boolean {
  return values.some((value) => value !== values[0]);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
