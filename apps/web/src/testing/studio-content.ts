import type { ContentStatus, ModuleKind, TranslationStatus } from '../generated/graphql';
import { ModuleQuestionBankDocument } from '../modules/learning-modules/graphql/modules.graphql';
import { ReviewQueueDocument } from '../modules/review/graphql/review.graphql';

/*
 * Programs and modules as the Studio queries select them, with every field (Apollo drops a result that lacks one).
 * Texts are English (the source) and French.
 */

type Texts = Record<string, string>;

/** A `LocalisedText` with its translations; `text` is the one resolved for the viewer (omitted when not selected). */
export function aLocalisedText(texts: Texts, { statuses = {}, text }: { statuses?: Record<string, TranslationStatus>; text?: string } = {}) {
  return {
    __typename: 'LocalisedText',
    sourceLocale: 'en',
    ...(text === undefined ? {} : { text }),
    translations: ['en', 'fr'].map((locale) => ({
      __typename: 'Translation',
      locale,
      status: statuses[locale] ?? (texts[locale] ? 'UP_TO_DATE' : 'MISSING'),
      text: texts[locale] ?? null,
    })),
  };
}

export interface ModuleFixture {
  id: string;
  code: string;
  kind: ModuleKind;
  version?: number;
  status?: ContentStatus;
  publishedVersion?: number | null;
  lastEditorId?: string;
  lastEditorName?: string;
  updatedAt?: string;
  content: {
    title: Texts;
    summary: Texts;
    estimatedMinutes: number;
    targetSkills: string[];
    blocks: Array<Record<string, unknown>>;
    questions: string[];
  };
  /** French status by text path, where it is not simply up to date or missing (e.g. `blocks[1].story: 'OUTDATED'`). */
  frStatuses?: Record<string, TranslationStatus>;
}

function isTexts(value: unknown): value is Texts {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((key) => /^[a-z]{2}$/.test(key));
}

/** Every text of a module's content with its path, in document order (as the API's `texts` lists them). */
export function textPaths(content: ModuleFixture['content']): Array<{ path: string; texts: Texts }> {
  const found: Array<{ path: string; texts: Texts }> = [
    { path: 'title', texts: content.title },
    { path: 'summary', texts: content.summary },
  ];
  content.blocks.forEach((block, i) => {
    for (const [field, value] of Object.entries(block)) {
      if (isTexts(value)) found.push({ path: `blocks[${i}].${field}`, texts: value });
      if (field === 'keySpecs' && Array.isArray(value)) {
        value.forEach((spec: Record<string, Texts>, k) => {
          found.push({ path: `blocks[${i}].keySpecs[${k}].label`, texts: spec['label'] ?? {} }, { path: `blocks[${i}].keySpecs[${k}].value`, texts: spec['value'] ?? {} });
        });
      }
    }
  });
  return found;
}

/** The version as ModuleEditor_version selects it (and ModulesTable_module's subset). */
export function aModuleVersion(module: ModuleFixture) {
  const status = module.status ?? 'DRAFT';
  const version = module.version ?? 1;
  return {
    __typename: 'ModuleVersion',
    id: `${module.id}-v${version}`,
    version,
    status,
    content: module.content,
    estimatedMinutes: module.content.estimatedMinutes,
    targetSkills: module.content.targetSkills,
    questions: module.content.questions,
    title: {
      __typename: 'LocalisedText',
      sourceLocale: 'en',
      text: module.content.title['en'],
      translations: ['en', 'fr'].map((locale) => ({
        __typename: 'Translation',
        locale,
        status: locale === 'fr' ? (module.frStatuses?.['title'] ?? (module.content.title['fr'] ? 'UP_TO_DATE' : 'MISSING')) : 'UP_TO_DATE',
      })),
    },
    texts: textPaths(module.content).map(({ path, texts }) => ({
      __typename: 'FieldText',
      path,
      text: aLocalisedText(texts, { statuses: module.frStatuses?.[path] ? { fr: module.frStatuses[path] } : {} }),
    })),
    authorship: {
      __typename: 'VersionAuthorship',
      lastEditorId: module.lastEditorId ?? 'author-2',
      lastEditorName: module.lastEditorName ?? 'Claire Dubois',
      updatedAt: module.updatedAt ?? '2026-02-02T10:00:00.000Z',
      publishedAt: null,
    },
  };
}

