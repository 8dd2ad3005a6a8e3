import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../../app/session-store';
import { LogoutDocument } from '../../auth/graphql/session.graphql';
import { aViewer } from '../../../testing/fixtures';
import { learnTodayMocks } from '../../../testing/learn';
import { renderApp } from '../../../testing/render-app';

afterEach(() => sessionStore.reset());

describe('the role-aware shell', () => {
  it('shows the maison and only the spaces the roles open', async () => {
    renderApp({ route: '/learn', viewer: aViewer({ roles: ['ADVISOR', 'HR'] }), mocks: learnTodayMocks() });

    const nav = await screen.findByRole('navigation', { name: 'Spaces' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Learn', 'Insights']);
    expect(within(nav).getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('maison-name')).toHaveTextContent('Maison Aurèle');
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(screen.getByTestId('space-learn')).toHaveTextContent('Léa');
  });

  it('shows all four spaces to a user holding every role', async () => {
    renderApp({ route: '/studio', viewer: aViewer({ roles: ['ADMIN', 'HR', 'AUTHOR', 'ADVISOR'] }) });
    const nav = await screen.findByRole('navigation', { name: 'Spaces' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Learn', 'Studio', 'Insights', 'Admin']);
  });

  it("redirects a space the roles do not open to the user's landing space", async () => {
    renderApp({ route: '/admin/users', viewer: aViewer({ roles: ['AUTHOR'] }) });
    expect(await screen.findByTestId('space-studio')).toBeInTheDocument();
    expect(screen.queryByTestId('space-admin')).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/studio');
  });

  it('sends a signed-out visitor to /login', async () => {
    renderApp({ route: '/insights', viewer: null });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('signs out through the logout mutation and forgets the token', async () => {
    renderApp({
      route: '/learn',
      viewer: aViewer(),
      mocks: [...learnTodayMocks(), { request: { query: LogoutDocument }, result: { data: { logout: true } } }],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(sessionStore.getAccessToken()).toBeNull();
  });
});
