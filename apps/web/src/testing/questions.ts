import type { ContentStatus, TranslationStatus } from '../generated/graphql';
import { QuestionEditorContextDocument } from '../modules/questions/graphql/questions.graphql';

/** The editor's surroundings: English is the maison's source, four-eyes publishing on unless said otherwise. */
export function editorContextMock({ fourEyesPublishing = true, skills = ['heritage.founding-story', 'heritage.hallmarks'] } = {}) {
  return {
    request: { query: QuestionEditorContextDocument },
    result: {
      data: {
        me: { __typename: 'Viewer', id: 'viewer-1', maison: { __typename: 'Maison', id: 'maison-1', defaultLocale: 'en', fourEyesPublishing } },
        skills: skills.map((code) => ({ __typename: 'Skill', id: `s-${code}`, code })),
      },
    },
  };
}

export interface QuestionFixture {
  id: string;
  code: string;
  status?: ContentStatus;
  version?: number;
  content: Record<string, unknown>;
  /** The French status of each text path; the others are up to date. */
  french?: Record<string, TranslationStatus>;
  lastEditorId?: string;
  lastEditorName?: string;
  publishedVersion?: number | null;
}

/** A Question as the editor's fragment selects it. */
export function aQuestion({ id, code, status = 'DRAFT', version = 1, content, french = {}, lastEditorId = 'u-claire', lastEditorName = 'Claire Dubois', publishedVersion = null }: QuestionFixture) {
  const presentation = content['presentation'] as { choices?: Record<string, unknown> };
  const key = content['key'] as { type: string };
  const paths = ['prompt', 'explanation', ...Object.keys(presentation.choices ?? {}).map((choice) => `choices.${choice}.text`)];
  return {
    __typename: 'Question',
    id,
    code,
    latest: {
      __typename: 'QuestionVersion',
      id: `${id}-v${version}`,
      version,
      status,
      type: key.type,
      content,
      texts: paths.map((path) => ({
        __typename: 'FieldText',
        path,
        text: {
          __typename: 'LocalisedText',
          sourceLocale: 'en',
          translations: [
            { __typename: 'Translation', locale: 'en', status: 'UP_TO_DATE' },
            { __typename: 'Translation', locale: 'fr', status: french[path] ?? 'UP_TO_DATE' },
          ],
        },
      })),
      authorship: { __typename: 'VersionAuthorship', lastEditorId, lastEditorName, updatedAt: '2026-01-12T10:30:00.000Z', publishedAt: null },
    },
    published: publishedVersion ? { __typename: 'QuestionVersion', id: `${id}-v${publishedVersion}`, version: publishedVersion } : null,
  };
}

/** A Question as the bank's list and the review queue select it too: the editor's fields with the English prompt, difficulty and skills. */
export function aListedQuestion(fixture: QuestionFixture) {
  const question = aQuestion(fixture);
  const prompt = (fixture.content['presentation'] as { prompt: { en: string } }).prompt.en;
  return {
    ...question,
    latest: {
      ...question.latest,
      difficulty: fixture.content['difficulty'],
      skills: fixture.content['skills'],
      prompt: { __typename: 'LocalisedText', sourceLocale: 'en', text: prompt },
    },
  };
}

/** A single choice about the founding year, translated into French except its prompt. */
export const foundingYearContent = {
  skills: ['heritage.founding-story'],
  difficulty: 1,
  key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] },
  presentation: {
    prompt: { en: 'When was the maison founded?' },
    explanation: { en: 'In 1837, in a workshop on the rue de la Paix.', fr: 'En 1837, dans un atelier de la rue de la Paix.' },
    choices: {
      a: { text: { en: 'In 1837', fr: 'En 1837' } },
      b: { text: { en: 'In 1901', fr: 'En 1901' } },
      c: { text: { en: 'In 1954', fr: 'En 1954' } },
    },
  },
};
