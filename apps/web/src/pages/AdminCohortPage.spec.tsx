import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { sessionStore } from '../app/session-store';
import {
  AddCohortMembersDocument,
  AdminCohortDocument,
  CohortMemberCandidatesDocument,
  RemoveCohortMembersDocument,
  UpdateCohortDocument,
} from '../modules/cohorts/graphql/cohorts.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const admin = aViewer({ roles: ['ADMIN'] });

function aMember(overrides: Record<string, unknown>) {
  return {
    __typename: 'User',
    id: 'u-1',
    email: 'sam.chen@example.com',
    displayName: 'Sam Chen',
    active: true,
    boutique: { __typename: 'Boutique', id: 'b-1', name: 'London Bond Street' },
    ...overrides,
  };
}

const sam = aMember({});
const ana = aMember({ id: 'u-2', email: 'ana.silva@example.com', displayName: 'Ana Silva', boutique: null });
const nina = aMember({ id: 'u-3', email: 'nina.roux@example.com', displayName: 'Nina Roux' });

function cohortMock(members: unknown[]) {
  return {
    request: { query: AdminCohortDocument, variables: { id: 'c-1' } },
    result: {
      data: {
        cohort: {
          __typename: 'Cohort',
          id: 'c-1',
          name: 'Autumn pilot',
          kind: 'PILOT',
          description: 'Advisors trying the new learning path.',
          memberCount: members.length,
          members,
        },
      },
    },
  };
}

/** The cohort as the member mutations return it. */
function membersResult(field: 'addCohortMembers' | 'removeCohortMembers', members: unknown[]) {
  return { data: { [field]: { __typename: 'Cohort', id: 'c-1', memberCount: members.length, members } } };
}

function candidate(member: ReturnType<typeof aMember>) {
  return { __typename: 'User', id: member.id, email: member.email, displayName: member.displayName };
}

function candidatesMock(filter: Record<string, unknown>, users: ReturnType<typeof aMember>[]) {
  return {
    request: { query: CohortMemberCandidatesDocument, variables: { filter, limit: 20 } },
    result: { data: { users: { __typename: 'UserPage', total: users.length, items: users.map(candidate) } } },
  };
}

const initialCandidates = candidatesMock({ role: 'ADVISOR', active: true }, [sam, ana]);

afterEach(() => {
  sessionStore.reset();
  jest.restoreAllMocks();
});

