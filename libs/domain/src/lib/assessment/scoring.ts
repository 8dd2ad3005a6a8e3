import { issue, type FieldIssue, type IssueArgs, type IssueCode } from '../shared/validation';
import type { QuestionKey } from './question-key';

/** A learner's answer, by ids: never by position on screen. */
export type Answer =
  | { type: 'SINGLE_CHOICE' | 'IMAGE_CHOICE'; optionId: string }
  | { type: 'MULTIPLE_CHOICE'; optionIds: readonly string[] }
  | { type: 'TRUE_FALSE'; value: boolean }
  | { type: 'ORDERING'; itemIds: readonly string[] }
  | { type: 'MATCHING'; pairs: ReadonlyArray<{ left: string; right: string }> }
  | { type: 'NUMERIC'; value: number };

export interface Score {
  /** Credit earned, 0 to 1. */
  score: number;
  /** Full credit. */
  correct: boolean;
}

const full = (score: number): Score => ({ score, correct: score === 1 });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length && new Set(a).size === a.length;

/**
 * The longest an answer may say it took. The API refuses more; a device caps what it measured, since a question left
 * open on a shared tablet overnight was not being answered all that time, and its answer must not be lost for it.
 */
export const MAX_TIME_TAKEN_MS = 24 * 3600 * 1000;

/**
 * Checks that an answer has the shape its question expects (right type, known ids, no repeats, a full
 * permutation for ordering). A malformed answer is refused, never scored as wrong.
 */
export function answerIssues(key: QuestionKey, answer: Answer): FieldIssue[] {
  const problem = <C extends IssueCode>(code: C, ...params: IssueArgs<C>): FieldIssue[] => [issue('answer', code, ...params)];
  if (key.type !== answer.type) return problem('ANSWER_TYPE_MISMATCH', { type: key.type });
  switch (answer.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE': {
      const ids = (key as Extract<QuestionKey, { options: unknown }>).options.map((option) => option.id);
      return ids.includes(answer.optionId) ? [] : problem('ANSWER_OPTION_UNKNOWN', { ids: answer.optionId });
    }
    case 'MULTIPLE_CHOICE': {
      const ids = (key as Extract<QuestionKey, { options: unknown }>).options.map((option) => option.id);
      const unknown = answer.optionIds.filter((id) => !ids.includes(id));
      if (unknown.length) return problem('ANSWER_OPTION_UNKNOWN', { ids: unknown.join(', ') });
      return new Set(answer.optionIds).size === answer.optionIds.length ? [] : problem('ANSWER_OPTION_TWICE');
    }
    case 'TRUE_FALSE':
      return [];
    case 'ORDERING':
      return sameSet(answer.itemIds, (key as Extract<QuestionKey, { type: 'ORDERING' }>).itemIds) ? [] : problem('ANSWER_ORDER_INCOMPLETE');
    case 'MATCHING': {
      const pairs = (key as Extract<QuestionKey, { type: 'MATCHING' }>).pairs;
      const lefts = pairs.map((pair) => pair.left);
      const rights = pairs.map((pair) => pair.right);
      if (!sameSet(answer.pairs.map((pair) => pair.left), lefts)) return problem('ANSWER_MATCH_INCOMPLETE');
      return answer.pairs.every((pair) => rights.includes(pair.right)) ? [] : problem('ANSWER_RIGHT_UNKNOWN');
    }
    case 'NUMERIC':
      return Number.isFinite(answer.value) ? [] : problem('NOT_A_NUMBER');
  }
}

/** The key itself, shaped as an answer: what someone who knows answers, and the solution shown after an answer. */
export function keyedAnswer(key: QuestionKey): Answer {
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
      return { type: key.type, optionId: key.options.find((option) => option.correct)?.id ?? key.options[0].id };
    case 'MULTIPLE_CHOICE':
      return { type: key.type, optionIds: key.options.filter((option) => option.correct).map((option) => option.id) };
    case 'TRUE_FALSE':
      return { type: key.type, value: key.answer };
    case 'ORDERING':
      return { type: key.type, itemIds: [...key.itemIds] };
    case 'MATCHING':
      return { type: key.type, pairs: key.pairs.map((pair) => ({ ...pair })) };
    case 'NUMERIC':
      return { type: key.type, value: key.value };
  }
}

/**
 * Scores a well-formed answer (check it with `answerIssues` first). Partial credit:
 * - SINGLE_CHOICE, IMAGE_CHOICE, TRUE_FALSE, NUMERIC: all or nothing (NUMERIC: within the tolerance, inclusive).
 * - MULTIPLE_CHOICE: (correct options chosen − wrong options chosen) / correct options, at least 0. Choosing
 *   everything therefore earns nothing unless every option is correct.
 * - ORDERING: share of item pairs in the right relative order, rescaled so a random order earns about 0 and the
 *   reverse order 0: max(0, 2 × concordant / pairs − 1). Only the exact order is correct.
 * - MATCHING: share of left items matched to their right item.
 */
export function scoreAnswer(key: QuestionKey, answer: Answer): Score {
  if (key.type !== answer.type) throw new Error(`Cannot score a ${answer.type} answer to a ${key.type} question`);
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE': {
      const chosen = key.options.find((option) => option.id === (answer as { optionId: string }).optionId);
      return full(chosen?.correct ? 1 : 0);
    }
    case 'MULTIPLE_CHOICE': {
      const chosen = new Set((answer as { optionIds: readonly string[] }).optionIds);
      const correctOptions = key.options.filter((option) => option.correct);
      const hits = correctOptions.filter((option) => chosen.has(option.id)).length;
      const wrong = key.options.filter((option) => !option.correct && chosen.has(option.id)).length;
      return full(Math.max(0, (hits - wrong) / correctOptions.length));
    }
    case 'TRUE_FALSE':
      return full((answer as { value: boolean }).value === key.answer ? 1 : 0);
    case 'ORDERING': {
      const position = new Map((answer as { itemIds: readonly string[] }).itemIds.map((id, index) => [id, index]));
      const n = key.itemIds.length;
      let concordant = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if ((position.get(key.itemIds[i]) ?? 0) < (position.get(key.itemIds[j]) ?? 0)) concordant++;
        }
      }
      const pairs = (n * (n - 1)) / 2;
      return full(Math.max(0, (2 * concordant) / pairs - 1));
    }
    case 'MATCHING': {
      const expected = new Map(key.pairs.map((pair) => [pair.left, pair.right]));
      const given = (answer as { pairs: ReadonlyArray<{ left: string; right: string }> }).pairs;
      const right = given.filter((pair) => expected.get(pair.left) === pair.right).length;
      return full(right / key.pairs.length);
    }
    case 'NUMERIC': {
      // A hair of slack so 0.1 + 0.2 within a tolerance of 0.3 is not lost to floating point.
      const distance = Math.abs((answer as { value: number }).value - key.value);
      return full(distance <= key.tolerance + 1e-9 ? 1 : 0);
    }
  }
}

/** The options an answer picked, for choice distributions; empty for answers without options to pick. */
export function chosenOptionIds(answer: Answer): string[] {
  switch (answer.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
      return [answer.optionId];
    case 'MULTIPLE_CHOICE':
      return [...answer.optionIds];
    case 'TRUE_FALSE':
      return [String(answer.value)];
    default:
      return [];
  }
}
