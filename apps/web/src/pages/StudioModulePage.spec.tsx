import type { ContentStatus } from '../generated/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { UpdateMyLocaleDocument } from '../modules/auth/graphql/session.graphql';
import { StudioTranslationGapsDocument, TranslationSourceLocaleDocument } from '../modules/content-quality/graphql/translation-gaps.graphql';
import {
  ModuleHistoryDocument,
  PreviewLessonMarkdownDocument,
  ReviewModuleDocument,
  SaveModuleDraftDocument,
  StudioModuleDocument,
  StudioModulesDocument,
} from '../modules/learning-modules/graphql/modules.graphql';
import { CreateQuestionDocument, ImportQuestionsCsvDocument, QuestionHistoryDocument, StudioQuestionDocument, StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { ReviewQueuedModuleDocument } from '../modules/review/graphql/review.graphql';
import { aTranslationGap } from '../testing/content-quality';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { aQuestion as anEditedQuestion, editorContextMock, foundingYearContent } from '../testing/questions';
import { renderApp } from '../testing/render-app';
import { aBankQuestion, aModule, maisonMe, questionBankMock, reviewQueueMock, type ModuleFixture } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });

/** Typing into a few fields of a long form takes seconds in jsdom. */
const FORM_TIMEOUT = 30_000;

const richText = { kind: 'RICH_TEXT', markdown: { en: 'Our **house**', fr: 'Notre **maison**' } };
const timeline = {
  kind: 'TIMELINE_EVENT',
  date: '1837',
  title: { en: 'The first workshop', fr: 'Le premier atelier' },
  story: { en: 'Aurèle opens a saddlery in Paris.', fr: 'Aurèle ouvre une sellerie à Paris.' },
};

const founding: ModuleFixture = {
  id: 'm-founding',
  code: 'heritage.founding',
  kind: 'LESSON',
  version: 3,
  status: 'DRAFT',
  publishedVersion: 2,
  lastEditorId: 'author-2',
  lastEditorName: 'Claire Dubois',
  content: {
    title: { en: 'The founding', fr: 'La fondation' },
    summary: { en: 'How the maison began.', fr: 'Les débuts de la maison.' },
    estimatedMinutes: 6,
    targetSkills: ['heritage.founding-story'],
    blocks: [richText, timeline],
    questions: ['heritage.q-founding-year'],
  },
  // The English story changed after it was translated.
  frStatuses: { 'blocks[1].story': 'OUTDATED' },
};

function moduleMock(module: ModuleFixture = founding, fourEyesPublishing = true, locale = 'en') {
  return {
    request: { query: StudioModuleDocument, variables: { id: module.id, locale } },
    result: {
      data: {
        me: maisonMe(fourEyesPublishing),
        module: aModule(module),
        skills: [
          { __typename: 'Skill', id: 's-founding', code: 'heritage.founding-story', name: { __typename: 'LocalisedText', text: 'The founding story' } },
          { __typename: 'Skill', id: 's-hallmarks', code: 'heritage.hallmarks', name: { __typename: 'LocalisedText', text: 'Hallmarks' } },
        ],
      },
    },
  };
}

const aQuestion = aBankQuestion;

const bankQuestions = [
  aQuestion('q-year', 'heritage.q-founding-year', 'In which year was the maison founded?'),
  aQuestion('q-workshop', 'heritage.q-first-workshop', 'Where was the first workshop?', 'DRAFT'),
];

function aBankMock(questions: Array<ReturnType<typeof aBankQuestion>> = bankQuestions, locale = 'en', uses?: number) {
  return questionBankMock(questions, { locale, uses });
}

/** The bank as the editor opens with it (its module's questions, then the search's), before a change is read. */
const openingBankMock = (questions = bankQuestions) => aBankMock(questions, 'en', 2);

const bankMock = aBankMock();

function anEntry(id: string, action: string, actorName: string, createdAt: string, changes: Array<[string, string | null, string | null]>) {
  return {
    __typename: 'AuditEntry',
    id,
    action,
    actorName,
    createdAt,
    changes: changes.map(([field, before, after]) => ({ __typename: 'AuditChange', field, before, after })),
  };
}

const created = anEntry('a-1', 'created', 'Claire Dubois', '2026-01-05T09:15:00.000Z', [['title.en', null, '"The founding"']]);

function historyMock(entries: unknown[] = [created]) {
  return { request: { query: ModuleHistoryDocument, variables: { entityId: 'm-founding' } }, result: { data: { auditTrail: entries } } };
}

function previewMock(markdown: string, html: string) {
  return { request: { query: PreviewLessonMarkdownDocument, variables: { markdown } }, result: { data: { previewLessonMarkdown: html } } };
}

const previews = [previewMock('Our **house**', '<p>Our <strong>house</strong></p>'), previewMock('Notre **maison**', '<p>Notre <strong>maison</strong></p>')];

