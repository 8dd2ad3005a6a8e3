import { createHash } from 'node:crypto';
import { isContentUrl, keyedAnswer, mapModuleTexts, resolveText, type Answer, type LocalisedText, type ModuleTexts, type QuestionKey, type QuestionPresentation } from '@savoir/domain';
import { renderLessonMarkdown } from '../studio/lesson-markdown';
import type { LearnerChoiceModel, LearnerQuestionModel } from './dtos/learning.model';

/**
 * What an advisor's device receives of published content: texts in their locale, lesson Markdown as sanitised
 * HTML, and questions without their key. Choices come in an order shuffled per advisor and version, stable across
 * reloads (an ordering question must never arrive in its right order by construction). Picture and video
 * addresses pass `learnerContentUrl`.
 */

const text = (field: LocalisedText | undefined, locale: string) => (field ? resolveText(field, locale).text : '');

/**
 * A stored picture or video address as a device may receive it: null when `isContentUrl` refuses it. Content saved
 * before that rule (http, javascript:, data:, //host) stays in the database until an author saves it again.
 */
export function learnerContentUrl(url: string | null | undefined): string | null {
  return url && isContentUrl(url) ? url : null;
}

/** A stable per-advisor shuffle: sorts ids by a hash of (seed, id). */
export function stableShuffle(ids: readonly string[], seed: string): string[] {
  const rank = (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return [...ids].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
}

export function presentQuestion(
  question: { questionId: string; versionId: string; key: QuestionKey; presentation: QuestionPresentation<LocalisedText> },
  locale: string,
  seed: string,
  answered: boolean,
): LearnerQuestionModel {
  const { key, presentation } = question;
  const choice = (id: string): LearnerChoiceModel => {
    const saved = presentation.choices?.[id];
    const image = key.type === 'IMAGE_CHOICE';
    return { id, text: text(saved?.text, locale), imageUrl: image ? learnerContentUrl(saved?.imageUrl) : null, imageAlt: image ? text(saved?.imageAlt, locale) : null };
  };
  const shuffled = (ids: readonly string[]) => stableShuffle(ids, `${seed}:${question.versionId}`).map(choice);
  const base = { id: question.questionId, versionId: question.versionId, type: key.type, prompt: text(presentation.prompt, locale), answered, choices: [], matchingLeft: [], matchingRight: [], unit: null };
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
    case 'IMAGE_CHOICE':
      return { ...base, choices: shuffled(key.options.map((option) => option.id)) };
    case 'ORDERING':
      return { ...base, choices: shuffled(key.itemIds) };
    case 'MATCHING':
      return { ...base, matchingLeft: shuffled(key.pairs.map((pair) => pair.left)), matchingRight: shuffled(key.pairs.map((pair) => pair.right)) };
    case 'NUMERIC':
      return { ...base, unit: key.unit };
    case 'TRUE_FALSE':
      return base;
  }
}

/** The right answer, shaped as an answer, for the feedback shown after answering (a number with its tolerance and unit). */
export function solutionOf(key: QuestionKey): Answer & { tolerance?: number; unit?: string } {
  return key.type === 'NUMERIC' ? { ...keyedAnswer(key), tolerance: key.tolerance, unit: key.unit } : keyedAnswer(key);
}

export function explanationOf(presentation: QuestionPresentation<LocalisedText>, locale: string): string {
  return text(presentation.explanation, locale);
}

/**
 * Title, summary and blocks in `locale`; RICH_TEXT blocks gain their sanitised `html`. An IMAGE or VIDEO block whose
 * address is refused is left out: it is nothing without it (the web app drops a block without a URL too).
 */
export function presentModuleTexts(texts: ModuleTexts<LocalisedText>, locale: string): { title: string; summary: string; blocks: Record<string, unknown>[] } {
  const resolved = mapModuleTexts(texts, (field) => text(field, locale));
  return {
    title: resolved.title,
    summary: resolved.summary,
    blocks: resolved.blocks.flatMap((block): Record<string, unknown>[] => {
      switch (block.kind) {
        case 'RICH_TEXT':
          return [{ ...block, html: renderLessonMarkdown(block.markdown) }];
        case 'IMAGE':
        case 'VIDEO':
          return learnerContentUrl(block.url) ? [{ ...block }] : [];
        default:
          return [{ ...block }];
      }
    }),
  };
}
