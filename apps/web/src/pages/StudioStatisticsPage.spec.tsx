import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { RequestItemStatisticsDocument, StudioItemStatisticsDocument } from '../modules/content-quality/graphql/item-statistics.graphql';
import { anItem, type ItemStatisticsFixture } from '../testing/content-quality';
import { aViewer } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'] });

const foundingYear = anItem({
  questionId: 'q-founding',
  code: 'heritage.founding-year',
  prompt: 'In which year was the maison founded?',
  difficulty: 0.78,
  discrimination: 0.42,
  upperLowerIndex: 0.5,
});
const watchWaterFixture: ItemStatisticsFixture = {
  questionId: 'q-water',
  code: 'product.watch-water',
  prompt: 'What protects the dial of the Nautile?',
  version: 2,
  attempts: 52,
  learners: 50,
  difficulty: 0.55,
  discrimination: -0.12,
  upperLowerIndex: -0.2,
  flags: ['NEGATIVE_DISCRIMINATION'],
  choices: [
    { optionId: 'a', label: 'Mineral glass', count: 21, share: 0.4 },
    { optionId: 'b', label: 'Sapphire crystal', count: 26, share: 0.5 },
    { optionId: 'c', label: null, count: 5, share: 0.1 },
  ],
};
const watchWater = anItem(watchWaterFixture);
const giftWrap = anItem({
  questionId: 'q-gift',
  code: 'service.gift-wrap',
  prompt: 'How many folds does the maison’s ribbon take?',
  type: 'NUMERIC',
  attempts: 6,
  difficulty: 1,
  discrimination: null,
  upperLowerIndex: null,
  flags: ['TOO_FEW_RESPONSES'],
});
const leatherGrain = anItem({
  questionId: 'q-grain',
  code: 'craft.leather-grain',
  prompt: 'Which leather shows a natural grain?',
  type: 'TRUE_FALSE',
  difficulty: 0.97,
  discrimination: 0.15,
  upperLowerIndex: 0.1,
  flags: ['LOW_DISCRIMINATION', 'TOO_EASY'],
});

const ANALYSED_AT = '2026-11-24T02:00:04.000Z';

function aReport(items: unknown[], { analysedAt = ANALYSED_AT as string | null, pending = false } = {}) {
  return { __typename: 'ItemStatisticsReport', analysedAt, pending, items };
}

function statisticsMock(items = [foundingYear, watchWater, giftWrap, leatherGrain], locale = 'en', report = aReport(items)) {
  return { request: { query: StudioItemStatisticsDocument, variables: { locale } }, result: { data: { itemStatistics: report } } };
}

/** The question codes of the table's rows, top to bottom. */
function rowCodes() {
  return screen.getAllByTestId('item-row').map((row) => within(row).getAllByRole('cell')[0].querySelector('a')?.textContent);
}

afterEach(() => sessionStore.reset());

