import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { QuestionHistoryDocument, SaveQuestionDraftDocument, StudioQuestionDocument, StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { ReviewQueuedQuestionDocument } from '../modules/review/graphql/review.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { aListedQuestion, aQuestion, editorContextMock, foundingYearContent, type QuestionFixture } from '../testing/questions';
import { renderApp } from '../testing/render-app';
import { reviewQueueMock } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });
const FORM_TIMEOUT = 40_000;

const foundingYear: QuestionFixture = {
  id: 'q-1',
  code: 'heritage.q-founding-year',
  content: foundingYearContent,
  french: { prompt: 'MISSING', 'choices.b.text': 'OUTDATED' },
};

/** The question page, whose save of `content` (made on the version as read) gets `result`. */
function renderSavingAs(content: Record<string, unknown>, result: ReturnType<typeof graphQLErrorResult>) {
  const save = { query: SaveQuestionDraftDocument, variables: { input: { questionId: 'q-1', content, baseUpdatedAt: '2026-01-12T10:30:00.000Z' } } };
  return renderApp({ route: '/studio/questions/q-1', viewer: author, mocks: [...questionMocks(), { request: save, result }] });
}

function anEntry(id: string, action: string, actorName: string, createdAt: string, changes: Array<[string, string | null, string]>) {
  return { __typename: 'AuditEntry', id, action, actorName, createdAt, changes: changes.map(([field, before, after]) => ({ __typename: 'AuditChange', field, before, after })) };
}

const created = anEntry('a-1', 'created', 'Claire Dubois', '2026-01-10T09:00:00.000Z', [['prompt.en', null, '"When was the maison founded?"']]);

function historyMock(entries: unknown[], questionId = 'q-1') {
  return { request: { query: QuestionHistoryDocument, variables: { entityId: questionId } }, result: { data: { auditTrail: entries } } };
}

function questionMocks(fixture: QuestionFixture = foundingYear, { fourEyesPublishing = true } = {}) {
  return [
    editorContextMock({ fourEyesPublishing }),
    { request: { query: StudioQuestionDocument, variables: { id: fixture.id } }, result: { data: { question: aQuestion(fixture) } } },
    historyMock([created], fixture.id),
  ];
}

/** Whether leaving the page now would make the browser ask first. */
function leavingIsQuestioned() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) {
    await user.click(field);
    await user.paste(text);
  }
}

afterEach(() => sessionStore.reset());

