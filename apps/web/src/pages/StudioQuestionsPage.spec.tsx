import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { aViewer } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'] });

function aRow(id: string, code: string, type: string, prompt: string, { status = 'DRAFT', version = 1, published = null as number | null, skills = ['heritage.founding-story'], difficulty = 2 } = {}) {
  return {
    __typename: 'Question',
    id,
    code,
    latest: { __typename: 'QuestionVersion', id: `${id}-v${version}`, version, status, type, difficulty, skills, prompt: { __typename: 'LocalisedText', sourceLocale: 'en', text: prompt } },
    published: published ? { __typename: 'QuestionVersion', id: `${id}-v${published}`, version: published } : null,
  };
}

const foundingYear = aRow('q-1', 'heritage.q-founding-year', 'SINGLE_CHOICE', 'When was the maison founded?', { status: 'PUBLISHED', version: 2, published: 2, difficulty: 1 });
const timeline = aRow('q-2', 'heritage.q-timeline', 'ORDERING', 'Put the maison’s milestones in order.', { status: 'DRAFT', version: 3, published: 2 });
const reserve = aRow('q-3', 'product.q-power-reserve', 'NUMERIC', 'How many hours of power reserve?', { skills: ['product.movements'], difficulty: 4 });

function listMock(variables: Record<string, unknown>, questions: unknown[]) {
  return { request: { query: StudioQuestionsDocument, variables }, result: { data: { questions } } };
}

afterEach(() => sessionStore.reset());

describe('StudioQuestionsPage', () => {
  it('lists the bank with type, prompt, skills, difficulty and versions', async () => {
    renderApp({ route: '/studio/questions', viewer: author, mocks: [listMock({ locale: 'en' }, [foundingYear, timeline, reserve])] });

    const table = await screen.findByRole('table', { name: 'Question bank' });
    expect(screen.getByText('3 questions')).toBeInTheDocument();
    const [, first, second] = within(table).getAllByRole('row');
    const cells = within(first).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['heritage.q-founding-year', 'Single choice', 'When was the maison founded?', 'heritage.founding-story', '1 / 5', 'v2Published', 'v2']);
    expect(within(first).getByRole('link', { name: 'heritage.q-founding-year' })).toHaveAttribute('href', '/studio/questions/q-1');
    expect(within(second).getAllByRole('cell')[5]).toHaveTextContent('v3Draft');
    expect(screen.getByRole('link', { name: 'New question' })).toHaveAttribute('href', '/studio/questions/new');
    expect(screen.getByRole('link', { name: 'Import CSV' })).toHaveAttribute('href', '/studio/questions/import');
  });

  it('filters by status on the server, by type and text here', async () => {
    renderApp({
      route: '/studio/questions',
      viewer: author,
      mocks: [listMock({ locale: 'en' }, [foundingYear, timeline, reserve]), listMock({ locale: 'en', status: 'DRAFT' }, [timeline, reserve])],
    });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Question bank' });
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Draft' }));
    expect(await screen.findByText('2 questions')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'heritage.q-founding-year' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Numeric' }));
    expect(await screen.findByText('1 question')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'product.q-power-reserve' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'milestones');
    expect(await screen.findByText('No question matches these filters.')).toBeInTheDocument();
  });
});
