import { screen, within } from '@testing-library/react';
import { sessionStore } from '../app/session-store';
import { aViewer } from '../testing/fixtures';
import { aGroupSkillGap, regionsMock, skillGapsMock } from '../testing/insights';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'], displayName: 'Claire Martin' });

afterEach(() => {
  sessionStore.reset();
  jest.restoreAllMocks();
});

describe('StudioGapsPage', () => {
  it('shows an author, in Studio, the knowledge gaps per boutique with what they are for', async () => {
    // jsdom lays nothing out: a tablet's nav, 700 px wide, whose Gaps link lies from 760 to 820 px.
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const [left, right] = this.getAttribute('href') === '/studio/gaps' ? [760, 820] : this.tagName === 'A' ? [0, 60] : [0, 700];
      return { left, right, top: 0, bottom: 40, width: right - left, height: 40, x: left, y: 0, toJSON: () => ({}) } as DOMRect;
    });
    renderApp({
      route: '/studio/gaps',
      viewer: author,
      mocks: [
        regionsMock(),
        skillGapsMock('BOUTIQUE', [
          aGroupSkillGap('b-paris', 'Paris Vendôme', 'heritage.founding', 'The founding story', 1, 5),
          aGroupSkillGap('b-paris', 'Paris Vendôme', 'product.calibre', 'The calibre', 4, 5),
        ]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    expect(within(table).getAllByRole('row').map((row) => row.querySelector('th')?.textContent)).toEqual(['Skill', 'The calibre', 'The founding story']);
    expect(screen.getByText(/^A skill that many advisors have not yet mastered may need a clearer lesson or more questions/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    const current = within(nav).getByRole('link', { name: 'Gaps' });
    expect(current).toHaveAttribute('aria-current', 'page');
    // The last section of a nav that scrolls sideways on a tablet is brought into view.
    expect(nav.closest('.mantine-ScrollArea-viewport')?.scrollLeft).toBe(120);
  });
});
