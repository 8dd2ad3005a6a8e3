import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { ImportQuestionsCsvDocument } from '../modules/questions/graphql/questions.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { editorContextMock } from '../testing/questions';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'] });

const csv = [
  'code,type,skills,difficulty,prompt.en,explanation.en,choice1.en,choice2.en,correct',
  'heritage.q-founding-year,SINGLE_CHOICE,heritage.founding-story,1,When was the maison founded?,In 1837.,1837,1901,1',
  'heritage.q-hallmarks,SINGLE_CHOICE,heritage.unknown,9,Which mark?,The assay mark.,Assay,Barcode,3',
].join('\n');

async function importCsv(user: ReturnType<typeof userEvent.setup>) {
  const form = await screen.findByRole('form', { name: 'Import questions from CSV' });
  await user.click(within(form).getByRole('textbox', { name: /^CSV content/ }));
  await user.paste(csv);
  await user.click(within(form).getByRole('button', { name: 'Import' }));
}

afterEach(() => sessionStore.reset());

describe('StudioQuestionImportPage', () => {
  it('explains the columns in the maison’s language', async () => {
    renderApp({ route: '/studio/questions/import', viewer: author, mocks: [editorContextMock()] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Import questions' })).toBeInTheDocument();
    expect(await screen.findByText('prompt.en')).toBeInTheDocument();
    expect(screen.getByText(/the question, in English \(required\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All questions' })).toHaveAttribute('href', '/studio/questions');
  });

  it('shows every problem by row, column and message, and says nothing was imported', async () => {
    renderApp({
      route: '/studio/questions/import',
      viewer: author,
      mocks: [
        editorContextMock(),
        {
          request: { query: ImportQuestionsCsvDocument, variables: { csv, locale: 'en' } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Nothing was imported: row 3 has problems', {
            issues: [
              { row: 3, field: 'skills', code: 'SKILL_UNKNOWN', params: { code: 'heritage.unknown' }, message: 'unknown skill "heritage.unknown"' },
              { row: 3, field: 'difficulty', code: 'DIFFICULTY_INVALID', message: 'must be a whole number from 1 to 5' },
              { row: 3, field: 'correct', code: 'CHOICE_NUMBER_UNKNOWN', params: { number: 3 }, message: 'there is no choice 3' },
            ],
          }),
        },
      ],
    });
    const user = userEvent.setup();

    await importCsv(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent('Nothing was imported: row 3 has problems. Correct the file and import it again.');
    const table = screen.getByRole('table', { name: 'Problems found in the file' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Row', 'Column', 'Problem']);
    expect(within(table).getAllByTestId('csv-issue').map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['3', 'skills', 'unknown skill “heritage.unknown”'],
      ['3', 'difficulty', 'must be a whole number from 1 to 5'],
      ['3', 'correct', 'there is no choice 3'],
    ]);
  });

  it('lists the imported drafts with links to their editor', async () => {
    const imported = (id: string, code: string, prompt: string) => ({
      __typename: 'Question',
      id,
      code,
      latest: {
        __typename: 'QuestionVersion',
        id: `${id}-v1`,
        version: 1,
        status: 'DRAFT',
        type: 'SINGLE_CHOICE',
        difficulty: 1,
        skills: ['heritage.founding-story'],
        prompt: { __typename: 'LocalisedText', sourceLocale: 'en', text: prompt },
      },
      published: null,
    });
    renderApp({
      route: '/studio/questions/import',
      viewer: author,
      mocks: [
        editorContextMock(),
        {
          request: { query: ImportQuestionsCsvDocument, variables: { csv, locale: 'en' } },
          result: { data: { importQuestionsCsv: [imported('q-7', 'heritage.q-founding-year', 'When was the maison founded?'), imported('q-8', 'heritage.q-hallmarks', 'Which mark?')] } },
        },
      ],
    });
    const user = userEvent.setup();

    await importCsv(user);

    expect(await screen.findByText('2 questions imported as drafts.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Imported questions' });
    expect(within(list).getByRole('link', { name: 'heritage.q-founding-year' })).toHaveAttribute('href', '/studio/questions/q-7');
    expect(within(list).getByRole('link', { name: 'heritage.q-hallmarks' })).toHaveAttribute('href', '/studio/questions/q-8');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