describe('StudioStatisticsPage', () => {
  it('shows each item’s figures, flags and what they mean', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock()] });

    const table = await screen.findByRole('table', { name: 'Item statistics' });
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Statistics' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/each advisor’s first attempt/)).toBeInTheDocument();
    expect(screen.getByText('4 questions')).toBeInTheDocument();
    expect(rowCodes()).toEqual(['craft.leather-grain', 'heritage.founding-year', 'product.watch-water', 'service.gift-wrap']);
    expect(within(table).getByRole('columnheader', { name: 'Question' })).toHaveAttribute('aria-sort', 'ascending');

    const water = within(screen.getAllByTestId('item-row')[2]).getAllByRole('cell');
    expect(within(water[0]).getByRole('link', { name: 'product.watch-water' })).toHaveAttribute('href', '/studio/questions/q-water');
    expect(water[0]).toHaveTextContent('What protects the dial of the Nautile?');
    expect(water[1]).toHaveTextContent('2');
    expect(water[2]).toHaveTextContent('Single choice');
    expect(water[3]).toHaveTextContent('52 / 50');
    expect(water[4]).toHaveTextContent('55%');
    expect(water[5]).toHaveTextContent('-0.12');
    expect(water[6]).toHaveTextContent('-0.20');
    expect(water[7]).toHaveTextContent('Negative discrimination');

    const gift = within(screen.getAllByTestId('item-row')[3]).getAllByRole('cell');
    expect(gift[4]).toHaveTextContent('100%');
    expect(gift[5]).toHaveTextContent('—');
    expect(gift[6]).toHaveTextContent('—');
    expect(within(screen.getAllByTestId('item-row')[1]).getAllByRole('cell')[7]).toHaveTextContent('None');

    const legend = screen.getByRole('region', { name: 'What the flags mean' });
    expect(within(legend).getByText('Strong advisors miss it more than weak ones: check the key.')).toBeInTheDocument();
  });

  it('sorts by discrimination, ascending then descending, items without one last both ways', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock()] });
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Item statistics' });
    await user.click(within(table).getByRole('button', { name: 'Discrimination' }));

    expect(within(table).getByRole('columnheader', { name: 'Discrimination' })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: 'Question' })).not.toHaveAttribute('aria-sort');
    expect(rowCodes()).toEqual(['product.watch-water', 'craft.leather-grain', 'heritage.founding-year', 'service.gift-wrap']);

    await user.click(within(table).getByRole('button', { name: 'Discrimination' }));
    expect(within(table).getByRole('columnheader', { name: 'Discrimination' })).toHaveAttribute('aria-sort', 'descending');
    expect(rowCodes()).toEqual(['heritage.founding-year', 'craft.leather-grain', 'product.watch-water', 'service.gift-wrap']);

    await user.click(within(table).getByRole('button', { name: 'Flags' }));
    expect(within(table).getByRole('columnheader', { name: 'Flags' })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowCodes()).toEqual(['heritage.founding-year', 'product.watch-water', 'service.gift-wrap', 'craft.leather-grain']);
  });

  it('keeps only the items to review, without those that merely lack answers', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock()] });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Item statistics' });
    await user.click(screen.getByRole('switch', { name: /Only items to review/ }));

    expect(await screen.findByText('2 questions')).toBeInTheDocument();
    expect(rowCodes()).toEqual(['craft.leather-grain', 'product.watch-water']);
    expect(screen.queryByRole('link', { name: 'heritage.founding-year' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'service.gift-wrap' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: /Only items to review/ }));
    expect(await screen.findByText('4 questions')).toBeInTheDocument();
  });

  it('opens an item on how its options were chosen', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock()] });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Item statistics' });
    const toggle = screen.getByRole('button', { name: 'Answers to product.watch-water' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const distribution = await screen.findByRole('table', { name: 'How product.watch-water was answered' });
    const rows = within(distribution).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['aMineral glass', '21', '40%'],
      ['bSapphire crystal', '26', '50%'],
      ['c', '5', '10%'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Answers to service.gift-wrap' }));
    expect(await screen.findByText('This type of question has no options to count.')).toBeInTheDocument();

    await user.click(toggle);
    expect(screen.queryByRole('table', { name: 'How product.watch-water was answered' })).not.toBeInTheDocument();
  });

  it('says when the figures were calculated', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock()] });

    await screen.findByRole('table', { name: 'Item statistics' });
    const calculatedOn = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ANALYSED_AT));
    expect(screen.getByText(`Calculated on ${calculatedOn}. The statistics are recalculated every night.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recalculate now' })).toBeEnabled();
  });

  it('calculates on request, waiting for the worker, then shows the new figures', async () => {
    const notYet = aReport([], { analysedAt: null });
    const requested = aReport([], { analysedAt: null, pending: true });
    renderApp({
      route: '/studio/statistics',
      viewer: author,
      mocks: [
        statisticsMock([], 'en', notYet),
        { request: { query: RequestItemStatisticsDocument, variables: { locale: 'en' } }, result: { data: { requestItemStatistics: requested } } },
        statisticsMock([], 'en', requested),
        statisticsMock([foundingYear, watchWater]),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Not calculated yet. The statistics are calculated every night, or now if you ask.')).toBeInTheDocument();
    expect(screen.queryByText(/No published question has been answered/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calculate now' }));

    expect(await screen.findByText('Calculating… the figures will appear here in a moment.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Calculate now' })).toHaveAttribute('data-loading', 'true');
    // Polled every two seconds until the analysis lands.
    await screen.findByRole('table', { name: 'Item statistics' }, { timeout: 6000 });
    expect(rowCodes()).toEqual(['heritage.founding-year', 'product.watch-water']);
    expect(screen.getByText(/^Calculated on /)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recalculate now' })).not.toHaveAttribute('data-loading');
  }, 10_000);

  it('keeps the figures and their time on screen while new ones are calculated', async () => {
    const items = [foundingYear, watchWater];
    renderApp({
      route: '/studio/statistics',
      viewer: author,
      mocks: [
        statisticsMock(items),
        { request: { query: RequestItemStatisticsDocument, variables: { locale: 'en' } }, result: { data: { requestItemStatistics: aReport(items, { pending: true }) } } },
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Item statistics' });
    await user.click(screen.getByRole('button', { name: 'Recalculate now' }));

    const calculatedOn = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ANALYSED_AT));
    expect(await screen.findByText(`Calculated on ${calculatedOn}. Recalculating: the new figures will appear here in a moment.`)).toBeInTheDocument();
    expect(rowCodes()).toEqual(['heritage.founding-year', 'product.watch-water']);
  });

  it('says when no question has been answered by five advisors yet', async () => {
    renderApp({ route: '/studio/statistics', viewer: author, mocks: [statisticsMock([])] });

    expect(await screen.findByText(/No published question has been answered by five advisors yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('reads prompts and figures in the viewer’s language', async () => {
    renderApp({
      route: '/studio/statistics',
      viewer: aViewer({ roles: ['AUTHOR'], locale: 'fr' }),
      language: 'fr',
      mocks: [statisticsMock([anItem({ ...watchWaterFixture, prompt: 'Qu’est-ce qui protège le cadran du Nautile ?' })], 'fr')],
    });

    const table = await screen.findByRole('table', { name: 'Statistiques des questions' });
    const cells = within(within(table).getAllByTestId('item-row')[0]).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Qu’est-ce qui protège le cadran du Nautile ?');
    expect(cells[5]).toHaveTextContent('-0,12');
    expect(cells[7]).toHaveTextContent('Discrimination négative');
  });
});
