import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { CreateSkillDocument, StudioSkillsDocument } from '../modules/skills/graphql/skills.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { aSkill, foundingStory, hallmarks, leatherCare } from '../testing/skills';

const author = aViewer({ roles: ['AUTHOR'] });

/** Filling the form (a Mantine select among inputs) takes a few seconds in jsdom. */
const FORM_TIMEOUT = 20_000;

function skillsMock(locale: 'en' | 'fr' = 'en', skills = [foundingStory, hallmarks, leatherCare]) {
  return {
    request: { query: StudioSkillsDocument, variables: { locale } },
    result: {
      data: {
        me: { __typename: 'Viewer', id: 'viewer-1', maison: { __typename: 'Maison', id: 'maison-1', defaultLocale: 'en' } },
        skills: skills.map((skill) => aSkill({ ...skill, locale })),
      },
    },
  };
}

const typed = {
  code: 'service.gift-wrapping',
  category: 'SERVICE',
  name: 'Gift wrapping',
  description: 'The maison’s ribbon, folded the maison’s way.',
} as const;

const giftWrapping = aSkill({
  id: 's-gift',
  code: typed.code,
  category: typed.category,
  name: { en: typed.name, fr: null },
  description: { en: typed.description, fr: null },
});

async function openCreateDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New skill' }));
  return screen.findByRole('dialog', { name: 'New skill' });
}

async function fillSkill(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByLabelText(/^Code/), typed.code);
  await user.click(within(dialog).getByRole('combobox', { name: /^Category/ }));
  await user.click(await screen.findByRole('option', { name: 'Service' }));
  await user.type(within(dialog).getByLabelText(/^Name/), typed.name);
  await user.type(within(dialog).getByLabelText(/^Description/), typed.description);
}

afterEach(() => sessionStore.reset());