describe('AdminCohortPage', () => {
  it('shows the cohort and lists its members', async () => {
    renderApp({ route: '/admin/cohorts/c-1', viewer: admin, mocks: [cohortMock([sam, ana]), initialCandidates] });

    expect(await screen.findByRole('heading', { name: 'Autumn pilot' })).toBeInTheDocument();
    expect(screen.getByText('Pilot')).toBeInTheDocument();
    expect(screen.getByText('2 members')).toBeInTheDocument();
    expect(screen.getByText('Advisors trying the new learning path.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All cohorts' })).toHaveAttribute('href', '/admin/cohorts');

    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Sam Chen');
    expect(rows[0]).toHaveTextContent('sam.chen@example.com');
    expect(rows[0]).toHaveTextContent('London Bond Street');
    expect(rows[1]).toHaveTextContent('Ana Silva');
    expect(rows[1]).toHaveTextContent('—');
    expect(within(rows[1]).getByRole('button', { name: 'Remove Ana Silva' })).toBeInTheDocument();
  });

  it('says when the cohort does not exist', async () => {
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [
        { request: { query: AdminCohortDocument, variables: { id: 'c-1' } }, result: graphQLErrorResult('NOT_FOUND', 'Not found') },
        initialCandidates,
      ],
    });
    expect(await screen.findByText('This cohort does not exist.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Autumn pilot' })).not.toBeInTheDocument();
  });

  it('removes a member with removeCohortMembers', async () => {
    const sent = jest.fn(() => membersResult('removeCohortMembers', [ana]));
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [
        cohortMock([sam, ana]),
        initialCandidates,
        { request: { query: RemoveCohortMembersDocument, variables: { input: { cohortId: 'c-1', userIds: ['u-1'] } } }, result: sent },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove Sam Chen' }));

    expect(await screen.findByText('1 member')).toBeInTheDocument();
    expect(screen.queryByText('Sam Chen')).not.toBeInTheDocument();
    expect(screen.queryByText('sam.chen@example.com')).not.toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Ana Silva');
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('keeps the picked users when adding them fails, so the admin can retry', async () => {
    const failed = jest.fn(() => ({ errors: [new GraphQLError('Boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] }));
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [
        cohortMock([sam]),
        initialCandidates,
        { request: { query: AddCohortMembersDocument, variables: { input: { cohortId: 'c-1', userIds: ['u-2'] } } }, result: failed },
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    await user.click(screen.getByRole('combobox', { name: 'Add members' }));
    await user.click(await screen.findByRole('option', { name: 'Ana Silva · ana.silva@example.com' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(failed).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled());
    expect(screen.getByText('Ana Silva · ana.silva@example.com', { selector: '.mantine-Pill-label' })).toBeInTheDocument(); // still picked
    expect(screen.getByText('1 member')).toBeInTheDocument();
  }, 15_000);

  it('offers only users who are not members yet', async () => {
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [cohortMock([sam]), candidatesMock({ role: 'ADVISOR', active: true }, [sam, ana])],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    await user.click(screen.getByRole('combobox', { name: 'Add members' }));

    expect(await screen.findByRole('option', { name: 'Ana Silva · ana.silva@example.com' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Sam Chen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('adds the users picked from a search with addCohortMembers', async () => {
    const sent = jest.fn(() => membersResult('addCohortMembers', [sam, ana, nina]));
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [
        cohortMock([sam]),
        initialCandidates,
        // The search goes to the server (debounced), active advisors only.
        candidatesMock({ search: 'roux', role: 'ADVISOR', active: true }, [nina]),
        { request: { query: AddCohortMembersDocument, variables: { input: { cohortId: 'c-1', userIds: ['u-2', 'u-3'] } } }, result: sent },
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    const picker = screen.getByRole('combobox', { name: 'Add members' });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Ana Silva · ana.silva@example.com' }));
    await user.type(picker, 'roux');
    await user.click(await screen.findByRole('option', { name: 'Nina Roux · nina.roux@example.com' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('3 members')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Sam Chensam.chen@example.com',
      'Ana Silvaana.silva@example.com',
      'Nina Rouxnina.roux@example.com',
    ]);
    expect(sent).toHaveBeenCalledTimes(1);
    // The picker is cleared for the next addition.
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  }, 15_000);
  it('says why adding someone is refused (NOT_AN_ADVISOR), not that something went wrong', async () => {
    const show = jest.spyOn(notifications, 'show');
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [
        cohortMock([sam]),
        initialCandidates,
        {
          request: { query: AddCohortMembersDocument, variables: { input: { cohortId: 'c-1', userIds: ['u-2'] } } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Validation failed', {
            issues: [{ field: 'userIds[0]', code: 'NOT_AN_ADVISOR', params: { name: 'Ana Silva' }, message: 'Ana Silva is not an advisor' }],
          }),
        },
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    await user.click(screen.getByRole('combobox', { name: 'Add members' }));
    await user.click(await screen.findByRole('option', { name: 'Ana Silva · ana.silva@example.com' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(show).toHaveBeenCalledWith({ color: 'red', message: 'Ana Silva is not an advisor' }));
  }, 15_000);

  it('renames the cohort without re-sending its description, so another admin’s edit of it stands', async () => {
    const renamed = { __typename: 'Cohort', id: 'c-1', name: 'Winter pilot', kind: 'PILOT', description: 'Advisors trying the new learning path.', memberCount: 1 };
    // The mock answers only the name: a description sent as it was when the dialog opened would not match.
    const sent = jest.fn(() => ({ data: { updateCohort: renamed } }));
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [cohortMock([sam]), initialCandidates, { request: { query: UpdateCohortDocument, variables: { input: { id: 'c-1', name: 'Winter pilot' } } }, result: sent }],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit cohort' });
    await user.clear(within(dialog).getByLabelText(/^Name/));
    await user.type(within(dialog).getByLabelText(/^Name/), 'Winter pilot');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit cohort' })).not.toBeInTheDocument());
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('says when the search for advisors fails, rather than that nobody matches, and searches again on request', async () => {
    const failed = jest.fn(() => ({ errors: [new GraphQLError('Boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] }));
    const roux = candidatesMock({ search: 'roux', role: 'ADVISOR', active: true }, [nina]);
    renderApp({
      route: '/admin/cohorts/c-1',
      viewer: admin,
      mocks: [cohortMock([sam]), initialCandidates, { request: roux.request, result: failed }, roux],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Autumn pilot' });
    const picker = screen.getByRole('combobox', { name: 'Add members' });
    await user.click(picker);
    await user.type(picker, 'roux');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The advisors could not be searched.');
    expect(failed).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('No matching user')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.click(picker);
    expect(await screen.findByRole('option', { name: 'Nina Roux · nina.roux@example.com' })).toBeInTheDocument();
  }, 15_000);

  it('names the members table and its actions column', async () => {
    renderApp({ route: '/admin/cohorts/c-1', viewer: admin, mocks: [cohortMock([sam]), initialCandidates] });
    const table = await screen.findByRole('table', { name: 'Members' });
    expect(within(table).getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
  });
});
