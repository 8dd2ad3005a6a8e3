import { screen, within } from '@testing-library/react';
import { sessionStore } from '../app/session-store';
import { aViewer } from '../testing/fixtures';
import { aBadge, aGamification, aLearnerModule, aLearnerQuestion, anEnrolment, aStep, enrolmentsMock, gamificationMock, learnerModuleMock, teamQuestMock } from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ roles: ['ADVISOR'] });

const steps = [
  aStep('module-0', 'Welcome to the maison', { status: 'COMPLETED', estimatedMinutes: 3 }),
  aStep('module-1', 'The founding', { status: 'IN_PROGRESS', kind: 'HERITAGE_CHALLENGE', estimatedMinutes: 5 }),
  aStep('module-2', 'The certification quiz', { kind: 'QUIZ', certification: true }),
];

const badges = [aBadge(), aBadge({ code: 'streak-7', name: 'Seven days', earned: false, awardedAt: null, current: 5, target: 7 })];

function todayMocks(locale: string, { enrolments = [anEnrolment(steps)], gamification = aGamification({}, {}, {}, badges) } = {}) {
  return [
    enrolmentsMock(locale, enrolments),
    gamificationMock(locale, gamification),
    teamQuestMock(),
    // Today reads the next module ahead, for when the Wi-Fi drops.
    learnerModuleMock(locale, aLearnerModule([aLearnerQuestion('q-1')], { id: 'module-1' })),
  ];
}

afterEach(() => sessionStore.reset());

describe('LearnTodayPage', () => {
  it('shows the title, XP, streak, today’s moment and the path', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en') });

    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Artisan' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
    expect(screen.getByText('260 XP to Compagnon')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress towards Compagnon' })).toHaveAttribute('aria-valuenow', '48');
    expect(screen.getByText('5-day streak')).toBeInTheDocument();
    expect(screen.getByText('Keep it going today — a few minutes are enough.')).toBeInTheDocument();

    const today = await screen.findByRole('region', { name: "Today's moment" });
    expect(within(today).getByRole('heading', { level: 3, name: 'The founding' })).toBeInTheDocument();
    expect(within(today).getByText('Heritage challenge')).toBeInTheDocument();
    expect(within(today).getByText('5 min')).toBeInTheDocument();
    expect(within(today).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/modules/module-1');

    const path = screen.getByRole('region', { name: 'Your path' });
    const items = within(path).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link')).toHaveAccessibleName('Welcome to the maison — completed');
    expect(items[0]).toHaveAttribute('data-status', 'COMPLETED');
    expect(within(items[1]).getByRole('link')).toHaveAccessibleName('The founding — in progress');
    expect(within(items[2]).getByText('Certification')).toBeInTheDocument();
    expect(within(path).getByText(/1 of 3 steps completed/)).toBeInTheDocument();

    const badgeShelf = screen.getByRole('region', { name: 'Badges' });
    expect(within(badgeShelf).getByText('First steps')).toBeInTheDocument();
    expect(within(badgeShelf).queryByText('Seven days')).not.toBeInTheDocument();

    expect(await screen.findByTestId('learn-team-quest')).toHaveTextContent('3,400 of 5,000 XP');
    expect(screen.getByText('Avenue Montaigne, together this week')).toBeInTheDocument();
  });

  it('speaks French, with the level names of the maison', async () => {
    const gamification = aGamification({ totalXp: 240 }, { key: 'APPRENTICE', index: 0, floorXp: 0, nextXp: 1000, progress: 0.24 }, { atRisk: false, activeToday: true }, badges);
    renderApp({ route: '/learn', viewer: aViewer({ locale: 'fr' }), language: 'fr', mocks: todayMocks('fr', { gamification, enrolments: [anEnrolment([aStep('module-1', 'La fondation')])] }) });

    expect(screen.getByRole('heading', { level: 1, name: 'Apprendre' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Apprenti' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent(`${new Intl.NumberFormat('fr').format(240)} XP`);
    expect(screen.getByText(`Encore ${new Intl.NumberFormat('fr').format(760)} XP avant Artisan`)).toBeInTheDocument();
    expect(screen.getByText('Série de 5 jours')).toBeInTheDocument();
    expect(screen.getByText('Votre pratique du jour est accomplie. À demain.')).toBeInTheDocument();
    const today = await screen.findByRole('region', { name: 'Le moment du jour' });
    expect(within(today).getByRole('link', { name: 'Commencer' })).toHaveAttribute('href', '/learn/modules/module-1');
    expect(screen.getByRole('region', { name: 'Votre parcours' })).toBeInTheDocument();
  });

  it('says nothing of a lost streak: a new one simply awaits', async () => {
    const gamification = aGamification({}, {}, { current: 0, atRisk: false }, []);
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { gamification }) });

    expect(await screen.findByText('A new streak awaits')).toBeInTheDocument();
    expect(screen.getByText('A few minutes today begin a new streak.')).toBeInTheDocument();
    expect(screen.queryByText(/Keep it going/)).not.toBeInTheDocument();
    expect(screen.queryByText(/0-day/)).not.toBeInTheDocument();
  });

  it('welcomes an advisor not enrolled yet', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [] }) });

    expect(await screen.findByRole('heading', { name: 'Your path is being prepared' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: "Today's moment" })).not.toBeInTheDocument();
  });

  it('congratulates, quietly, once certified', async () => {
    const done = steps.map((step) => ({ ...step, status: 'COMPLETED' }));
    const enrolment = anEnrolment(done, { certifiedAt: '2026-04-14T10:00:00.000Z', certificationScore: 0.92, completedAt: '2026-04-14T10:00:00.000Z' });
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [enrolment] }) });

    expect(await screen.findByRole('heading', { level: 2, name: 'Certified' })).toBeInTheDocument();
    expect(screen.getByText('Welcome to the maison: certified on April 14, 2026. Congratulations.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Begin' })).not.toBeInTheDocument();
  });
});
