import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { CreateModuleDocument, ModuleHistoryDocument, StudioModuleDocument, StudioModulesDocument } from '../modules/learning-modules/graphql/modules.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { aModule, maisonMe, questionBankMock, type ModuleFixture } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });

const FORM_TIMEOUT = 20_000;

const emptyContent = (title: string, summary: string, estimatedMinutes = 5) => ({ title: { en: title }, summary: { en: summary }, estimatedMinutes, targetSkills: [], blocks: [], questions: [] });

const founding: ModuleFixture = {
  id: 'm-founding',
  code: 'heritage.founding',
  kind: 'LESSON',
  version: 3,
  status: 'DRAFT',
  publishedVersion: 2,
  lastEditorName: 'Claire Dubois',
  updatedAt: '2026-02-02T10:00:00.000Z',
  content: emptyContent('The founding', 'How the maison began.'),
};
const leather: ModuleFixture = {
  id: 'm-leather',
  code: 'product.leather',
  kind: 'PRODUCT_CHALLENGE',
  version: 1,
  status: 'IN_REVIEW',
  lastEditorName: 'Hugo Bernard',
  content: emptyContent('Leather goods', 'Know the leathers.'),
};

function modulesMock(status: string | null, modules: ModuleFixture[]) {
  return { request: { query: StudioModulesDocument, variables: { locale: 'en', status } }, result: { data: { me: maisonMe(), modules: modules.map(aModule) } } };
}

function formatted(iso: string) {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const typed = { code: 'service.gift', kind: 'LESSON', title: 'Gift wrapping', summary: 'The ribbon, folded the maison’s way.', minutes: '12' } as const;
const createdModule: ModuleFixture = { id: 'm-gift', code: typed.code, kind: 'LESSON', content: emptyContent(typed.title, typed.summary, 12) };

async function fillModule(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New module' }));
  const dialog = await screen.findByRole('dialog', { name: 'New module' });
  await user.type(within(dialog).getByLabelText(/^Code/), typed.code);
  await user.click(within(dialog).getByRole('combobox', { name: /^Kind/ }));
  await user.click(await screen.findByRole('option', { name: 'Lesson' }));
  await user.type(within(dialog).getByLabelText(/^Title/), typed.title);
  await user.type(within(dialog).getByLabelText(/^Summary/), typed.summary);
  const minutes = within(dialog).getByLabelText(/^Estimated minutes/);
  await user.clear(minutes);
  await user.type(minutes, typed.minutes);
  return dialog;
}

const createRequest = {
  query: CreateModuleDocument,
  variables: {
    input: { code: typed.code, kind: 'LESSON', content: { title: { en: typed.title }, summary: { en: typed.summary }, estimatedMinutes: 12, targetSkills: [], blocks: [], questions: [] } },
    locale: 'en',
  },
};

afterEach(() => sessionStore.reset());

describe('StudioModulesPage', () => {
  it('lists the modules: title, code, kind, latest version and status, published version, last editor', async () => {
    renderApp({ route: '/studio/modules', viewer: author, mocks: [modulesMock(null, [founding, leather])] });

    const table = await screen.findByRole('table', { name: 'Modules of the maison' });
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Modules' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('2 modules')).toBeInTheDocument();
    const [first, second] = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell'));
    expect(within(first?.[0] as HTMLElement).getByRole('link', { name: 'The founding' })).toHaveAttribute('href', '/studio/modules/m-founding');
    expect(first?.map((cell) => cell.textContent)).toEqual([
      'The founding',
      'heritage.founding',
      'Lesson',
      'Version 3Draft',
      'Version 2',
      `Claire Dubois${formatted('2026-02-02T10:00:00.000Z')}`,
    ]);
    expect(second?.[2]).toHaveTextContent('Product challenge');
    expect(second?.[3]).toHaveTextContent('Version 1In review');
    expect(second?.[4]).toHaveTextContent('Not yet');
  });

  it('filters by the latest version’s status through the API', async () => {
    renderApp({ route: '/studio/modules', viewer: author, mocks: [modulesMock(null, [founding, leather]), modulesMock('IN_REVIEW', [leather])] });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Modules of the maison' });
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'In review' }));

    expect(await screen.findByText('1 module')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leather goods' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'The founding' })).not.toBeInTheDocument();
  });

  it('creates a module with an empty body and opens it in the editor', async () => {
    const sent = jest.fn(() => ({ data: { createModule: aModule(createdModule) } }));
    renderApp({
      route: '/studio/modules',
      viewer: author,
      mocks: [
        modulesMock(null, [founding, leather]),
        { request: createRequest, result: sent },
        {
          request: { query: StudioModuleDocument, variables: { id: 'm-gift', locale: 'en' } },
          result: { data: { me: maisonMe(true), module: aModule(createdModule), skills: [] } },
        },
        questionBankMock([]),
        { request: { query: ModuleHistoryDocument, variables: { entityId: 'm-gift' } }, result: { data: { auditTrail: [] } } },
      ],
    });
    const user = userEvent.setup();

    const dialog = await fillModule(user);
    expect(within(dialog).getByText(/in English, the maison’s default language/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'New module' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Gift wrapping' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/modules/m-gift');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('module-version-line')).toHaveTextContent('Version 1 · Draft');
    expect(screen.getByText('No block yet. A lesson needs at least one before review.')).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('shows CODE_TAKEN on the code field', async () => {
    renderApp({
      route: '/studio/modules',
      viewer: author,
      mocks: [
        modulesMock(null, [founding, leather]),
        { request: createRequest, result: graphQLErrorResult('CODE_TAKEN', 'A module with this code already exists.', { issues: [{ field: 'code', code: 'ALREADY_USED', message: 'is already used' }] }) },
      ],
    });
    const user = userEvent.setup();

    const dialog = await fillModule(user);
    await user.click(within(dialog).getByRole('button', { name: 'New module' }));

    expect(await within(dialog).findByText('A module already has this code.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/modules');
  }, FORM_TIMEOUT);
});
