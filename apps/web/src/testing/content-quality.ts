import type { ItemFlag, QuestionType, TranslationStatus } from '../generated/graphql';

export interface TranslationGapFixture {
  entityType: 'program' | 'module' | 'question' | 'skill';
  entityId: string;
  code: string;
  path: string;
  status: Extract<TranslationStatus, 'MISSING' | 'OUTDATED'>;
  source: string;
  text?: string | null;
}

/** A TranslationGap as the translations page selects it. */
export function aTranslationGap({ text = null, ...gap }: TranslationGapFixture) {
  return { __typename: 'TranslationGap', ...gap, text };
}

export interface ItemStatisticsFixture {
  questionId: string;
  code: string;
  prompt: string;
  version?: number;
  type?: QuestionType;
  attempts?: number;
  learners?: number;
  difficulty: number;
  discrimination: number | null;
  upperLowerIndex: number | null;
  flags?: ItemFlag[];
  choices?: Array<{ optionId: string; label: string | null; count: number; share: number }>;
}

/** An ItemStatistics row as the statistics page selects it, texts already resolved in the viewer's locale. */
export function anItem({ prompt, version = 1, type = 'SINGLE_CHOICE', attempts = 40, learners, flags = [], choices = [], ...item }: ItemStatisticsFixture) {
  return {
    __typename: 'ItemStatistics',
    ...item,
    version,
    type,
    attempts,
    learners: learners ?? attempts,
    flags,
    prompt: { __typename: 'LocalisedText', text: prompt },
    choices: choices.map(({ label, ...choice }) => ({
      __typename: 'ChoiceShare',
      ...choice,
      label: label === null ? null : { __typename: 'LocalisedText', text: label },
    })),
  };
}
