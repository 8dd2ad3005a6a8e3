import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { sessionStore } from '../app/session-store';
import {
  AdminUsersDocument,
  BoutiqueOptionsDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  UpdateUserDocument,
  UserHistoryDocument,
} from '../modules/users/graphql/users.graphql';
import { AdminCohortsDocument } from '../modules/cohorts/graphql/cohorts.graphql';
import { AdminRegionsDocument } from '../modules/organisation/graphql/organisation.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const admin = aViewer({ roles: ['ADMIN'] });

const existingUser = {
  __typename: 'User',
  id: 'user-1',
  email: 'sam.chen@example.com',
  displayName: 'Sam Chen',
  roles: ['ADVISOR', 'HR'],
  active: true,
  hasPassword: true,
  locale: 'en',
  timezone: 'Europe/London',
  startDate: '2025-09-01',
  boutique: { __typename: 'Boutique', id: 'b-1', name: 'London Bond Street' },
};

const pageMocks = [
  {
    request: { query: AdminUsersDocument, variables: { filter: {}, offset: 0, limit: 20 } },
    result: { data: { users: { __typename: 'UserPage', total: 1, items: [existingUser] } } },
  },
  {
    request: { query: BoutiqueOptionsDocument },
    result: {
      data: {
        boutiques: [
          {
            __typename: 'Boutique',
            id: 'b-1',
            name: 'London Bond Street',
            city: 'London',
            timezone: 'Europe/London',
            locale: 'en',
            region: { __typename: 'Region', id: 'r-1', name: 'Europe' },
          },
          {
            __typename: 'Boutique',
            id: 'b-2',
            name: 'Tokyo Ginza',
            city: 'Tokyo',
            timezone: 'Asia/Tokyo',
            locale: 'en',
            region: { __typename: 'Region', id: 'r-2', name: 'Asia' },
          },
        ],
      },
    },
  },
];

/** The list read again after a change (the mutations refetch it), holding `items`. */
function listedAgain(items: unknown[]) {
  const result = jest.fn(() => ({ data: { users: { __typename: 'UserPage', total: items.length, items } } }));
  return { mock: { request: pageMocks[0].request, result }, result };
}

/** Someone another admin added meanwhile: only a list read again shows them. */
const addedMeanwhile = { ...existingUser, id: 'user-3', email: 'nina.roux@example.com', displayName: 'Nina Roux', roles: ['ADVISOR'], boutique: null };

const newUserInput = {
  email: 'nina.roux@example.com',
  displayName: 'Nina Roux',
  roles: ['ADVISOR'],
  boutiqueId: null,
  locale: null,
  timezone: null,
  startDate: null,
};

async function fillAndSubmitCreateForm() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'New user' }));
  const dialog = await screen.findByRole('dialog', { name: 'New user' });
  await user.type(within(dialog).getByLabelText(/^email/i), newUserInput.email);
  await user.type(within(dialog).getByLabelText(/^name/i), newUserInput.displayName);
  await user.click(within(dialog).getByRole('button', { name: 'New user' }));
  return dialog;
}

afterEach(() => {
  sessionStore.reset();
  jest.restoreAllMocks();
});