describe('StudioSkillsPage', () => {
  it('shows the skills, grouped by category with names, prerequisites and translation status', async () => {
    // The Studio opens on its programs; skills are one section further.
    renderApp({ route: '/studio/skills', viewer: author, mocks: [skillsMock()] });

    const heritage = await screen.findByRole('table', { name: 'Heritage' });
    expect(screen.getByTestId('space-studio')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/skills');
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Skills' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Heritage', 'Product']);
    expect(screen.getByText('3 skills')).toBeInTheDocument();

    const heritageRows = within(heritage).getAllByRole('row').slice(1);
    expect(heritageRows).toHaveLength(2);
    const founding = within(heritageRows[0]).getAllByRole('cell');
    expect(within(founding[0]).getByRole('link', { name: 'The founding story' })).toHaveAttribute('href', '/studio/skills/s-founding');
    expect(founding[1]).toHaveTextContent('heritage.founding-story');
    expect(founding[2]).toHaveTextContent('None');
    expect(founding[3]).toHaveTextContent('FR up to date');
    const hallmarkCells = within(heritageRows[1]).getAllByRole('cell');
    expect(hallmarkCells[0]).toHaveTextContent('Hallmarks');
    expect(hallmarkCells[2]).toHaveTextContent('heritage.founding-story');
    expect(hallmarkCells[3]).toHaveTextContent('FR outdated');

    const product = screen.getByRole('table', { name: 'Product' });
    const leather = within(within(product).getAllByRole('row')[1]).getAllByRole('cell');
    expect(leather[0]).toHaveTextContent('Leather care');
    expect(leather[2]).toHaveTextContent('heritage.founding-storyheritage.hallmarks');
    expect(leather[3]).toHaveTextContent('FR missing');
    expect(leather[3]).not.toHaveTextContent('FR up to date');
  });

  it('says when the skills could not be loaded and loads them again on request', async () => {
    const failed = { request: skillsMock().request, result: graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') };
    renderApp({ route: '/studio/skills', viewer: author, mocks: [failed, skillsMock()] });
    const user = userEvent.setup();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('table', { name: 'Heritage' })).toBeInTheDocument();
    expect(screen.getByText('3 skills')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads the names in the viewer’s language', async () => {
    renderApp({ route: '/studio/skills', viewer: aViewer({ roles: ['AUTHOR'], locale: 'fr' }), language: 'fr', mocks: [skillsMock('fr')] });

    const heritage = await screen.findByRole('table', { name: 'Patrimoine' });
    expect(within(heritage).getByRole('link', { name: 'Le récit de la fondation' })).toBeInTheDocument();
    expect(within(heritage).getByText('FR à revoir')).toBeInTheDocument();
    // No translation yet: the API falls back to the source text.
    const product = screen.getByRole('table', { name: 'Produit' });
    expect(within(product).getByRole('link', { name: 'Leather care' })).toBeInTheDocument();
    expect(within(product).getByText('FR manquant')).toBeInTheDocument();
  });

  it('filters by category', async () => {
    renderApp({ route: '/studio/skills', viewer: author, mocks: [skillsMock()] });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Heritage' });
    await user.click(screen.getByRole('combobox', { name: 'Category' }));
    await user.click(await screen.findByRole('option', { name: 'Product' }));

    expect(await screen.findByText('1 skill')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Heritage' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leather care' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hallmarks' })).not.toBeInTheDocument();
  });

  it('creates a skill with exactly the typed values and lists it', async () => {
    const created = jest.fn(() => ({ data: { createSkill: giftWrapping } }));
    renderApp({
      route: '/studio/skills',
      viewer: author,
      mocks: [skillsMock(), { request: { query: CreateSkillDocument, variables: { input: typed, locale: 'en' } }, result: created }],
    });
    const user = userEvent.setup();

    const dialog = await openCreateDialog(user);
    expect(within(dialog).getByText('lower case, digits, - or ., e.g. heritage.founding-story', { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByText(/in English, the maison’s default language/)).toBeInTheDocument();
    await fillSkill(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'New skill' }));

    const service = await screen.findByRole('table', { name: 'Service' });
    expect(within(service).getByRole('link', { name: 'Gift wrapping' })).toHaveAttribute('href', '/studio/skills/s-gift');
    expect(within(service).getByText('FR missing')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.getByText('4 skills')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New skill' })).not.toBeInTheDocument());
  }, FORM_TIMEOUT);

  it('shows CODE_TAKEN on the code field and keeps the dialog open', async () => {
    renderApp({
      route: '/studio/skills',
      viewer: author,
      mocks: [
        skillsMock(),
        {
          request: { query: CreateSkillDocument, variables: { input: typed, locale: 'en' } },
          result: graphQLErrorResult('CODE_TAKEN', 'A skill with this code already exists.', { issues: [{ field: 'code', code: 'ALREADY_USED', message: 'is already used' }] }),
        },
      ],
    });
    const user = userEvent.setup();

    const dialog = await openCreateDialog(user);
    await fillSkill(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'New skill' }));

    expect(await within(dialog).findByText('A skill already has this code.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New skill' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Service' })).not.toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('shows VALIDATION_FAILED issues on their fields', async () => {
    renderApp({
      route: '/studio/skills',
      viewer: author,
      mocks: [
        skillsMock(),
        {
          request: { query: CreateSkillDocument, variables: { input: typed, locale: 'en' } },
          result: graphQLErrorResult('VALIDATION_FAILED', 'Invalid input', { issues: [{ field: 'input.description', code: 'TOO_LONG', params: { max: 2000 }, message: 'must have at most 2,000 characters' }] }),
        },
      ],
    });
    const user = userEvent.setup();

    const dialog = await openCreateDialog(user);
    await fillSkill(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'New skill' }));

    expect(await within(dialog).findByText('must have at most 2,000 characters')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Description/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please check the highlighted fields.');
  }, FORM_TIMEOUT);

  it('checks the code on the client and sends nothing', async () => {
    const sent = jest.fn(() => ({ data: { createSkill: giftWrapping } }));
    renderApp({
      route: '/studio/skills',
      viewer: author,
      mocks: [skillsMock(), { request: { query: CreateSkillDocument, variables: () => true }, result: sent }],
    });
    const user = userEvent.setup();

    const dialog = await openCreateDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'Service Gift');
    await user.type(within(dialog).getByLabelText(/^Name/), typed.name);
    await user.click(within(dialog).getByRole('button', { name: 'New skill' }));

    expect(await within(dialog).findByText('Use lower case letters, digits, - or . only (at most 80 characters).')).toBeInTheDocument();
    expect(within(dialog).getByText('Please choose a category.')).toBeInTheDocument();
    expect(within(dialog).getByText('Please enter a description.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toHaveBeenCalled();
  }, FORM_TIMEOUT);
});
