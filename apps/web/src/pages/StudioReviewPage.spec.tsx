import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { ReviewQueuedModuleDocument, ReviewQueuedQuestionDocument } from '../modules/review/graphql/review.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { reviewQueueMock } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });

const authorship = (lastEditorId: string, lastEditorName: string) => ({ __typename: 'VersionAuthorship', lastEditorId, lastEditorName, updatedAt: '2026-01-12T10:30:00.000Z' });

function aModule(status = 'IN_REVIEW') {
  return {
    __typename: 'Module',
    id: 'm-1',
    code: 'heritage.founding',
    kind: 'LESSON',
    latest: {
      __typename: 'ModuleVersion',
      id: 'm-1-v2',
      version: 2,
      status,
      title: { __typename: 'LocalisedText', sourceLocale: 'en', text: 'The founding of the maison' },
      authorship: authorship('u-claire', 'Claire Dubois'),
    },
  };
}

const question = {
  __typename: 'Question',
  id: 'q-1',
  code: 'heritage.q-founding-year',
  latest: {
    __typename: 'QuestionVersion',
    id: 'q-1-v1',
    version: 1,
    status: 'IN_REVIEW',
    type: 'SINGLE_CHOICE',
    prompt: { __typename: 'LocalisedText', sourceLocale: 'en', text: 'When was the maison founded?' },
    // The viewer edited it last.
    authorship: authorship('viewer-1', 'Léa Martin'),
  },
};

/** The queue with this module and this question, unless told otherwise. */
function queueMock(options: Parameters<typeof reviewQueueMock>[0] = {}) {
  return reviewQueueMock({ modules: [aModule()], questions: [question], ...options });
}

afterEach(() => sessionStore.reset());

describe('StudioReviewPage', () => {
  it('lists what waits for review, with links to the editors', async () => {
    renderApp({ route: '/studio/review', viewer: author, mocks: [queueMock()] });

    const modules = await screen.findByRole('table', { name: 'Modules' });
    const moduleRow = within(modules).getByTestId('review-item-heritage.founding');
    expect(within(moduleRow).getByRole('link', { name: 'heritage.founding' })).toHaveAttribute('href', '/studio/modules/m-1');
    expect(moduleRow).toHaveTextContent('The founding of the maison');
    expect(moduleRow).toHaveTextContent('Lesson');
    expect(moduleRow).toHaveTextContent('v2');
    expect(moduleRow).toHaveTextContent('Claire Dubois');
    const questions = screen.getByRole('table', { name: 'Questions' });
    expect(within(questions).getByRole('link', { name: 'heritage.q-founding-year' })).toHaveAttribute('href', '/studio/questions/q-1');
    expect(within(questions).getByText('When was the maison founded?')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    // Every question that waits is listed: no note that more wait.
    expect(screen.queryByText(/more questions? waits? for review/)).not.toBeInTheDocument();
  });

  it('says how many more questions wait beyond the first ones it lists', async () => {
    renderApp({ route: '/studio/review', viewer: author, mocks: [queueMock({ questionsTotal: 203 })] });

    const questions = await screen.findByRole('table', { name: 'Questions' });
    expect(within(questions).getByRole('link', { name: 'heritage.q-founding-year' })).toBeInTheDocument();
    expect(screen.getByText('202 more questions wait for review: publish or send back these first to see them.')).toBeInTheDocument();
  });

  it('publishes a module and takes it off the queue', async () => {
    const published = jest.fn(() => ({ data: { reviewModule: aModule('PUBLISHED') } }));
    renderApp({
      route: '/studio/review',
      viewer: author,
      mocks: [
        queueMock(),
        { request: { query: ReviewQueuedModuleDocument, variables: { input: { moduleId: 'm-1', action: 'PUBLISH' }, locale: 'en' } }, result: published },
        queueMock({ modules: [] }),
      ],
    });
    const user = userEvent.setup();

    const publish = await screen.findByRole('button', { name: 'Publish heritage.founding' });
    expect(publish).toBeEnabled();
    await user.click(publish);

    expect(await screen.findByText('No module waits for review.')).toBeInTheDocument();
    expect(published).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('table', { name: 'Modules' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Questions' })).toBeInTheDocument();
  });

  it('shows why the last editor cannot publish under four-eyes, while others can', async () => {
    renderApp({ route: '/studio/review', viewer: author, mocks: [queueMock()] });

    const publishQuestion = await screen.findByRole('button', { name: 'Publish heritage.q-founding-year' });
    expect(publishQuestion).toBeDisabled();
    expect(publishQuestion).toHaveAccessibleDescription('Four-eyes publishing: you edited this version last, so another author must publish it.');
    expect(screen.getByRole('button', { name: 'Request changes on heritage.q-founding-year' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Publish heritage.founding' })).toBeEnabled();
    expect(screen.getByText(/Four-eyes publishing is on/)).toBeInTheDocument();
  });

  it('lets the last editor publish when the maison relaxed four-eyes', async () => {
    renderApp({ route: '/studio/review', viewer: author, mocks: [queueMock({ fourEyesPublishing: false })] });

    expect(await screen.findByRole('button', { name: 'Publish heritage.q-founding-year' })).toBeEnabled();
    expect(screen.queryByText(/you edited this version last/)).not.toBeInTheDocument();
  });

  it('says clearly why a module could not be published', async () => {
    renderApp({
      route: '/studio/review',
      viewer: author,
      mocks: [
        queueMock(),
        {
          request: { query: ReviewQueuedModuleDocument, variables: { input: { moduleId: 'm-1', action: 'PUBLISH' }, locale: 'en' } },
          result: graphQLErrorResult('MODULE_NOT_READY', 'These questions have no published version yet: heritage.q-founding-year', {
            issues: [{ field: 'questions', code: 'NOT_PUBLISHED', params: { code: 'heritage.q-founding-year' }, message: 'heritage.q-founding-year is not published' }],
          }),
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Publish heritage.founding' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('heritage.founding could not be moved on');
    // The reasons are the issues, in the interface language, not the API's English summary.
    expect(alert).toHaveTextContent('This module cannot be published yet. heritage.q-founding-year is not published');
    expect(screen.getByRole('table', { name: 'Modules' })).toBeInTheDocument();
  });

  it('shows the four-eyes refusal the API sends', async () => {
    renderApp({
      route: '/studio/review',
      viewer: author,
      mocks: [
        queueMock({ fourEyesPublishing: false }),
        {
          request: { query: ReviewQueuedQuestionDocument, variables: { input: { questionId: 'q-1', action: 'PUBLISH' }, locale: 'en' } },
          result: graphQLErrorResult('FOUR_EYES_REQUIRED', 'Question heritage.q-founding-year: Another author must review and publish what you last edited'),
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Publish heritage.q-founding-year' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Another author must publish what you last edited (four-eyes publishing).'));
  });

  it('says when nothing waits for review', async () => {
    renderApp({ route: '/studio/review', viewer: author, mocks: [queueMock({ modules: [], questions: [] })] });

    expect(await screen.findByText('Nothing waits for review. Submitted modules and questions will appear here.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
