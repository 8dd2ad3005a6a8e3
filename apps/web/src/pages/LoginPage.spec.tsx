import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import type { Role } from '../generated/graphql';
import { LoginDocument } from '../modules/auth/graphql/session.graphql';
import { AdminUsersDocument, BoutiqueOptionsDocument } from '../modules/users/graphql/users.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { skillGapsMock } from '../testing/insights';
import { aGamification, aLearnerModule, aLearnerQuestion, gamificationMock, learnerModuleMock, learnTodayMocks } from '../testing/learn';
import { renderApp } from '../testing/render-app';

const credentials = { email: 'lea.martin@example.com', password: 'correct horse battery' };

function loginMock(roles: Role[]) {
  return {
    request: { query: LoginDocument, variables: { input: credentials } },
    result: {
      data: {
        login: { __typename: 'AuthPayload', accessToken: 'token-123', expiresAt: '2030-01-01T00:00:00.000Z', viewer: aViewer({ roles }) },
      },
    },
  };
}

const adminLandingMocks = [
  {
    request: { query: AdminUsersDocument, variables: { filter: {}, offset: 0, limit: 20 } },
    result: { data: { users: { __typename: 'UserPage', total: 0, items: [] } } },
  },
  { request: { query: BoutiqueOptionsDocument }, result: { data: { boutiques: [] } } },
];

async function signIn(password = credentials.password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^email/i), credentials.email);
  await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

afterEach(() => sessionStore.reset());

describe('LoginPage', () => {
  it("shows the API's error when the credentials are invalid, and stays on /login", async () => {
    renderApp({
      route: '/login',
      viewer: null,
      mocks: [
        {
          request: { query: LoginDocument, variables: { input: { ...credentials, password: 'wrong password' } } },
          result: graphQLErrorResult('INVALID_CREDENTIALS', 'Invalid email or password'),
        },
      ],
    });

    await signIn('wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is incorrect.');
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(sessionStore.getState().status).toBe('signedOut');
  });

  it('asks for the maison only when the API answers MAISON_REQUIRED', async () => {
    renderApp({
      route: '/login',
      viewer: null,
      mocks: [
        { request: { query: LoginDocument, variables: { input: credentials } }, result: graphQLErrorResult('MAISON_REQUIRED', 'Maison required') },
      ],
    });
    expect(screen.queryByLabelText(/^maison/i)).not.toBeInTheDocument();

    await signIn();

    expect(await screen.findByLabelText(/^maison/i)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('more than one maison');
  });

  it.each<[Role[], string, string]>([
    [['ADVISOR'], '/learn', 'space-learn'],
    [['AUTHOR'], '/studio', 'space-studio'],
    [['HR'], '/insights', 'space-insights'],
    [['ADMIN'], '/admin/users', 'space-admin'],
    [['HR', 'AUTHOR'], '/studio', 'space-studio'],
    [['ADMIN', 'ADVISOR'], '/learn', 'space-learn'],
  ])('sends a user with roles %j to %s', async (roles, path, testId) => {
    renderApp({ route: '/login', viewer: null, mocks: [loginMock(roles), ...adminLandingMocks, ...learnTodayMocks(), skillGapsMock('BOUTIQUE', [])] });

    await signIn();

    expect(await screen.findByTestId(testId)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(path));
    expect(sessionStore.getAccessToken()).toBe('token-123');
  });

  it('goes back, once signed in, to where the session ended (a module begun)', async () => {
    // The session ends mid-module: the guard sends the advisor to /login, remembering the module.
    renderApp({
      route: '/learn/modules/module-1?from=path',
      viewer: null,
      mocks: [loginMock(['ADVISOR']), ...learnTodayMocks(), learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')])), gamificationMock('en', aGamification())],
    });
    expect(await screen.findByTestId('location')).toHaveTextContent('/login');

    await signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'The founding' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/learn/modules/module-1?from=path');
  });

  it('lands on the landing space when where the user was going is a space their roles do not open', async () => {
    renderApp({ route: '/learn/path', viewer: null, mocks: [loginMock(['HR']), skillGapsMock('BOUTIQUE', [])] });
    expect(await screen.findByTestId('location')).toHaveTextContent('/login');

    await signIn();

    expect(await screen.findByTestId('space-insights')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/insights'));
  });

  it.each(['https://phishing.example/learn', '//phishing.example/learn', '/\\phishing.example/learn', 'javascript:alert(1)', '/login', { pathname: '/learn' }])(
    'never goes anywhere but an in-app path: from %j, it lands on the landing space',
    async (from) => {
      renderApp({ route: '/login', routeState: { from }, viewer: null, mocks: [loginMock(['ADVISOR']), ...learnTodayMocks()] });

      await signIn();

      expect(await screen.findByTestId('space-learn')).toBeInTheDocument();
      await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/learn$/));
    },
  );
  it('names the password show/hide button in French', async () => {
    renderApp({ route: '/login', viewer: null, language: 'fr' });
    expect(await screen.findByRole('button', { name: 'Afficher le mot de passe' })).toHaveAttribute('aria-pressed', 'false');
  });
});