function baseMocks(module: ModuleFixture = founding, fourEyesPublishing = true, bank = bankMock) {
  return [moduleMock(module, fourEyesPublishing), bank, historyMock(), ...previews];
}

/** The modules list, on the way back to the module from another Studio section. */
function modulesListMock(module: ModuleFixture = founding) {
  return { request: { query: StudioModulesDocument, variables: { locale: 'en', status: null } }, result: { data: { me: maisonMe(), modules: [aModule(module)] } } };
}

/** The question bank's page, on the way to a question's page or to creating or importing one. */
function questionsListMock() {
  const year = {
    __typename: 'Question',
    id: 'q-year',
    code: 'heritage.q-founding-year',
    latest: {
      __typename: 'QuestionVersion',
      id: 'q-year-v1',
      version: 1,
      status: 'PUBLISHED',
      type: 'SINGLE_CHOICE',
      difficulty: 2,
      skills: [],
      prompt: { __typename: 'LocalisedText', sourceLocale: 'en', text: 'In which year was the maison founded?' },
    },
    published: { __typename: 'QuestionVersion', id: 'q-year-v1', version: 1 },
  };
  return { request: { query: StudioQuestionsDocument, variables: { locale: 'en' } }, result: { data: { questions: [year] } } };
}

async function goToSection(user: ReturnType<typeof userEvent.setup>, section: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Studio sections' })).getByRole('link', { name: section }));
}

async function backToModule(user: ReturnType<typeof userEvent.setup>) {
  await goToSection(user, 'Modules');
  await user.click(await screen.findByRole('link', { name: 'The founding' }));
  return screen.findByRole('combobox', { name: 'Add a question from the bank' });
}

/** Whether leaving the page now would make the browser ask first. */
function leavingIsQuestioned() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function blockRegion(name: string) {
  return screen.findByRole('region', { name });
}

/**
 * The module in review with one question in review, whose page is visited first, then the module's. `before`: what
 * they read until the module is published; `after`: what they read again once it is (the API publishes the question
 * with it, and each history gains the publication).
 */
function moduleWithAQuestionInReview() {
  const inReview: ModuleFixture = { ...founding, status: 'IN_REVIEW', content: { ...founding.content, questions: ['heritage.q-first-workshop'] } };
  const published: ModuleFixture = { ...inReview, status: 'PUBLISHED', publishedVersion: 3, updatedAt: '2026-02-04T08:00:00.000Z' };
  const workshop = { id: 'q-workshop', code: 'heritage.q-first-workshop', content: foundingYearContent };
  const publication = anEntry('a-3', 'publish', 'Léa Martin', '2026-02-04T08:00:00.000Z', [['status', '"IN_REVIEW"', '"PUBLISHED"']]);
  const questionMock = (status: 'IN_REVIEW' | 'PUBLISHED') => ({
    request: { query: StudioQuestionDocument, variables: { id: 'q-workshop' } },
    result: { data: { question: anEditedQuestion({ ...workshop, status, publishedVersion: status === 'PUBLISHED' ? 1 : null }) } },
  });
  const questionHistoryMock = (entries: unknown[]) => ({ request: { query: QuestionHistoryDocument, variables: { entityId: 'q-workshop' } }, result: { data: { auditTrail: entries } } });
  const bankWith = (status: ContentStatus, uses?: number) => aBankMock([bankQuestions[0], aQuestion('q-workshop', 'heritage.q-first-workshop', 'Where was the first workshop?', status)], 'en', uses);
  const questionRow = () => within(screen.getByRole('list', { name: 'Questions in order' })).getByRole('listitem');
  return {
    inReview,
    published,
    before: [editorContextMock(), questionMock('IN_REVIEW'), questionHistoryMock([]), modulesListMock(inReview), moduleMock(inReview), bankWith('IN_REVIEW', 2), historyMock(), ...previews],
    after: [
      historyMock([publication, created]),
      bankWith('PUBLISHED'),
      {
        request: { query: TranslationSourceLocaleDocument },
        result: { data: { me: { __typename: 'Viewer', id: 'viewer-1', maison: { __typename: 'Maison', id: 'maison-1', defaultLocale: 'en' } } } },
      },
      {
        request: { query: StudioTranslationGapsDocument, variables: { locale: 'fr' } },
        result: { data: { translationGaps: [aTranslationGap({ entityType: 'question', entityId: 'q-workshop', code: 'heritage.q-first-workshop', path: 'prompt', status: 'MISSING', source: 'When was the maison founded?' })] } },
      },
      questionMock('PUBLISHED'),
      questionHistoryMock([publication]),
    ],
    questionRow,
    /** From the question's page, visited first, to the module's, its question still in review. */
    async openTheModule(user: ReturnType<typeof userEvent.setup>) {
      expect(await screen.findByText('Not published yet')).toBeInTheDocument();
      await backToModule(user);
      await waitFor(() => expect(questionRow()).toHaveTextContent('In review'));
    },
    /** Back on the question's page (by way of the translations still missing): published, and its history says so. */
    async expectTheQuestionPublished(user: ReturnType<typeof userEvent.setup>) {
      await goToSection(user, 'Translations');
      await user.click(await screen.findByRole('link', { name: 'heritage.q-first-workshop' }));
      expect(await screen.findByText('Learners see version 1')).toBeInTheDocument();
      expect(screen.queryByText('Not published yet')).not.toBeInTheDocument();
      expect(await within(screen.getByRole('region', { name: 'History' })).findByText('Léa Martin published it')).toBeInTheDocument();
    },
  };
}

