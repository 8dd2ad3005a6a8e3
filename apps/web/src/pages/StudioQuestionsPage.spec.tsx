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

/** The page of the bank the server answers for these filters, from `offset`, 50 rows at most. */
function listMock(filter: Record<string, unknown>, questions: unknown[], { offset = 0, total = questions.length } = {}) {
  const result = jest.fn(() => ({ data: { questions: { __typename: 'QuestionPage', items: questions, total } } }));
  return { request: { query: StudioQuestionsDocument, variables: { locale: 'en', filter, offset, limit: 50 } }, result };
}

/** Rows `from`..`to` of a large bank. */
const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => aRow(`q-${from + index}`, `bank.q-${String(from + index).padStart(3, '0')}`, 'SINGLE_CHOICE', `Question ${from + index}?`));

afterEach(() => sessionStore.reset());

describe('StudioQuestionsPage', () => {
  it('lists the bank with type, prompt, skills, difficulty and versions', async () => {
    renderApp({ route: '/studio/questions', viewer: author, mocks: [listMock({}, [foundingYear, timeline, reserve])] });

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

  it('sends the status, type and search to the server, and says when nothing matches', async () => {
    const drafts = listMock({ status: 'DRAFT' }, [timeline, reserve]);
    const numericDrafts = listMock({ status: 'DRAFT', type: 'NUMERIC' }, [reserve]);
    const searched = listMock({ status: 'DRAFT', type: 'NUMERIC', search: 'milestones' }, []);
    renderApp({ route: '/studio/questions', viewer: author, mocks: [listMock({}, [foundingYear, timeline, reserve]), drafts, numericDrafts, searched] });
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

    // The search is sent once typing pauses, not a request per key.
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'milestones');
    expect(await screen.findByText('No question matches these filters.')).toBeInTheDocument();
    expect(screen.getByText('0 questions')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Question bank' })).not.toBeInTheDocument();
    expect([drafts, numericDrafts, searched].map((mock) => mock.result.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('shows one page of 50 with the total, asks the server for the next page, and goes back to the first when a filter changes', async () => {
    const firstPage = listMock({}, rows(1, 50), { total: 120 });
    const secondPage = listMock({}, rows(51, 100), { offset: 50, total: 120 });
    const numeric = listMock({ type: 'NUMERIC' }, [reserve]);
    renderApp({ route: '/studio/questions', viewer: author, mocks: [firstPage, secondPage, numeric] });
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Question bank' });
    expect(screen.getByText('120 questions')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByRole('button', { name: 'Page 3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Page 4' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'bank.q-051' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'bank.q-050' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(secondPage.result).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Numeric' }));
    expect(await screen.findByText('1 question')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'product.q-power-reserve' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
    expect(numeric.result).toHaveBeenCalledTimes(1);
  });

  it('moves to the last page that exists when the page asked comes back empty (its questions were archived meanwhile)', async () => {
    const firstPage = listMock({}, rows(1, 50), { total: 120 });
    const pastTheEnd = listMock({}, [], { offset: 100, total: 100 });
    const lastPage = listMock({}, rows(51, 100), { offset: 50, total: 100 });
    renderApp({ route: '/studio/questions', viewer: author, mocks: [firstPage, pastTheEnd, lastPage] });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Question bank' });
    await user.click(screen.getByRole('button', { name: 'Page 3' }));

    expect(await screen.findByRole('link', { name: 'bank.q-051' })).toBeInTheDocument();
    expect(screen.getByText('100 questions')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('button', { name: 'Page 3' })).not.toBeInTheDocument();
    expect([pastTheEnd, lastPage].map((mock) => mock.result.mock.calls.length)).toEqual([1, 1]);
  });

  it('says the bank is empty, or that no question has the status chosen', async () => {
    renderApp({ route: '/studio/questions', viewer: author, mocks: [listMock({}, []), listMock({ status: 'ARCHIVED' }, [])] });
    const user = userEvent.setup();

    expect(await screen.findByText('No question yet. Write one, or import a spreadsheet.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Archived' }));
    expect(await screen.findByText('No question has this status.')).toBeInTheDocument();
  });
});