describe('AdminUsersPage', () => {
  it('lists the users with their roles and boutique', async () => {
    renderApp({ route: '/admin/users', viewer: admin, mocks: pageMocks });
    const row = await screen.findByTestId('user-row');
    expect(row).toHaveTextContent('Sam Chen');
    expect(row).toHaveTextContent('sam.chen@example.com');
    expect(row).toHaveTextContent('London Bond Street');
    expect(within(row).getByText('Advisor')).toBeInTheDocument();
    expect(within(row).getByText('HR')).toBeInTheDocument();
    expect(screen.getByText('1 user')).toBeInTheDocument();
  });

  it('says when the users could not be loaded, rather than that there are none, and loads them again on request', async () => {
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [{ request: pageMocks[0].request, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') }, ...pageMocks],
    });
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The users could not be loaded.');
    expect(screen.queryByText('0 users')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByTestId('user-row')).toHaveTextContent('Sam Chen');
    expect(screen.getByText('1 user')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the boutiques could not be loaded, rather than offering none, and loads them again on request', async () => {
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [pageMocks[0], { request: pageMocks[1].request, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') }, pageMocks[1]],
    });
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The boutiques could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'Boutique' }));
    expect(await screen.findByRole('option', { name: 'Tokyo Ginza' })).toBeInTheDocument();
  });

  it('says inside the user form, beside the boutique picker, when the boutiques could not be loaded, and loads them again on request', async () => {
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [pageMocks[0], { request: pageMocks[1].request, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') }, pageMocks[1]],
    });
    const user = userEvent.setup();

    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('The boutiques could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());

    await user.click(within(dialog).getByRole('combobox', { name: 'Boutique' }));
    expect(await screen.findByRole('option', { name: 'Tokyo Ginza · Tokyo' })).toBeInTheDocument();
  });

  it('shows the server validation issues on the create form fields', async () => {
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        ...pageMocks,
        {
          request: { query: CreateUserDocument, variables: { input: newUserInput } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Validation failed', {
            issues: [
              // Codes this app does not know (an API newer than it): their English is shown.
              { field: 'input.displayName', code: 'DISPLAY_NAME_DIGITS', message: 'Display name must not contain digits' },
              { field: 'email', code: 'EMAIL_DOMAIN_REFUSED', params: { domain: 'example.org' }, message: 'Email domain is not allowed' },
            ],
          }),
        },
      ],
    });

    const dialog = await fillAndSubmitCreateForm();

    expect(await within(dialog).findByText('Display name must not contain digits')).toBeInTheDocument();
    expect(within(dialog).getByText('Email domain is not allowed')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^name/i)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^email/i)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please check the highlighted fields.');
  });

  it('shows EMAIL_TAKEN on the email field', async () => {
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        ...pageMocks,
        { request: { query: CreateUserDocument, variables: { input: newUserInput } }, result: graphQLErrorResult('EMAIL_TAKEN', 'Email taken') },
      ],
    });

    const dialog = await fillAndSubmitCreateForm();

    expect(await within(dialog).findByText('This email is already used by another user.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^email/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends only what the admin changed, so a time zone or locale changed meanwhile is not reverted', async () => {
    const input = { id: existingUser.id, displayName: 'Samuel Chen' };
    const saved = jest.fn(() => ({ data: { updateUser: { ...existingUser, displayName: input.displayName } } }));
    const again = listedAgain([{ ...existingUser, displayName: input.displayName }, addedMeanwhile]);
    renderApp({ route: '/admin/users', viewer: admin, mocks: [...pageMocks, { request: { query: UpdateUserDocument, variables: { input } }, result: saved }, again.mock] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Actions for ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit user' });
    await user.clear(within(dialog).getByLabelText(/^name/i));
    await user.type(within(dialog).getByLabelText(/^name/i), input.displayName);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // The mock answers only the name: the loaded time zone, locale, boutique, start date and roles are not sent.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit user' })).not.toBeInTheDocument());
    expect(saved).toHaveBeenCalledTimes(1);
    // The list is read again, and shows what it holds now.
    expect(await screen.findByText('2 users')).toBeInTheDocument();
    const [edited, added] = screen.getAllByTestId('user-row');
    expect(edited).toHaveTextContent('Samuel Chen');
    expect(added).toHaveTextContent('Nina Roux');
    expect(again.result).toHaveBeenCalledTimes(1);
  });

  it('saves the roles with the profile in one change, which is saved whole or not at all', async () => {
    const input = { id: existingUser.id, roles: ['ADVISOR', 'HR', 'AUTHOR'] };
    const saved = jest.fn(() => ({ data: { updateUser: { ...existingUser, roles: input.roles } } }));
    const again = listedAgain([{ ...existingUser, roles: input.roles }, addedMeanwhile]);
    renderApp({ route: '/admin/users', viewer: admin, mocks: [...pageMocks, { request: { query: UpdateUserDocument, variables: { input } }, result: saved }, again.mock] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Actions for ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit user' });
    await user.click(within(dialog).getAllByLabelText(/^Roles/)[0]);
    await user.click(await screen.findByRole('option', { name: 'Author' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit user' })).not.toBeInTheDocument());
    expect(saved).toHaveBeenCalledTimes(1);
    // The list is read again, and shows what it holds now.
    expect(await screen.findByText('2 users')).toBeInTheDocument();
    const [edited, added] = screen.getAllByTestId('user-row');
    expect(within(edited).getByText('Author')).toBeInTheDocument();
    expect(added).toHaveTextContent('Nina Roux');
    expect(again.result).toHaveBeenCalledTimes(1);
  });

  it('moves a time zone that was the boutique’s with the person, and keeps one of their own', async () => {
    const ownZone = { ...existingUser, id: 'user-2', displayName: 'Lea Marchetti', email: 'lea.marchetti@example.com', roles: ['ADVISOR'], timezone: 'Europe/Rome' };
    // The boutique is sent, and the zone only where it followed the boutique: one of the person's own is not sent.
    const tokyo = { __typename: 'Boutique', id: 'b-2', name: 'Tokyo Ginza' };
    const moved = (user: typeof existingUser, timezone: string) => ({
      request: { query: UpdateUserDocument, variables: { input: { id: user.id, boutiqueId: 'b-2', ...(timezone === user.timezone ? {} : { timezone }) } } },
      result: { data: { updateUser: { ...user, timezone, boutique: tokyo } } },
    });
    // The list is read again after each save.
    const afterFirst = listedAgain([{ ...existingUser, timezone: 'Asia/Tokyo', boutique: tokyo }, ownZone]);
    const afterSecond = listedAgain([{ ...existingUser, timezone: 'Asia/Tokyo', boutique: tokyo }, { ...ownZone, boutique: tokyo }, addedMeanwhile]);
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        { ...pageMocks[0], result: { data: { users: { __typename: 'UserPage', total: 2, items: [existingUser, ownZone] } } } },
        pageMocks[1],
        moved(existingUser, 'Asia/Tokyo'),
        afterFirst.mock,
        moved(ownZone, 'Europe/Rome'),
        afterSecond.mock,
      ],
    });
    const user = userEvent.setup();
    for (const [person, expected] of [
      [existingUser, 'Asia/Tokyo'],
      [ownZone, 'Europe/Rome'],
    ] as const) {
      await user.click(await screen.findByRole('button', { name: `Actions for ${person.displayName}` }));
      await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
      const dialog = await screen.findByRole('dialog', { name: 'Edit user' });
      await user.click(within(dialog).getByRole('combobox', { name: 'Boutique' }));
      await user.click(await screen.findByRole('option', { name: 'Tokyo Ginza · Tokyo' }));
      expect(within(dialog).getByRole('combobox', { name: 'Time zone' })).toHaveValue(expected);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      // Saved with that zone (the mock answers only those variables), so the dialog closes.
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit user' })).not.toBeInTheDocument());
    }
    // The list read again after the last save shows what it holds now.
    expect(await screen.findByText('3 users')).toBeInTheDocument();
    expect(screen.getAllByTestId('user-row').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Tokyo Ginza'),
      expect.stringContaining('Tokyo Ginza'),
      expect.stringContaining('Nina Roux'),
    ]);
    expect(afterFirst.result).toHaveBeenCalledTimes(1);
    expect(afterSecond.result).toHaveBeenCalledTimes(1);
  });

  it('shows who changed an account and what, in words: roles, boutique and status by their names', async () => {
    const entry = (id: string, action: string, createdAt: string, changes: Array<[string, string | null, string | null]>) => ({
      __typename: 'AuditEntry',
      id,
      action,
      actorName: 'Claire Dubois',
      createdAt,
      changes: changes.map(([field, before, after]) => ({ __typename: 'AuditChange', field, before, after })),
    });
    const history = {
      request: { query: UserHistoryDocument, variables: { userId: 'user-1' } },
      result: {
        data: {
          auditTrail: [
            entry('a-3', 'deactivated', '2026-11-20T10:00:00Z', [['active', 'true', 'false']]),
            entry('a-2', 'password-set', '2026-11-19T10:00:00Z', []),
            entry('a-1', 'updated', '2026-11-18T10:00:00Z', [
              ['roles', '["ADVISOR"]', '["ADVISOR","HR"]'],
              ['boutiqueId', '"b-gone"', '"b-1"'],
            ]),
          ],
        },
      },
    };
    const user = userEvent.setup();
    renderApp({ route: '/admin/users', viewer: admin, mocks: [...pageMocks, history] });
    await user.click(await screen.findByRole('button', { name: 'Actions for Sam Chen' }));
    await user.click(await screen.findByRole('menuitem', { name: 'History' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of Sam Chen’s account' });
    const items = await within(dialog).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Claire Dubois deactivated the account',
      'Claire Dubois set a new password',
      'Claire Dubois changed the account',
    ]);
    expect(items[0]).toHaveTextContent(/Status.*Active.*Inactive/);
    expect(items[2]).toHaveTextContent(/Roles.*Advisor.*Advisor & HR/);
    expect(items[2]).toHaveTextContent(/Boutique.*a boutique since removed.*London Bond Street/);
  });
  it('names the dialog’s close button, in English and in French', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp({ route: '/admin/users', viewer: admin, mocks: pageMocks });
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    expect(within(await screen.findByRole('dialog', { name: 'New user' })).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    unmount();

    renderApp({ route: '/admin/users', viewer: aViewer({ roles: ['ADMIN'], locale: 'fr' }), mocks: pageMocks, language: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Nouvel utilisateur' }));
    expect(within(await screen.findByRole('dialog', { name: 'Nouvel utilisateur' })).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('names the password show/hide buttons in French', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/admin/users', viewer: aViewer({ roles: ['ADMIN'], locale: 'fr' }), mocks: pageMocks, language: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Nouvel utilisateur' }));
    const created = await screen.findByRole('dialog', { name: 'Nouvel utilisateur' });
    expect(within(created).getByRole('button', { name: 'Afficher le mot de passe' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(created).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nouvel utilisateur' })).not.toBeInTheDocument());

    await user.click(await screen.findByRole('button', { name: `Actions pour ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Définir le mot de passe' }));
    const setPassword = await screen.findByRole('dialog', { name: 'Définir un mot de passe' });
    expect(within(setPassword).getByRole('button', { name: 'Afficher le mot de passe' })).toBeInTheDocument();
  });

  it('says why deactivating yourself is refused, not that something went wrong', async () => {
    const show = jest.spyOn(notifications, 'show');
    renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        ...pageMocks,
        {
          request: { query: DeactivateUserDocument, variables: { id: existingUser.id } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Validation failed', {
            issues: [{ field: 'id', code: 'SELF_DEACTIVATION', message: 'You cannot deactivate yourself' }],
          }),
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Actions for ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    await waitFor(() => expect(show).toHaveBeenCalledWith({ color: 'red', message: 'you cannot deactivate yourself' }));
  });
  it('drops the advisor and member counts cached for other pages when someone is deactivated', async () => {
    const { cache } = renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        ...pageMocks,
        { request: { query: DeactivateUserDocument, variables: { id: existingUser.id } }, result: { data: { deactivateUser: { __typename: 'User', id: existingUser.id, active: false } } } },
        // The list is read again after the change.
        { ...pageMocks[0], result: { data: { users: { __typename: 'UserPage', total: 1, items: [{ ...existingUser, active: false }] } } } },
      ],
    });
    // The Organisation and Cohorts pages, read earlier and not on screen now.
    cache.writeQuery({ query: AdminRegionsDocument, data: { __typename: 'Query', regions: [] } });
    cache.writeQuery({ query: AdminCohortsDocument, data: { __typename: 'Query', cohorts: [] } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Actions for ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));

    await waitFor(() => expect(cache.readQuery({ query: AdminRegionsDocument })).toBeNull());
    expect(cache.readQuery({ query: AdminCohortsDocument })).toBeNull();
  });

  it('reads the list again after an edit, so someone who no longer matches the filter leaves it', async () => {
    const input = { id: existingUser.id, displayName: 'Samuel Chen' };
    const { cache } = renderApp({
      route: '/admin/users',
      viewer: admin,
      mocks: [
        ...pageMocks,
        { request: { query: UpdateUserDocument, variables: { input } }, result: { data: { updateUser: { ...existingUser, displayName: input.displayName } } } },
        // What the list holds now, read again.
        { ...pageMocks[0], result: { data: { users: { __typename: 'UserPage', total: 0, items: [] } } } },
      ],
    });
    cache.writeQuery({ query: AdminCohortsDocument, data: { __typename: 'Query', cohorts: [] } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: `Actions for ${existingUser.displayName}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit user' });
    await user.clear(within(dialog).getByLabelText(/^name/i));
    await user.type(within(dialog).getByLabelText(/^name/i), input.displayName);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('0 users')).toBeInTheDocument();
    expect(screen.queryByTestId('user-row')).not.toBeInTheDocument();
    expect(cache.readQuery({ query: AdminCohortsDocument })).toBeNull();
  });
});
