import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { AdminCohortDocument, AdminCohortsDocument, CohortMemberCandidatesDocument, CreateCohortDocument } from '../modules/cohorts/graphql/cohorts.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const admin = aViewer({ roles: ['ADMIN'] });

function aCohort(overrides: Record<string, unknown>) {
  return {
    __typename: 'Cohort',
    id: 'c-1',
    name: 'Autumn pilot',
    kind: 'PILOT',
    description: 'Advisors trying the new learning path.',
    memberCount: 12,
    ...overrides,
  };
}

const pilot = aCohort({});
const control = aCohort({ id: 'c-2', name: 'Autumn control', kind: 'CONTROL', description: null, memberCount: 1 });
const created = aCohort({ id: 'c-3', name: 'Spring pilot', kind: 'PILOT', description: 'Second wave.', memberCount: 0 });

function cohortsMock(cohorts: unknown[]) {
  return { request: { query: AdminCohortsDocument }, result: { data: { cohorts } } };
}

const springInput = { name: 'Spring pilot', kind: 'PILOT', description: 'Second wave.' };

async function fillAndSubmitCreateForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New cohort' }));
  const dialog = await screen.findByRole('dialog', { name: 'New cohort' });
  // A new cohort is STANDARD unless another kind is chosen.
  const kind = within(dialog).getByRole('combobox', { name: /^Kind/ });
  expect(kind).toHaveValue('Standard');
  await user.type(within(dialog).getByLabelText(/^Name/), '  Spring pilot ');
  await user.click(kind);
  await user.click(await screen.findByRole('option', { name: 'Pilot' }));
  await user.type(within(dialog).getByLabelText(/^Description/), 'Second wave.');
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  return dialog;
}

afterEach(() => sessionStore.reset());

describe('AdminCohortsPage', () => {
  it('lists the cohorts with their kind and member count, linking to each cohort', async () => {
    renderApp({ route: '/admin/cohorts', viewer: admin, mocks: [cohortsMock([pilot, control])] });

    const pilotLink = await screen.findByRole('link', { name: 'Autumn pilot' });
    expect(pilotLink).toHaveAttribute('href', '/admin/cohorts/c-1');
    expect(screen.getByRole('link', { name: 'Autumn control' })).toHaveAttribute('href', '/admin/cohorts/c-2');

    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const pilotCells = within(rows[0]).getAllByRole('cell');
    expect(pilotCells[0]).toHaveTextContent('Autumn pilot');
    expect(pilotCells[0]).toHaveTextContent('Advisors trying the new learning path.');
    expect(pilotCells[1]).toHaveTextContent('Pilot');
    expect(pilotCells[2]).toHaveTextContent('12 members');
    const controlCells = within(rows[1]).getAllByRole('cell');
    expect(controlCells[1]).toHaveTextContent('Control');
    expect(controlCells[2]).toHaveTextContent('1 member');
    expect(controlCells[2]).not.toHaveTextContent('members');
    expect(within(rows[1]).getByRole('button', { name: 'Edit Autumn control' })).toBeInTheDocument();
  });

  it('says when the cohorts could not be loaded and loads them again on request', async () => {
    renderApp({
      route: '/admin/cohorts',
      viewer: admin,
      mocks: [{ request: { query: AdminCohortsDocument }, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') }, cohortsMock([pilot, control])],
    });
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'Autumn pilot' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Autumn control' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens the cohort from its link', async () => {
    renderApp({
      route: '/admin/cohorts',
      viewer: admin,
      mocks: [
        cohortsMock([pilot]),
        {
          request: { query: AdminCohortDocument, variables: { id: 'c-1' } },
          result: { data: { cohort: { ...pilot, members: [] } } },
        },
        {
          request: { query: CohortMemberCandidatesDocument, variables: { filter: { role: 'ADVISOR', active: true }, limit: 20 } },
          result: { data: { users: { __typename: 'UserPage', total: 0, items: [] } } },
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Autumn pilot' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin\/cohorts\/c-1$/));
    expect(await screen.findByRole('heading', { name: 'Autumn pilot' })).toBeInTheDocument();
    expect(screen.getByText('No member yet.')).toBeInTheDocument();
  });

  it('says when there is no cohort yet', async () => {
    renderApp({ route: '/admin/cohorts', viewer: admin, mocks: [cohortsMock([])] });
    expect(await screen.findByText('No cohort yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('creates a cohort with the typed name, chosen kind and description, and lists it', async () => {
    const sent = jest.fn(() => ({ data: { createCohort: created } }));
    renderApp({
      route: '/admin/cohorts',
      viewer: admin,
      mocks: [
        cohortsMock([pilot]),
        { request: { query: CreateCohortDocument, variables: { input: springInput } }, result: sent },
        // The mutation refetches the list.
        cohortsMock([pilot, created]),
      ],
    });
    const user = userEvent.setup();

    await fillAndSubmitCreateForm(user);

    const link = await screen.findByRole('link', { name: 'Spring pilot' });
    expect(link).toHaveAttribute('href', '/admin/cohorts/c-3');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'New cohort' })).not.toBeInTheDocument();
  }, 15_000);

  it('shows NAME_TAKEN on the name field', async () => {
    renderApp({
      route: '/admin/cohorts',
      viewer: admin,
      mocks: [
        cohortsMock([pilot]),
        { request: { query: CreateCohortDocument, variables: { input: springInput } }, result: graphQLErrorResult('NAME_TAKEN', 'Name taken') },
      ],
    });
    const user = userEvent.setup();

    const dialog = await fillAndSubmitCreateForm(user);

    expect(await within(dialog).findByText('A cohort already has this name.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
  }, 15_000);

  it('requires a name and sends nothing without one', async () => {
    const sent = jest.fn(() => ({ data: { createCohort: created } }));
    renderApp({
      route: '/admin/cohorts',
      viewer: admin,
      mocks: [cohortsMock([pilot]), { request: { query: CreateCohortDocument, variables: () => true }, result: sent }],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New cohort' }));
    const dialog = await screen.findByRole('dialog', { name: 'New cohort' });
    await user.type(within(dialog).getByLabelText(/^Name/), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Please enter a name.')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });
  it('names the table and its actions column', async () => {
    renderApp({ route: '/admin/cohorts', viewer: admin, mocks: [cohortsMock([pilot, control])] });
    const table = await screen.findByRole('table', { name: 'Cohorts' });
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
  });
});
