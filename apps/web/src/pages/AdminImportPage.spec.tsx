import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { AdminCohortsDocument } from '../modules/cohorts/graphql/cohorts.graphql';
import { AdminRegionsDocument } from '../modules/organisation/graphql/organisation.graphql';
import { UserImportDocument, UserImportsDocument } from '../modules/user-import/graphql/user-import.graphql';
import { aViewer } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const admin = aViewer({ roles: ['ADMIN'] });

function anImport(overrides: Record<string, unknown>) {
  return {
    __typename: 'UserImport',
    id: 'imp-1',
    fileName: 'autumn-hires.csv',
    status: 'PENDING',
    totalRows: 100,
    processedRows: 0,
    createdUsers: 0,
    createdAt: '2025-09-01T08:00:00.000Z',
    finishedAt: null,
    issues: [],
    ...overrides,
  };
}

function recentMock(item: Record<string, unknown>) {
  return { request: { query: UserImportsDocument }, result: { data: { userImports: [item] } } };
}

function importMock(item: Record<string, unknown>) {
  return { request: { query: UserImportDocument, variables: { id: 'imp-1' } }, result: { data: { userImport: item } } };
}

afterEach(() => sessionStore.reset());

describe('AdminImportPage', () => {
  it('shows the per-row issues of a FAILED import and that nothing was imported', async () => {
    const failed = anImport({
      status: 'FAILED',
      processedRows: 100,
      finishedAt: '2025-09-01T08:01:00.000Z',
      issues: [
        { __typename: 'RowIssue', row: 3, field: 'email', code: 'EMAIL_IN_MAISON', params: null, message: 'already belongs to a user of this maison' },
        { __typename: 'RowIssue', row: 7, field: 'boutique', code: 'BOUTIQUE_NAME_UNKNOWN', params: { name: 'Paris Rivoli' }, message: 'no boutique named "Paris Rivoli"' },
      ],
    });
    renderApp({ route: '/admin/import?import=imp-1', viewer: admin, mocks: [recentMock(failed), importMock(failed)] });

    const progress = await screen.findByTestId('import-progress');
    expect(within(progress).getByRole('alert')).toHaveTextContent('Nothing was imported');
    const rows = within(progress).getAllByTestId('import-issue');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('email');
    expect(rows[0]).toHaveTextContent('already belongs to a user of this maison');
    expect(rows[1]).toHaveTextContent('no boutique named “Paris Rivoli”');
    expect(within(progress).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows each row issue in French from its code, and one whose code this app does not know in the API’s English', async () => {
    const failed = anImport({
      status: 'FAILED',
      processedRows: 100,
      finishedAt: '2025-09-01T08:01:00.000Z',
      issues: [
        { __typename: 'RowIssue', row: 4, field: 'displayName', code: 'TOO_LONG', params: { max: 120 }, message: 'must have at most 120 characters' },
        { __typename: 'RowIssue', row: 7, field: 'boutique', code: 'BOUTIQUE_NAME_UNKNOWN', params: { name: 'Paris Rivoli' }, message: 'no boutique named "Paris Rivoli"' },
        { __typename: 'RowIssue', row: 9, field: 'email', code: 'EMAIL_BOUNCED', params: null, message: 'bounced when last written to' },
      ],
    });
    renderApp({ route: '/admin/import?import=imp-1', viewer: aViewer({ roles: ['ADMIN'], locale: 'fr' }), language: 'fr', mocks: [recentMock(failed), importMock(failed)] });

    const progress = await screen.findByTestId('import-progress');
    const messages = within(progress)
      .getAllByTestId('import-issue')
      .map((row) => within(row).getAllByRole('cell')[2].textContent);
    expect(messages).toEqual(['doit comporter au plus 120 caractères', 'aucune boutique ne s’appelle «\u202fParis Rivoli\u202f»', 'bounced when last written to']);
  });

  it('shows the progress of a RUNNING import and follows it until it succeeds', async () => {
    const running = anImport({ status: 'RUNNING', processedRows: 40 });
    const succeeded = anImport({ status: 'SUCCEEDED', processedRows: 100, createdUsers: 98, finishedAt: '2025-09-01T08:02:00.000Z' });
    const { cache } = renderApp({
      route: '/admin/import?import=imp-1',
      viewer: admin,
      mocks: [recentMock(running), importMock(running), importMock(succeeded)],
    });
    // The Organisation and Cohorts pages, read earlier and not on screen now.
    cache.writeQuery({ query: AdminRegionsDocument, data: { __typename: 'Query', regions: [] } });
    cache.writeQuery({ query: AdminCohortsDocument, data: { __typename: 'Query', cohorts: [] } });

    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('40 of 100 rows checked')).toBeInTheDocument();

    // The page polls every second while the import runs.
    expect(await screen.findByText('Import complete: 98 users created.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The users it created count in the advisor and member counts: those cached are dropped.
    await waitFor(() => expect(cache.readQuery({ query: AdminRegionsDocument })).toBeNull());
    expect(cache.readQuery({ query: AdminCohortsDocument })).toBeNull();
    expect(screen.getByRole('table', { name: 'Recent imports' })).toBeInTheDocument();
  });

  it('refuses a file larger than the API reads (2 MB) before sending it', async () => {
    renderApp({ route: '/admin/import', viewer: admin, mocks: [{ request: { query: UserImportsDocument }, result: { data: { userImports: [] } } }] });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Upload a CSV file' });
    const input = form.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['x'.repeat(3 * 1024 * 1024)], 'all-hires.csv', { type: 'text/csv' }));
    await user.click(within(form).getByRole('button', { name: 'Start import' }));
    expect(await within(form).findByText('The file is larger than 2 MB.')).toBeInTheDocument();
  });

  it('lists the expected CSV columns', async () => {
    renderApp({ route: '/admin/import', viewer: admin, mocks: [{ request: { query: UserImportsDocument }, result: { data: { userImports: [] } } }] });
    for (const column of ['email', 'displayName', 'roles', 'boutique', 'locale', 'timezone', 'startDate', 'cohort']) {
      expect(await screen.findByText(column, { selector: 'code' })).toBeInTheDocument();
    }
    expect(await screen.findByText('No import yet.')).toBeInTheDocument();
  });
});