/** A module as the editor's query, its mutations and the modules list select it. */
export function aModule(module: ModuleFixture) {
  const published = module.publishedVersion ?? null;
  return {
    __typename: 'Module',
    id: module.id,
    code: module.code,
    kind: module.kind,
    latest: aModuleVersion(module),
    published: published === null ? null : { __typename: 'ModuleVersion', id: `${module.id}-v${published}`, version: published, status: 'PUBLISHED' },
  };
}

/** A module as a program's outline (and its picker) selects it. */
export function anOutlineModule(module: { id: string; code: string; kind: ModuleKind; title: string; status?: ContentStatus; minutes?: number; version?: number; publishedVersion?: number | null }) {
  const version = module.version ?? 1;
  return {
    __typename: 'Module',
    id: module.id,
    code: module.code,
    kind: module.kind,
    latest: {
      __typename: 'ModuleVersion',
      id: `${module.id}-v${version}`,
      version,
      status: module.status ?? 'DRAFT',
      estimatedMinutes: module.minutes ?? 5,
      title: { __typename: 'LocalisedText', text: module.title },
    },
    published: module.publishedVersion ? { __typename: 'ModuleVersion', id: `${module.id}-v${module.publishedVersion}`, version: module.publishedVersion } : null,
  };
}

export const maisonMe = (fourEyesPublishing?: boolean) => ({
  __typename: 'Viewer',
  id: 'viewer-1',
  maison: { __typename: 'Maison', id: 'maison-1', defaultLocale: 'en', ...(fourEyesPublishing === undefined ? {} : { fourEyesPublishing }) },
});

/** The review queue's reading: what waits for review (modules and questions as its fragments select them; `questionsTotal` questions in all), and the rule. */
export function reviewQueueMock({
  modules = [],
  questions = [],
  questionsTotal = questions.length,
  fourEyesPublishing = true,
}: { modules?: unknown[]; questions?: unknown[]; questionsTotal?: number; fourEyesPublishing?: boolean } = {}) {
  return {
    request: { query: ReviewQueueDocument, variables: { locale: 'en' } },
    result: {
      data: {
        me: { __typename: 'Viewer', id: 'viewer-1', maison: { __typename: 'Maison', id: 'maison-1', fourEyesPublishing } },
        modules,
        questions: { __typename: 'QuestionPage', items: questions, total: questionsTotal },
      },
    },
  };
}

/** A question of the bank as the module editor reads it. */
export const aBankQuestion = (id: string, code: string, prompt: string, status: ContentStatus = 'PUBLISHED') => ({
  __typename: 'Question',
  id,
  code,
  latest: { __typename: 'QuestionVersion', id: `${id}-v1`, status, prompt: { __typename: 'LocalisedText', text: prompt } },
});

type BankQuestionFixture = ReturnType<typeof aBankQuestion>;

/**
 * The API's question bank for the module editor, over `questions`: by code, the filter's codes or its search (in the
 * code or the prompt, any case), one page. Answers `uses` readings in `locale` (the editor reads its module's questions
 * and the search's apart: 2 when it opens), every one by default; `calls` hears each filter asked.
 */
export function questionBankMock(questions: BankQuestionFixture[], { locale = 'en', uses = Number.POSITIVE_INFINITY, calls }: { locale?: string; uses?: number; calls?: Array<Record<string, unknown>> } = {}) {
  return {
    request: { query: ModuleQuestionBankDocument, variables: (variables: Record<string, unknown>) => variables['locale'] === locale },
    maxUsageCount: uses,
    result: ({ filter, limit }: { filter: { codes?: string[]; search?: string }; limit: number }) => {
      calls?.push(filter);
      const needle = filter.search?.toLowerCase() ?? '';
      const found = [...questions]
        .sort((a, b) => a.code.localeCompare(b.code))
        .filter((question) => (filter.codes ? filter.codes.includes(question.code) : `${question.code} ${question.latest.prompt.text}`.toLowerCase().includes(needle)));
      return { data: { questions: { __typename: 'QuestionPage', total: found.length, items: found.slice(0, limit) } } };
    },
  };
}
