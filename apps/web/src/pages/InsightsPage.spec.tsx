import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { InsightsSkillGapsDocument } from '../modules/insights/graphql/skill-gaps.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { aGroupSkillGap, regionsMock, skillGapsMock } from '../testing/insights';
import { renderApp } from '../testing/render-app';

const hr = aViewer({ roles: ['HR'], displayName: 'Inès Moreau' });

const BOUTIQUES = [
  aGroupSkillGap('b-paris', 'Paris Vendôme', 'heritage.founding', 'The founding story', 1, 4),
  aGroupSkillGap('b-paris', 'Paris Vendôme', 'product.calibre', 'The calibre', 4, 4),
  aGroupSkillGap('b-geneva', 'Geneva Rhône', 'heritage.founding', 'The founding story', 6, 6),
  aGroupSkillGap('b-geneva', 'Geneva Rhône', 'product.calibre', 'The calibre', 1, 6),
];
const REGIONS = [aGroupSkillGap('r-europe', 'Europe', 'heritage.founding', 'The founding story', 7, 10), aGroupSkillGap('r-europe', 'Europe', 'product.calibre', 'The calibre', 5, 10)];

afterEach(() => sessionStore.reset());

/** The table's text, row by row: header cells then data cells. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('InsightsPage', () => {
  it('shows, per boutique, the share of advisors with a gap on each skill, the widest gap across the maison first', async () => {
    renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), skillGapsMock('BOUTIQUE', BOUTIQUES)] });
    const table = await screen.findByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    expect(rows(table)).toEqual([
      ['Skill', 'All boutiques', 'Geneva Rhône6 advisors', 'Paris Vendôme4 advisors'],
      ['The founding story', '70%', '100%6 of 6', '25%1 of 4'],
      ['The calibre', '50%', '17%1 of 6', '100%4 of 4'],
    ]);
    expect(screen.getByText(/Counts only: no advisor is named, and a group of fewer than 5 advisors is not shown; the advisors of such a boutique are not counted in its region or their cohorts either\./)).toBeInTheDocument();
    expect(screen.queryByText(/^No advisor has yet shown/)).not.toBeInTheDocument();
  });

  it('says plainly, in a maison’s first days, that no advisor has shown anything yet', async () => {
    renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), skillGapsMock('BOUTIQUE', [aGroupSkillGap('b-paris', 'Paris Vendôme', 'heritage.founding', 'The founding story', 4, 4), aGroupSkillGap('b-geneva', 'Geneva Rhône', 'heritage.founding', 'The founding story', 6, 6)])] });
    expect(await screen.findByText(/^No advisor has yet shown they master an onboarding skill/)).toBeInTheDocument();
    expect(rows(screen.getByRole('table'))[1]).toEqual(['The founding story', '100%', '100%6 of 6', '100%4 of 4']);
  });

  it('regroups the same figures by region', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), skillGapsMock('BOUTIQUE', BOUTIQUES), skillGapsMock('REGION', REGIONS)] });
    await screen.findByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    await user.click(screen.getByRole('radio', { name: 'Regions' }));
    const table = await screen.findByRole('table', { name: 'Advisors with a gap, by skill and region' });
    expect(rows(table)[0]).toEqual(['Skill', 'All regions', 'Europe10 advisors']);
    expect(rows(table)[1]).toEqual(['The founding story', '70%', '70%7 of 10']);
  });

  it('shows no share across cohorts, which overlap (an advisor in a pilot and a programme would count twice)', async () => {
    const user = userEvent.setup();
    const COHORTS = [aGroupSkillGap('c-pilot', 'Pilot Paris', 'heritage.founding', 'The founding story', 2, 6), aGroupSkillGap('c-spring', 'Spring intake', 'heritage.founding', 'The founding story', 3, 5)];
    renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), skillGapsMock('BOUTIQUE', BOUTIQUES), skillGapsMock('COHORT', COHORTS)] });
    await screen.findByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    await user.click(screen.getByRole('radio', { name: 'Cohorts' }));
    const table = await screen.findByRole('table', { name: 'Advisors with a gap, by skill and cohort' });
    expect(rows(table)).toEqual([
      ['Skill', 'Pilot Paris6 advisors', 'Spring intake5 advisors'],
      ['The founding story', '33%2 of 6', '60%3 of 5'],
    ]);
  });

  it("reads one region's boutiques at a time in a maison of several regions, and every region again", async () => {
    const user = userEvent.setup();
    const TOKYO = [aGroupSkillGap('b-tokyo', 'Tokyo Ginza', 'heritage.founding', 'The founding story', 2, 5), aGroupSkillGap('b-tokyo', 'Tokyo Ginza', 'product.calibre', 'The calibre', 5, 5)];
    renderApp({
      route: '/insights',
      viewer: hr,
      mocks: [regionsMock(['Europe', 'Asia']), skillGapsMock('BOUTIQUE', [...BOUTIQUES, ...TOKYO]), skillGapsMock('BOUTIQUE', TOKYO, 'en', 'r-asia'), skillGapsMock('REGION', REGIONS)],
    });
    expect(rows(await screen.findByRole('table', { name: 'Advisors with a gap, by skill and boutique' }))[0]).toEqual(['Skill', 'All boutiques', 'Geneva Rhône6 advisors', 'Paris Vendôme4 advisors', 'Tokyo Ginza5 advisors']);
    await user.click(await screen.findByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Asia' }));
    await waitFor(() => expect(rows(screen.getByRole('table'))[0]).toEqual(['Skill', 'All boutiques (Asia)', 'Tokyo Ginza5 advisors']));
    expect(rows(screen.getByRole('table'))[1]).toEqual(['The calibre', '100%', '100%5 of 5']);
    // Regions side by side need no region chosen.
    await user.click(screen.getByRole('radio', { name: 'Regions' }));
    expect(rows(await screen.findByRole('table', { name: 'Advisors with a gap, by skill and region' }))[0]).toEqual(['Skill', 'All regions', 'Europe10 advisors']);
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp({ route: '/insights', viewer: { ...hr, locale: 'fr' }, language: 'fr', mocks: [regionsMock(), skillGapsMock('BOUTIQUE', BOUTIQUES, 'fr')] });
    const table = await screen.findByRole('table', { name: 'Conseillers ayant un point à consolider, par compétence et par boutique' });
    expect(rows(table)[1]).toEqual(['The founding story', '70\u00a0%', '100\u00a0%6 sur 6', '25\u00a0%1 sur 4']);
    expect(screen.getByRole('heading', { level: 2, name: 'Points à consolider' })).toBeInTheDocument();
  });

  it('says when there are no figures yet, and when they could not be loaded', async () => {
    const { unmount } = renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), skillGapsMock('BOUTIQUE', [])] });
    expect(await screen.findByText(/^No figures yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    unmount();
    renderApp({ route: '/insights', viewer: hr, mocks: [regionsMock(), { request: { query: InsightsSkillGapsDocument, variables: { scope: 'BOUTIQUE', locale: 'en' } }, result: graphQLErrorResult('FORBIDDEN', 'no') }] });
    expect(await screen.findByText('The knowledge gaps could not be loaded. Please try again in a moment.')).toBeInTheDocument();
  });
});