afterEach(() => sessionStore.reset());

describe('StudioModulePage', () => {
  it('shows the version line, the blocks, the preview from the API and the questions from the bank', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks() });

    expect(await screen.findByRole('heading', { level: 2, name: 'The founding' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/modules/m-founding');
    const line = screen.getByTestId('module-version-line');
    expect(line).toHaveTextContent('Version 3 · Draft · last edited by Claire Dubois');
    expect(line).toHaveTextContent('Published: version 2');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('The founding');
    expect(screen.getByLabelText(/^Estimated minutes/)).toHaveValue('6');

    const text = await blockRegion('Block 1 · Text');
    expect(within(text).getByLabelText(/^Text \(Markdown\)/)).toHaveValue('Our **house**');
    // Only the API's sanitised HTML is rendered.
    const preview = await within(text).findByTestId('markdown-preview');
    await waitFor(() => expect(preview.innerHTML).toBe('<div><p>Our <strong>house</strong></p></div>'));
    const event = screen.getByRole('region', { name: 'Block 2 · Timeline event' });
    expect(within(event).getByLabelText(/^Date/)).toHaveValue('1837');

    const questions = screen.getByRole('list', { name: 'Questions in order' });
    expect(await within(questions).findByText('In which year was the maison founded?')).toBeInTheDocument();
    expect(within(questions).getByText('heritage.q-founding-year')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Claire Dubois created the module');
  });

  it('edits the English story of a timeline event and saves the whole draft', async () => {
    const story = 'Aurèle opens his first saddlery.';
    const content = { ...founding.content, blocks: [richText, { ...timeline, story: { en: story, fr: timeline.story.fr } }] };
    const saved: ModuleFixture = { ...founding, content, lastEditorId: 'viewer-1', lastEditorName: 'Léa Martin', updatedAt: '2026-02-03T08:00:00.000Z' };
    const sent = jest.fn(() => ({ data: { saveModuleDraft: aModule(saved) } }));
    const draftSaved = anEntry('a-2', 'draft-saved', 'Léa Martin', '2026-02-03T08:00:00.000Z', [['blocks[1].story.en', JSON.stringify(timeline.story.en), JSON.stringify(story)]]);
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(),
        {
          request: {
            query: SaveModuleDraftDocument,
            variables: {
              input: {
                moduleId: 'm-founding',
                baseUpdatedAt: '2026-02-02T10:00:00.000Z',
                content: {
                  title: { en: 'The founding', fr: 'La fondation' },
                  summary: { en: 'How the maison began.', fr: 'Les débuts de la maison.' },
                  estimatedMinutes: 6,
                  targetSkills: ['heritage.founding-story'],
                  blocks: [
                    { kind: 'RICH_TEXT', markdown: { en: 'Our **house**', fr: 'Notre **maison**' } },
                    { kind: 'TIMELINE_EVENT', date: '1837', title: { en: 'The first workshop', fr: 'Le premier atelier' }, story: { en: story, fr: 'Aurèle ouvre une sellerie à Paris.' } },
                  ],
                  questions: ['heritage.q-founding-year'],
                },
              },
              locale: 'en',
            },
          },
          result: sent,
        },
        historyMock([draftSaved, created]),
      ],
    });
    const user = userEvent.setup();

    const event = await blockRegion('Block 2 · Timeline event');
    const field = within(event).getByLabelText(/^Story/);
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
    await user.clear(field);
    await user.type(field, story);
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    // What would be submitted is the saved draft: save first.
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(screen.getByTestId('module-version-line')).toHaveTextContent('Version 3 · Draft · last edited by Léa Martin');
    expect(within(screen.getByRole('region', { name: 'Block 2 · Timeline event' })).getByLabelText(/^Story/)).toHaveValue(story);
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeEnabled();
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Léa Martin saved the draft')).toBeInTheDocument();
    expect(within(history).getByText('Block 2 · Story (English)')).toBeInTheDocument();
  }, FORM_TIMEOUT);

  describe('text typed while a save is on its way', () => {
    const saving = ' Since 1837.';
    const typedMeanwhile = ' In Paris.';
    const summaryOf = (text: string) => ({ en: text, fr: 'Les débuts de la maison.' });
    const contentWith = (summary: string) => ({ ...founding.content, summary: summaryOf(summary) });
    function saveMock(baseUpdatedAt: string, summary: string, saved: ModuleFixture, delay = 0) {
      const sent = jest.fn(() => ({ data: { saveModuleDraft: aModule(saved) } }));
      const mock = {
        request: { query: SaveModuleDraftDocument, variables: { input: { moduleId: 'm-founding', baseUpdatedAt, content: contentWith(summary) }, locale: 'en' } },
        result: sent,
        delay,
      };
      return { sent, mock };
    }

    it.each([
      ['a draft, saved in place', founding, 3],
      ['a published module, whose save starts version 4', { ...founding, status: 'PUBLISHED', publishedVersion: 3 } satisfies ModuleFixture, 4],
    ] as const)('on %s, is kept, stays unsaved, and the next save starts from what was saved', async (_case, module, savedVersion) => {
      const first = `How the maison began.${saving}`;
      const second = `${first}${typedMeanwhile}`;
      const firstSaved: ModuleFixture = { ...module, status: 'DRAFT', version: savedVersion, content: contentWith(first), lastEditorId: 'viewer-1', lastEditorName: 'Léa Martin', updatedAt: '2026-02-03T08:00:00.000Z' };
      const firstSave = saveMock('2026-02-02T10:00:00.000Z', first, firstSaved, 1500);
      const secondSave = saveMock('2026-02-03T08:00:00.000Z', second, { ...firstSaved, content: contentWith(second), updatedAt: '2026-02-03T08:05:00.000Z' });
      renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: [...baseMocks(module), firstSave.mock, historyMock(), secondSave.mock, historyMock()] });
      const user = userEvent.setup();

      const summary = await screen.findByLabelText(/^Summary/);
      await user.type(summary, saving);
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await user.type(summary, typedMeanwhile);
      expect(firstSave.sent).not.toHaveBeenCalled();

      await waitFor(() => expect(firstSave.sent).toHaveBeenCalledTimes(1));
      await waitFor(() => expect(screen.getByTestId('module-version-line')).toHaveTextContent(`Version ${savedVersion} · Draft · last edited by Léa Martin`));
      expect(screen.getByLabelText(/^Summary/)).toHaveValue(second);
      expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
      expect(leavingIsQuestioned()).toBe(true);

      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(secondSave.sent).toHaveBeenCalledTimes(1));
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();
      expect(screen.getByLabelText(/^Summary/)).toHaveValue(second);
      expect(leavingIsQuestioned()).toBe(false);
    }, FORM_TIMEOUT);

    it('a block moved before the save reads its translation status where the saved version now holds it', async () => {
      const content = { ...founding.content, blocks: [timeline, richText] };
      const saved: ModuleFixture = { ...founding, content, updatedAt: '2026-02-03T08:00:00.000Z', frStatuses: { 'blocks[0].story': 'OUTDATED' } };
      const sent = jest.fn(() => ({ data: { saveModuleDraft: aModule(saved) } }));
      renderApp({
        route: '/studio/modules/m-founding',
        viewer: author,
        mocks: [
          ...baseMocks(),
          { request: { query: SaveModuleDraftDocument, variables: { input: { moduleId: 'm-founding', baseUpdatedAt: '2026-02-02T10:00:00.000Z', content }, locale: 'en' } }, result: sent },
          historyMock(),
          ...previews,
        ],
      });
      const user = userEvent.setup();

      await blockRegion('Block 2 · Timeline event');
      await user.click(screen.getByRole('button', { name: 'Move Block 2 · Timeline event up' }));
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();

      await user.click(screen.getByRole('radio', { name: 'French' }));
      const event = await blockRegion('Block 1 · Timeline event');
      expect(within(event).getByLabelText(/^Story/)).toHaveAccessibleName(/^Story FR outdated/);
      expect(within(await blockRegion('Block 2 · Text')).getByLabelText(/^Text/)).not.toHaveAccessibleName(/FR/);
    }, FORM_TIMEOUT);
  });

  it('switches to French: each field says whether its translation is missing or outdated', async () => {
    const noFrenchTitle: ModuleFixture = { ...founding, content: { ...founding.content, blocks: [richText, { ...timeline, title: { en: 'The first workshop' } }] } };
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks(noFrenchTitle) });
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 2, name: 'The founding' });
    expect(screen.getByRole('radio', { name: 'English (source)' })).toBeChecked();
    expect(screen.queryByTestId('text-status')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'French' }));

    const event = await blockRegion('Block 2 · Timeline event');
    const story = within(event).getByLabelText(/^Story/);
    expect(story).toHaveValue('Aurèle ouvre une sellerie à Paris.');
    expect(story).toHaveAccessibleName(/^Story FR outdated/);
    expect(story).toHaveAccessibleDescription('English: Aurèle opens a saddlery in Paris.');
    expect(within(event).getByLabelText(/^Event title/)).toHaveAccessibleName(/^Event title FR missing/);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('La fondation');
    expect(screen.getByLabelText(/^Title/)).not.toHaveAccessibleName(/FR/);
    // Shared by every locale.
    expect(within(event).getByLabelText(/^Date/)).toHaveValue('1837');
    expect(screen.getAllByTestId('text-status').map((badge) => badge.textContent)).toEqual(['FR missing', 'FR outdated']);
    const preview = await within(screen.getByRole('region', { name: 'Block 1 · Text' })).findByTestId('markdown-preview');
    await waitFor(() => expect(preview.innerHTML).toBe('<div><p>Notre <strong>maison</strong></p></div>'));
    expect(preview).toHaveAttribute('lang', 'fr');
  }, FORM_TIMEOUT);

  it('adds a key fact and a question from the bank, moves the question up and saves', async () => {
    const content = {
      ...founding.content,
      blocks: [richText, timeline, { kind: 'KEY_FACT', text: { en: 'Founded in 1837.' } }],
      questions: ['heritage.q-first-workshop', 'heritage.q-founding-year'],
    };
    const sent = jest.fn(() => ({ data: { saveModuleDraft: aModule({ ...founding, content, updatedAt: '2026-02-03T08:00:00.000Z' }) } }));
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(),
        { request: { query: SaveModuleDraftDocument, variables: { input: { moduleId: 'm-founding', content, baseUpdatedAt: '2026-02-02T10:00:00.000Z' }, locale: 'en' } }, result: sent },
        historyMock(),
      ],
    });
    const user = userEvent.setup();

    await blockRegion('Block 2 · Timeline event');
    await user.click(screen.getByRole('combobox', { name: 'Kind of block' }));
    await user.click(await screen.findByRole('option', { name: 'Key fact' }));
    await user.click(screen.getByRole('button', { name: 'Add block' }));
    const fact = await blockRegion('Block 3 · Key fact');
    await user.type(within(fact).getByLabelText(/^Fact/), 'Founded in 1837.');

    await user.click(screen.getByRole('combobox', { name: 'Add a question from the bank' }));
    // The question already in the module is not offered again.
    expect(screen.queryByRole('option', { name: /heritage\.q-founding-year/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'heritage.q-first-workshop · Where was the first workshop?' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.click(screen.getByRole('button', { name: 'Move heritage.q-first-workshop up' }));
    const questions = screen.getByRole('list', { name: 'Questions in order' });
    expect(within(questions).getAllByRole('listitem').map((item) => within(item).getAllByText(/^heritage\./)[0]?.textContent)).toEqual([
      'heritage.q-first-workshop',
      'heritage.q-founding-year',
    ]);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('searches the bank on the server as the author types, and says when more questions match than it offers', async () => {
    const many = Array.from({ length: 24 }, (_, index) => aQuestion(`q-${index}`, `product.q-strap-${String(index).padStart(2, '0')}`, `Which strap, case ${index}?`));
    const calls: Array<Record<string, unknown>> = [];
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks(founding, true, questionBankMock([...bankQuestions, ...many], { calls })) });
    const user = userEvent.setup();

    const picker = await screen.findByRole('combobox', { name: 'Add a question from the bank' });
    // Opening, the module's own question is read by its code, and the first page of the bank offered.
    await waitFor(() => expect(calls).toEqual(expect.arrayContaining([{ codes: ['heritage.q-founding-year'] }, { search: '' }])));
    expect(await screen.findByText('26 questions match: type more to narrow them down.')).toBeInTheDocument();
    await user.type(picker, 'workshop');
    // Once typing pauses, one search goes to the server, and its answer is offered as it is.
    await waitFor(() => expect(calls).toContainEqual({ search: 'workshop' }));
    expect(calls.filter((filter) => typeof filter['search'] === 'string' && filter['search'] !== '' && filter['search'] !== 'workshop')).toEqual([]);
    expect(await screen.findByRole('option', { name: 'heritage.q-first-workshop · Where was the first workshop?' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /product\.q-strap/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/type more to narrow/)).not.toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('says beside the picker when the question bank could not be loaded, rather than that it is loading, and loads it again on request', async () => {
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [moduleMock(), { request: bankMock.request, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') }, bankMock, historyMock(), ...previews],
    });
    const user = userEvent.setup();

    const questions = await screen.findByRole('region', { name: 'Questions' });
    const alert = await within(questions).findByRole('alert');
    expect(alert).toHaveTextContent('The question bank could not be loaded.');
    // Said once, there.
    expect(screen.getAllByRole('alert')).toEqual([alert]);
    // The module's own questions are still listed, by code.
    expect(within(questions).getByText('heritage.q-founding-year')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(within(questions).queryByRole('alert')).not.toBeInTheDocument());
    await user.click(screen.getByRole('combobox', { name: 'Add a question from the bank' }));
    expect(await screen.findByRole('option', { name: 'heritage.q-first-workshop · Where was the first workshop?' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('keeps keyboard focus in the blocks when one is removed: on the next one’s remove button, then the heading', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks() });
    const user = userEvent.setup();

    await blockRegion('Block 2 · Timeline event');
    await user.click(screen.getByRole('button', { name: 'Remove Block 1 · Text' }));
    expect(screen.getByRole('button', { name: 'Remove Block 1 · Timeline event' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: /^Block 1/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Lesson blocks' })).toHaveFocus();
  }, FORM_TIMEOUT);

  it('keeps keyboard focus in the questions when one is removed: on the one before when it was the last, then the heading', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('combobox', { name: 'Add a question from the bank' }));
    await user.click(await screen.findByRole('option', { name: 'heritage.q-first-workshop · Where was the first workshop?' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.click(screen.getByRole('button', { name: 'Remove heritage.q-first-workshop' }));
    expect(screen.getByRole('button', { name: 'Remove heritage.q-founding-year' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('list', { name: 'Questions in order' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Questions' })).toHaveFocus();
  }, FORM_TIMEOUT);

  it('places VALIDATION_FAILED issues on their fields and lists the others', async () => {
    const content = { ...founding.content, blocks: [richText, { ...timeline, date: '37' }] };
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(),
        {
          request: { query: SaveModuleDraftDocument, variables: { input: { moduleId: 'm-founding', content, baseUpdatedAt: '2026-02-02T10:00:00.000Z' }, locale: 'en' } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Invalid input', {
            issues: [
              { field: 'blocks[1].date', code: 'TIMELINE_DATE_INVALID', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' },
              { field: 'targetSkills', code: 'SKILL_UNKNOWN', params: { code: 'heritage.founding-story' }, message: 'unknown skill "heritage.founding-story"' },
              { field: 'format', code: 'EDITOR_FORMAT_UNKNOWN', message: 'is not what the editor sends' },
            ],
          }),
        },
      ],
    });
    const user = userEvent.setup();

    const event = await blockRegion('Block 2 · Timeline event');
    const date = within(event).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '37');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await within(event).findByText('must be YYYY, YYYY-MM or YYYY-MM-DD')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('unknown skill “heritage.founding-story”')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Please check the highlighted fields.');
    expect(within(alert).getByTestId('module-issues')).toHaveTextContent('format: is not what the editor sends');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('offers Submit for review on a draft and no Publish', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks() });

    expect(await screen.findByRole('button', { name: 'Submit for review' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toBeEnabled();
  });

  it('in review, the form is read-only, and four-eyes keeps the last editor from publishing', async () => {
    const inReview: ModuleFixture = { ...founding, status: 'IN_REVIEW', lastEditorId: 'viewer-1', lastEditorName: 'Léa Martin' };
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks(inReview, true) });

    const publish = await screen.findByRole('button', { name: 'Publish' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription('Four-eyes publishing: another author must publish what you last edited.');
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
    expect(screen.getByText('This version is in review and cannot be edited. A reviewer can publish it or request changes.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add block' })).toBeDisabled();
  });

  it('lets another author publish, then offers Archive', async () => {
    const inReview: ModuleFixture = { ...founding, status: 'IN_REVIEW' };
    const published: ModuleFixture = { ...founding, status: 'PUBLISHED', publishedVersion: 3, updatedAt: '2026-02-04T08:00:00.000Z' };
    const sent = jest.fn(() => ({ data: { reviewModule: aModule(published) } }));
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(inReview, true),
        { request: { query: ReviewModuleDocument, variables: { input: { moduleId: 'm-founding', action: 'PUBLISH' }, locale: 'en' } }, result: sent },
        historyMock([anEntry('a-3', 'publish', 'Léa Martin', '2026-02-04T08:00:00.000Z', [['status', '"IN_REVIEW"', '"PUBLISHED"']]), created]),
        bankMock,
      ],
    });
    const user = userEvent.setup();

    const publish = await screen.findByRole('button', { name: 'Publish' });
    expect(publish).toBeEnabled();
    await user.click(publish);

    expect(await screen.findByRole('button', { name: 'Archive' })).toBeEnabled();
    expect(sent).toHaveBeenCalledTimes(1);
    const line = screen.getByTestId('module-version-line');
    expect(line).toHaveTextContent('Version 3 · Published · last edited by Claire Dubois');
    expect(line).toHaveTextContent('Published: version 3');
    expect(screen.getByText('Learners see this version. Saving a change starts version 4 as a draft.')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Léa Martin published it')).toBeInTheDocument();
    const [latestEntry] = within(history).getAllByRole('listitem');
    expect(within(latestEntry as HTMLElement).getByRole('term')).toHaveTextContent('Status');
    expect(within(latestEntry as HTMLElement).getByRole('definition')).toHaveTextContent('Before:In review After:Published');
  });

  it('shows FOUR_EYES_REQUIRED from the API when the page did not know', async () => {
    const inReview: ModuleFixture = { ...founding, status: 'IN_REVIEW' };
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(inReview, false),
        {
          request: { query: ReviewModuleDocument, variables: { input: { moduleId: 'm-founding', action: 'PUBLISH' }, locale: 'en' } },
          result: graphQLErrorResult('FOUR_EYES_REQUIRED', 'Module heritage.founding: Another author must review and publish what you last edited'),
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Publish' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Another author must publish what you last edited.');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
  });

  it('keeps unsaved edits when the interface language changes and the module is read again', async () => {
    const frenchReading = jest.fn(() => moduleMock(founding, true, 'fr').result);
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(),
        { request: { query: StudioModuleDocument, variables: { id: 'm-founding', locale: 'fr' } }, result: frenchReading, delay: 50 },
        aBankMock(bankQuestions, 'fr'),
        { request: { query: UpdateMyLocaleDocument, variables: { locale: 'fr' } }, result: { data: { updateMyLocale: aViewer({ roles: ['AUTHOR'], locale: 'fr' }) } } },
      ],
    });
    const user = userEvent.setup();

    const date = within(await blockRegion('Block 2 · Timeline event')).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '1838');
    await user.click(screen.getByRole('radio', { name: 'FR' }));

    await waitFor(() => expect(frenchReading).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Modifications non enregistrées')).toBeInTheDocument();
    expect(screen.getByDisplayValue('1838')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeEnabled();
  }, FORM_TIMEOUT);

  it('holds Archive back while there are unsaved edits, and has the browser ask before leaving them', async () => {
    const published: ModuleFixture = { ...founding, status: 'PUBLISHED', publishedVersion: 3 };
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: baseMocks(published) });
    const user = userEvent.setup();

    const archive = await screen.findByRole('button', { name: 'Archive' });
    expect(archive).toBeEnabled();
    expect(leavingIsQuestioned()).toBe(false);
    const date = within(await blockRegion('Block 2 · Timeline event')).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '1838');

    expect(archive).toBeDisabled();
    expect(archive).toHaveAccessibleDescription('Save or undo your changes before archiving.');
    expect(leavingIsQuestioned()).toBe(true);
    await user.clear(date);
    await user.type(date, '1837');
    expect(archive).toBeEnabled();
    expect(leavingIsQuestioned()).toBe(false);
  }, FORM_TIMEOUT);

  it('asks before a move to another page of Studio would lose unsaved edits, and keeps them if the author stays', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: [...baseMocks(), modulesListMock(founding)] });
    const user = userEvent.setup();
    const date = within(await blockRegion('Block 2 · Timeline event')).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '1838');

    await goToSection(user, 'Modules');
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/modules/m-founding');
    await user.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument());
    expect(screen.getByDisplayValue('1838')).toBeInTheDocument();

    await goToSection(user, 'Modules');
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/studio\/modules$/));
  }, FORM_TIMEOUT);

  it('lets the author move on freely when nothing is unsaved', async () => {
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: [...baseMocks(), modulesListMock(founding)] });
    const user = userEvent.setup();
    await blockRegion('Block 2 · Timeline event');
    await goToSection(user, 'Modules');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/studio\/modules$/));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('after publishing, its questions show their new status and history, in the editor and on a question page already visited', async () => {
    const scenario = moduleWithAQuestionInReview();
    renderApp({
      route: '/studio/questions/q-workshop',
      viewer: author,
      mocks: [
        ...scenario.before,
        { request: { query: ReviewModuleDocument, variables: { input: { moduleId: 'm-founding', action: 'PUBLISH' }, locale: 'en' } }, result: { data: { reviewModule: aModule(scenario.published) } } },
        ...scenario.after,
      ],
    });
    const user = userEvent.setup();

    await scenario.openTheModule(user);
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    // The editor starts afresh from the published version; the bank beside it and the history are read again.
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
    await waitFor(() => expect(scenario.questionRow()).toHaveTextContent('Published'));
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText('Léa Martin published it')).toBeInTheDocument();
    await scenario.expectTheQuestionPublished(user);
  }, FORM_TIMEOUT);

  it('after publishing from the review queue, the module, its bank and its questions read afresh, with their histories', async () => {
    const scenario = moduleWithAQuestionInReview();
    renderApp({
      route: '/studio/questions/q-workshop',
      viewer: author,
      mocks: [
        ...scenario.before,
        reviewQueueMock({ modules: [aModule(scenario.inReview)], fourEyesPublishing: true }),
        {
          request: { query: ReviewQueuedModuleDocument, variables: { input: { moduleId: 'm-founding', action: 'PUBLISH' }, locale: 'en' } },
          result: { data: { reviewModule: aModule(scenario.published) } },
        },
        reviewQueueMock(),
        modulesListMock(scenario.published),
        moduleMock(scenario.published),
        ...scenario.after,
      ],
    });
    const user = userEvent.setup();

    await scenario.openTheModule(user);
    await goToSection(user, 'Review');
    await user.click(await screen.findByRole('button', { name: 'Publish heritage.founding' }));
    expect(await screen.findByText('Nothing waits for review. Submitted modules and questions will appear here.')).toBeInTheDocument();

    await backToModule(user);
    expect(await screen.findByText('Published: version 3')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText('Léa Martin published it')).toBeInTheDocument();
    await waitFor(() => expect(scenario.questionRow()).toHaveTextContent('Published'));
    await scenario.expectTheQuestionPublished(user);
  }, FORM_TIMEOUT);

  it('offers a question imported from a CSV file in the picker, without a reload', async () => {
    const csv = 'code,type,prompt.en\nheritage.q-atelier,TRUE_FALSE,The first workshop was in Paris.';
    const imported = aQuestion('q-atelier', 'heritage.q-atelier', 'The first workshop was in Paris.', 'DRAFT');
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(founding, true, openingBankMock()),
        questionsListMock(),
        editorContextMock(),
        {
          request: { query: ImportQuestionsCsvDocument, variables: { csv, locale: 'en' } },
          result: {
            data: {
              importQuestionsCsv: [
                {
                  ...imported,
                  latest: { ...imported.latest, version: 1, type: 'TRUE_FALSE', difficulty: 2, skills: [], prompt: { ...imported.latest.prompt, sourceLocale: 'en' } },
                  published: null,
                },
              ],
            },
          },
        },
        modulesListMock(),
        // The list's authorship lacks publishedAt, so the module page reads the module again.
        moduleMock(),
        aBankMock([...bankQuestions, imported]),
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('combobox', { name: 'Add a question from the bank' });
    await goToSection(user, 'Question bank');
    await user.click(await screen.findByRole('link', { name: 'Import CSV' }));
    const form = await screen.findByRole('form', { name: 'Import questions from CSV' });
    await user.click(within(form).getByRole('textbox', { name: /^CSV content/ }));
    await user.paste(csv);
    await user.click(within(form).getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('link', { name: 'heritage.q-atelier' })).toBeInTheDocument();

    await user.click(await backToModule(user));
    expect(await screen.findByRole('option', { name: 'heritage.q-atelier · The first workshop was in Paris.' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('offers a question just created in the picker, without a reload', async () => {
    const createdQuestion = anEditedQuestion({ id: 'q-atelier', code: 'heritage.q-atelier', content: foundingYearContent });
    renderApp({
      route: '/studio/modules/m-founding',
      viewer: author,
      mocks: [
        ...baseMocks(founding, true, openingBankMock()),
        questionsListMock(),
        editorContextMock(),
        { request: { query: CreateQuestionDocument, variables: () => true }, result: { data: { createQuestion: createdQuestion } } },
        { request: { query: StudioQuestionDocument, variables: { id: 'q-atelier' } }, result: { data: { question: createdQuestion } } },
        { request: { query: QuestionHistoryDocument, variables: { entityId: 'q-atelier' } }, result: { data: { auditTrail: [] } } },
        modulesListMock(),
        // The list's authorship lacks publishedAt, so the module page reads the module again.
        moduleMock(),
        aBankMock([...bankQuestions, aQuestion('q-atelier', 'heritage.q-atelier', 'When was the maison founded?', 'DRAFT')]),
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('combobox', { name: 'Add a question from the bank' });
    await goToSection(user, 'Question bank');
    await user.click(await screen.findByRole('link', { name: 'New question' }));
    const form = await screen.findByRole('form', { name: 'New question' });
    await user.type(within(form).getByLabelText(/^Code/), 'heritage.q-atelier');
    await user.click(within(form).getByRole('button', { name: 'Create question' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'heritage.q-atelier' })).toBeInTheDocument();

    await user.click(await backToModule(user));
    expect(await screen.findByRole('option', { name: 'heritage.q-atelier · When was the maison founded?' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('names an import from a program package in the history', async () => {
    const imported = anEntry('a-9', 'imported', 'Hugo Bernard', '2026-02-06T08:00:00.000Z', [['version', null, '4']]);
    renderApp({ route: '/studio/modules/m-founding', viewer: author, mocks: [moduleMock(), bankMock, historyMock([imported, created]), ...previews] });

    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('Hugo Bernard imported the module from a program package')).toBeInTheDocument();
  });
});
