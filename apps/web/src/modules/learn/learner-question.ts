import type { LearnerQuestion_QuestionFragment } from '../../generated/graphql';
import type { PresentedChoice, PresentedQuestion } from '../questions/presented-question';

/** A question as the advisor answers it: in a module, today's challenge or the placement. */
export type LearnerQuestion = LearnerQuestion_QuestionFragment;

interface LearnerChoice {
  id: string;
  text: string;
  imageUrl?: string | null;
  imageAlt?: string | null;
}

function presentChoice({ id, text, imageUrl, imageAlt }: LearnerChoice): PresentedChoice {
  return { id, text, ...(imageUrl ? { imageUrl, imageAlt: imageAlt ?? '' } : {}) };
}

/**
 * A question as the API sends it to the advisor, in the shape the shared player (`QuestionView`) shows: the
 * choices in the order the API chose (already shuffled per advisor), the matching sides, the unit.
 */
export function presentLearnerQuestion(question: LearnerQuestion): PresentedQuestion {
  const presented: PresentedQuestion = { prompt: question.prompt, choices: question.choices.map(presentChoice) };
  if (question.type === 'MATCHING') {
    return { ...presented, matching: { left: question.matchingLeft.map(presentChoice), right: question.matchingRight.map(presentChoice) } };
  }
  if (question.type === 'NUMERIC') return { ...presented, unit: question.unit ?? '' };
  return presented;
}

/** Where a module resumes: the first question not answered yet, or the first one when all are (a review). */
export function resumeIndex(questions: ReadonlyArray<{ answered: boolean }>): number {
  const index = questions.findIndex((question) => !question.answered);
  return index === -1 ? 0 : index;
}

/**
 * Whether the lesson opens the module: it has blocks, and it was never read to its end, or every question is
 * answered (a review starts from the lesson). Otherwise the advisor resumes at the next question.
 */
export function opensWithLesson(blockCount: number, questions: ReadonlyArray<{ answered: boolean }>, lessonReadAt: string | null): boolean {
  if (blockCount === 0) return false;
  return lessonReadAt === null || questions.every((question) => question.answered);
}