describe('StudioQuestionPage', () => {
  it('opens a draft with its workflow, its key and its history', async () => {
    renderApp({ route: '/studio/questions/q-1', viewer: author, mocks: questionMocks() });

    expect(await screen.findByRole('heading', { level: 2, name: 'heritage.q-founding-year' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeEnabled();
    const form = screen.getByRole('form', { name: 'Edit heritage.q-founding-year' });
    expect(within(form).getByRole('textbox', { name: /^Prompt/ })).toHaveValue('When was the maison founded?');
    expect(within(within(form).getByRole('group', { name: 'Option A' })).getByRole('radio', { name: 'Correct answer — Option A' })).toBeChecked();
    expect(await screen.findByText('Claire Dubois created the question')).toBeInTheDocument();
    expect(screen.getByText('Prompt (English)')).toBeInTheDocument();
  });

  it(
    'shows a VALIDATION_FAILED issue next to its field, and lists the ones no field shows',
    async () => {
      const content = {
        ...foundingYearContent,
        presentation: { ...foundingYearContent.presentation, choices: { ...foundingYearContent.presentation.choices, b: { text: { en: '', fr: 'En 1901' } } } },
      };
      renderSavingAs(
        content,
        graphQLErrorResult('VALIDATION_FAILED', 'Invalid input', {
          issues: [
            { field: 'presentation.choices.b', code: 'TEXT_MISSING', params: { locale: 'en' }, message: 'needs text in en' },
            { field: 'presentation.audio', code: 'AUDIO_UNSUPPORTED', message: 'is not supported' },
          ],
        }),
      );
      const user = userEvent.setup();

      const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
      const optionB = within(form).getByRole('group', { name: 'Option B' });
      await fill(user, within(optionB).getByRole('textbox', { name: /^Text/ }), '');
      // Unsaved changes: submitting would send the saved version.
      expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
      expect(screen.getByText('Save your changes before submitting: review sees the saved version.')).toBeInTheDocument();
      await user.click(within(form).getByRole('button', { name: 'Save draft' }));

      expect(await within(optionB).findByText('needs text in en')).toBeInTheDocument();
      expect(within(optionB).getByRole('textbox', { name: /^Text/ })).toHaveAttribute('aria-invalid', 'true');
      expect(within(within(form).getByRole('group', { name: 'Option A' })).getByRole('textbox', { name: /^Text/ })).not.toHaveAttribute('aria-invalid', 'true');
      const notice = within(form).getByRole('alert');
      expect(notice).toHaveTextContent('Please check the highlighted fields.');
      expect(notice).toHaveTextContent('presentation.audio — is not supported');
      expect(notice).not.toHaveTextContent('needs text in en');
    },
    FORM_TIMEOUT,
  );

  it(
    'sends the version the edit was made on, and keeps the edit when another author saved since (EDIT_CONFLICT)',
    async () => {
      const content = { ...foundingYearContent, difficulty: 4 };
      renderSavingAs(content, graphQLErrorResult('EDIT_CONFLICT', 'Question heritage.q-founding-year was changed by someone else after you opened it'));
      const user = userEvent.setup();

      const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
      const four = within(within(form).getByRole('radiogroup', { name: /^Difficulty/ })).getByRole('radio', { name: '4' });
      await user.click(four);
      await user.click(within(form).getByRole('button', { name: 'Save draft' }));

      expect(await within(form).findByRole('alert')).toHaveTextContent('Another author saved this after you opened it. Your changes are still here');
      expect(four).toBeChecked();
    },
    FORM_TIMEOUT,
  );

  it(
    'previews the typed French text once the language is switched, the source text where French is missing',
    async () => {
      renderApp({ route: '/studio/questions/q-1', viewer: author, mocks: questionMocks() });
      const user = userEvent.setup();

      const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
      const preview = screen.getByRole('region', { name: 'Preview' });
      expect(within(preview).getByRole('group', { name: 'When was the maison founded?' })).toBeInTheDocument();
      expect(within(preview).getByRole('radio', { name: 'In 1837' })).toBeInTheDocument();

      await user.click(screen.getByRole('radio', { name: 'French' }));

      // No French prompt yet: advisors would read the English one; the options are translated.
      expect(within(preview).getByText('French')).toBeInTheDocument();
      expect(within(preview).getByRole('group', { name: 'When was the maison founded?' })).toBeInTheDocument();
      expect(within(preview).getByRole('radio', { name: 'En 1837' })).toBeInTheDocument();
      const prompt = within(form).getByRole('textbox', { name: /^Prompt/ });
      expect(prompt).toHaveAccessibleName(expect.stringContaining('FR missing'));
      expect(prompt).toHaveAttribute('lang', 'fr');
      expect(within(within(form).getByRole('group', { name: 'Option B' })).getByText('FR outdated')).toBeInTheDocument();
      expect(screen.getByText('English: When was the maison founded?')).toBeInTheDocument();

      await fill(user, prompt, 'En quelle année la maison a-t-elle été fondée ?');

      // Shown as learners will read it: the space before the question mark never breaks.
      expect(within(preview).getByRole('group', { name: 'En quelle année la maison a-t-elle été fondée\u202f?' })).toBeInTheDocument();
      await user.click(within(preview).getByRole('radio', { name: 'En 1837' }));
      await user.click(within(preview).getByRole('button', { name: 'Check answer' }));
      expect(within(preview).getByRole('status')).toHaveTextContent('En 1837, dans un atelier de la rue de la Paix.');
    },
    FORM_TIMEOUT,
  );

  it('keeps a version in review read-only and explains why the last editor cannot publish it', async () => {
    renderApp({
      route: '/studio/questions/q-1',
      viewer: author,
      mocks: questionMocks({ ...foundingYear, status: 'IN_REVIEW', lastEditorId: 'viewer-1', lastEditorName: 'Léa Martin' }),
    });

    const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
    expect(screen.getByText('In review')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Prompt/ })).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Save draft' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeEnabled();
    const publish = screen.getByRole('button', { name: 'Publish' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription('Four-eyes publishing: you edited this version last, so another author must publish it.');
    // The preview still answers, for the reviewer's sake.
    expect(within(screen.getByRole('region', { name: 'Preview' })).getByRole('radio', { name: 'In 1837' })).toBeEnabled();
  });

  it('holds Archive back while there are unsaved edits, and has the browser ask before leaving them', async () => {
    renderApp({ route: '/studio/questions/q-1', viewer: author, mocks: questionMocks({ ...foundingYear, status: 'PUBLISHED', publishedVersion: 1 }) });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
    const archive = screen.getByRole('button', { name: 'Archive' });
    expect(archive).toBeEnabled();
    expect(leavingIsQuestioned()).toBe(false);
    await fill(user, within(form).getByRole('textbox', { name: /^Prompt/ }), 'In which year was the maison founded?');

    expect(archive).toBeDisabled();
    expect(archive).toHaveAccessibleDescription('Save or undo your changes before archiving: archiving retires the saved version.');
    expect(leavingIsQuestioned()).toBe(true);
  }, FORM_TIMEOUT);

  it(
    'keeps what is typed while a published question\'s save starts version 2, unsaved',
    async () => {
      const published: QuestionFixture = { ...foundingYear, status: 'PUBLISHED', publishedVersion: 1 };
      const content = { ...foundingYearContent, difficulty: 4 };
      const sent = jest.fn(() => ({ data: { saveQuestionDraft: aQuestion({ ...published, status: 'DRAFT', version: 2, content }) } }));
      const save = { query: SaveQuestionDraftDocument, variables: { input: { questionId: 'q-1', content, baseUpdatedAt: '2026-01-12T10:30:00.000Z' } } };
      renderApp({ route: '/studio/questions/q-1', viewer: author, mocks: [...questionMocks(published), { request: save, result: sent, delay: 1500 }, historyMock([created])] });
      const user = userEvent.setup();

      const form = await screen.findByRole('form', { name: 'Edit heritage.q-founding-year' });
      await user.click(within(within(form).getByRole('radiogroup', { name: /^Difficulty/ })).getByRole('radio', { name: '4' }));
      await user.click(within(form).getByRole('button', { name: 'Save draft' }));
      await user.type(within(form).getByRole('textbox', { name: /^Prompt/ }), ' Which year?');
      expect(sent).not.toHaveBeenCalled();

      await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
      expect(await screen.findByText('Draft')).toBeInTheDocument();
      const prompt = within(screen.getByRole('form', { name: 'Edit heritage.q-founding-year' })).getByRole('textbox', { name: /^Prompt/ });
      expect(prompt).toHaveValue('When was the maison founded? Which year?');
      expect(within(within(screen.getByRole('form', { name: 'Edit heritage.q-founding-year' })).getByRole('radiogroup', { name: /^Difficulty/ })).getByRole('radio', { name: '4' })).toBeChecked();
      expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
      expect(leavingIsQuestioned()).toBe(true);
    },
    FORM_TIMEOUT,
  );

  it('names an import from a program package in the history', async () => {
    const [context, question] = questionMocks();
    renderApp({
      route: '/studio/questions/q-1',
      viewer: author,
      mocks: [
        context,
        question,
        historyMock([anEntry('a-7', 'imported', 'Hugo Bernard', '2026-01-14T09:00:00.000Z', [['version', null, '2']])]),
      ],
    });

    expect(await screen.findByText('Hugo Bernard imported the question from a program package')).toBeInTheDocument();
  });

  it('after publishing from the review queue, shows the published version and the history that says so', async () => {
    const inReview: QuestionFixture = { ...foundingYear, status: 'IN_REVIEW' };
    const published: QuestionFixture = { ...foundingYear, status: 'PUBLISHED', publishedVersion: 1 };
    const publication = anEntry('a-2', 'publish', 'Léa Martin', '2026-01-13T08:00:00.000Z', [['status', '"IN_REVIEW"', '"PUBLISHED"']]);
    renderApp({
      route: '/studio/questions/q-1',
      viewer: author,
      mocks: [
        ...questionMocks(inReview),
        reviewQueueMock({ questions: [aListedQuestion(inReview)] }),
        {
          request: { query: ReviewQueuedQuestionDocument, variables: { input: { questionId: 'q-1', action: 'PUBLISH' }, locale: 'en' } },
          result: { data: { reviewQuestion: aListedQuestion(published) } },
        },
        reviewQueueMock(),
        {
          request: { query: StudioQuestionsDocument, variables: { locale: 'en', filter: {}, offset: 0, limit: 50 } },
          result: { data: { questions: { __typename: 'QuestionPage', items: [aListedQuestion(published)], total: 1 } } },
        },
        { request: { query: StudioQuestionDocument, variables: { id: 'q-1' } }, result: { data: { question: aQuestion(published) } } },
        historyMock([publication, created]),
      ],
    });
    const user = userEvent.setup();
    const studioSection = async (name: string) => user.click(within(screen.getByRole('navigation', { name: 'Studio sections' })).getByRole('link', { name }));

    expect(await screen.findByText('Not published yet')).toBeInTheDocument();
    await studioSection('Review');
    await user.click(await screen.findByRole('button', { name: 'Publish heritage.q-founding-year' }));
    expect(await screen.findByText('Nothing waits for review. Submitted modules and questions will appear here.')).toBeInTheDocument();
    await studioSection('Question bank');
    await user.click(await screen.findByRole('link', { name: 'heritage.q-founding-year' }));

    expect(await screen.findByText('Learners see version 1')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'History' })).findByText('Léa Martin published it')).toBeInTheDocument();
  });
});
