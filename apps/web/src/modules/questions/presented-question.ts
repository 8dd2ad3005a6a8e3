import { resolvePlainText, type Answer, type Localised, type QuestionType } from '@savoir/domain';
import { keyChoiceIds, type QuestionDraft } from './question-draft';

export type { Answer };

/** The answer to one type of question (single and image choices share a shape in the domain). */
export type AnswerOf<T extends Answer['type']> = T extends 'SINGLE_CHOICE' | 'IMAGE_CHOICE' ? { type: T; optionId: string } : Extract<Answer, { type: T }>;

/** One option, item or matching side as the learner sees it: texts in one locale. */
export interface PresentedChoice {
  id: string;
  text: string;
  imageUrl?: string;
  imageAlt?: string;
}

/**
 * What a learner's screen shows of a question, texts resolved to one locale and choices already in display order.
 * Nothing in it says which answer is right.
 */
export interface PresentedQuestion {
  prompt: string;
  /** Options (choice types) or items to order (ORDERING), in the order shown. */
  choices: readonly PresentedChoice[];
  /** MATCHING: the items to match, and the candidates each can be matched with. */
  matching?: { left: readonly PresentedChoice[]; right: readonly PresentedChoice[] };
  /** NUMERIC: the unit the answer is given in. */
  unit?: string;
}

/** Shown once an answer is checked. */
export interface AnswerFeedback {
  correct: boolean;
  /** Credit earned, 0 to 1. */
  score: number;
  explanation: string;
}

/** A text as learners get it from the API: the locale's, else the source's, set in the typography of its language. */
const learnerText = (texts: Localised | undefined, locale: string, sourceLocale: string) => resolvePlainText(texts ?? {}, locale, sourceLocale);

/**
 * The draft as a learner would see it in `locale` (falling back to the source text, as learners do), with the
 * choices put in display order by `order` (a shuffle).
 */
export function presentDraft(draft: QuestionDraft, locale: string, sourceLocale: string, order: (ids: readonly string[]) => string[]): PresentedQuestion {
  const choice = (id: string): PresentedChoice => {
    const saved = draft.presentation.choices?.[id];
    const image = draft.key.type === 'IMAGE_CHOICE' ? { imageUrl: saved?.imageUrl ?? '', imageAlt: learnerText(saved?.imageAlt, locale, sourceLocale) } : {};
    return { id, text: learnerText(saved?.text, locale, sourceLocale), ...image };
  };
  const prompt = learnerText(draft.presentation.prompt, locale, sourceLocale);
  switch (draft.key.type) {
    case 'MATCHING':
      return {
        prompt,
        choices: [],
        matching: {
          left: order(draft.key.pairs.map((pair) => pair.left)).map(choice),
          right: order(draft.key.pairs.map((pair) => pair.right)).map(choice),
        },
      };
    case 'NUMERIC':
      return { prompt, choices: [], unit: draft.key.unit };
    default:
      return { prompt, choices: order(keyChoiceIds(draft.key)).map(choice) };
  }
}

/**
 * The answer still valid for what is presented (an author may have removed an option since): unknown ids are
 * dropped, and an ordering keeps its order with new items at the end. Null when nothing of it is left.
 */
export function reconcileAnswer(type: QuestionType, answer: Answer | null, presented: PresentedQuestion): Answer | null {
  if (!answer || answer.type !== type) return null;
  const ids = new Set(presented.choices.map((choice) => choice.id));
  switch (answer.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
      return ids.has(answer.optionId) ? answer : null;
    case 'MULTIPLE_CHOICE': {
      const optionIds = answer.optionIds.filter((id) => ids.has(id));
      return optionIds.length === answer.optionIds.length ? answer : { ...answer, optionIds };
    }
    case 'ORDERING': {
      const kept = answer.itemIds.filter((id) => ids.has(id));
      const itemIds = [...kept, ...presented.choices.map((choice) => choice.id).filter((id) => !kept.includes(id))];
      return itemIds.join() === answer.itemIds.join() ? answer : { ...answer, itemIds };
    }
    case 'MATCHING': {
      const lefts = new Set(presented.matching?.left.map((item) => item.id));
      const rights = new Set(presented.matching?.right.map((item) => item.id));
      const pairs = answer.pairs.filter((pair) => lefts.has(pair.left) && rights.has(pair.right));
      return pairs.length === answer.pairs.length ? answer : { ...answer, pairs };
    }
    default:
      return answer;
  }
}

/** The answer to score: the given one, or for ORDERING the order on screen (leaving it as shown is an answer). */
export function answerToCheck(type: QuestionType, answer: Answer | null, presented: PresentedQuestion): Answer | null {
  if (answer) return answer;
  return type === 'ORDERING' ? { type, itemIds: presented.choices.map((choice) => choice.id) } : null;
}

/** Whether the answer says enough to be scored: an option picked, every left item matched, a number typed. */
export function isAnswerComplete(answer: Answer | null, presented: PresentedQuestion): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'MULTIPLE_CHOICE':
      return answer.optionIds.length > 0;
    case 'MATCHING':
      return answer.pairs.length === (presented.matching?.left.length ?? 0);
    case 'NUMERIC':
      return Number.isFinite(answer.value);
    default:
      return true;
  }
}
