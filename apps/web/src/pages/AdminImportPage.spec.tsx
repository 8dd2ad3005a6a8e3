import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
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
        { __typename: 'RowIssue', row: 3, field: 'email', message: 'Email is already used' },
        { __typename: 'RowIssue', row: 7, field: 'boutique', message: 'Unknown boutique "Paris Rivoli"' },
      ],
    });
    renderApp({ route: '/admin/import?import=imp-1', viewer: admin, mocks: [recentMock(failed), importMock(failed)] });

    const progress = await screen.findByTestId('import-progress');
    expect(within(progress).getByRole('alert')).toHaveTextContent('Nothing was imported');
    const rows = within(progress).getAllByTestId('import-issue');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('email');
    expect(rows[0]).toHaveTextContent('Email is already used');
    expect(rows[1]).toHaveTextContent('Unknown boutique "Paris Rivoli"');
    expect(within(progress).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the progress of a RUNNING import and follows it until it succeeds', async () => {
    const running = anImport({ status: 'RUNNING', processedRows: 40 });
    const succeeded = anImport({ status: 'SUCCEEDED', processedRows: 100, createdUsers: 98, finishedAt: '2025-09-01T08:02:00.000Z' });
    renderApp({
      route: '/admin/import?import=imp-1',
      viewer: admin,
      mocks: [recentMock(running), importMock(running), importMock(succeeded)],
    });

    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('40 of 100 rows checked')).toBeInTheDocument();

    // The page polls every second while the import runs.
    expect(await screen.findByText('Import complete: 98 users created.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
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
