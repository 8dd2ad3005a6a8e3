import { issue, type AddIssue, type FieldIssue } from '../shared/validation';

export const QUESTION_TYPES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'ORDERING', 'MATCHING', 'NUMERIC', 'IMAGE_CHOICE'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface KeyedOption {
  id: string;
  correct: boolean;
}

/**
 * What makes an answer right, per question type. Presentation (texts, images, the order options are shown in)
 * lives elsewhere: answers name options by id, so shuffling the display can never change a score.
 */
export type QuestionKey =
  | { type: 'SINGLE_CHOICE' | 'IMAGE_CHOICE' | 'MULTIPLE_CHOICE'; options: readonly KeyedOption[] }
  | { type: 'TRUE_FALSE'; answer: boolean }
  /** Item ids in the correct order (a heritage timeline, steps of a service ritual). */
  | { type: 'ORDERING'; itemIds: readonly string[] }
  /** Each left id belongs with exactly one right id. */
  | { type: 'MATCHING'; pairs: ReadonlyArray<{ left: string; right: string }> }
  /** Right when within `tolerance` of `value`, both in `unit` (e.g. 42 h power reserve ± 2). */
  | { type: 'NUMERIC'; value: number; tolerance: number; unit: string };

/** Ids the key refers to, in the key's order: options, items, or matching's left and right ids (each one a presentation describes). */
export function keyChoiceIds(key: QuestionKey): string[] {
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return key.options.map((option) => option.id);
    case 'ORDERING':
      return [...key.itemIds];
    case 'MATCHING':
      return key.pairs.flatMap((pair) => [pair.left, pair.right]);
    default:
      return [];
  }
}

const duplicates = (ids: readonly string[]) => [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];

/** Server-side checks an author's question must pass before it can be saved, with messages they can act on. */
export function questionKeyIssues(key: QuestionKey): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, code, ...params) => issues.push(issue(field, code, ...params));
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const ids = key.options.map((option) => option.id);
      const correct = key.options.filter((option) => option.correct).length;
      if (key.options.length < 2) add('options', 'OPTIONS_TOO_FEW');
      if (duplicates(ids).length) add('options', 'OPTION_IDS_REPEATED', { ids: duplicates(ids).join(', ') });
      if (key.type !== 'MULTIPLE_CHOICE' && correct !== 1) add('options', 'ONE_CORRECT_OPTION', { marked: correct });
      if (key.type === 'MULTIPLE_CHOICE' && correct === 0) add('options', 'CORRECT_OPTION_REQUIRED');
      break;
    }
    case 'TRUE_FALSE':
      break;
    case 'ORDERING':
      if (key.itemIds.length < 2) add('itemIds', 'ITEMS_TOO_FEW');
      if (duplicates(key.itemIds).length) add('itemIds', 'ITEM_IDS_REPEATED', { ids: duplicates(key.itemIds).join(', ') });
      break;
    case 'MATCHING': {
      if (key.pairs.length < 2) add('pairs', 'PAIRS_TOO_FEW');
      const lefts = duplicates(key.pairs.map((pair) => pair.left));
      const rights = duplicates(key.pairs.map((pair) => pair.right));
      if (lefts.length) add('pairs', 'LEFT_ITEMS_REPEATED', { ids: lefts.join(', ') });
      if (rights.length) add('pairs', 'RIGHT_ITEMS_REPEATED', { ids: rights.join(', ') });
      break;
    }
    case 'NUMERIC':
      if (!Number.isFinite(key.value)) add('value', 'NOT_A_NUMBER');
      if (!Number.isFinite(key.tolerance) || key.tolerance < 0) add('tolerance', 'TOLERANCE_NEGATIVE');
      if (!key.unit.trim()) add('unit', 'UNIT_REQUIRED');
      break;
    default: {
      const unknown: never = key;
      add('type', 'QUESTION_TYPE_UNKNOWN', { type: String((unknown as { type: string }).type) });
    }
  }
  return issues;
}
