import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { UpdateMyLocaleDocument } from '../modules/auth/graphql/session.graphql';
import {
  SetSkillPrerequisitesDocument,
  SkillAuditTrailDocument,
  StudioSkillDocument,
  UpdateSkillDocument,
} from '../modules/skills/graphql/skills.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { aSkill, foundingStory, hallmarks, leatherCare, type SkillFixture } from '../testing/skills';

const author = aViewer({ roles: ['AUTHOR'] });

const giftWrapping: SkillFixture = {
  id: 's-gift',
  code: 'service.gift-wrapping',
  category: 'SERVICE',
  name: { en: 'Gift wrapping', fr: 'Paquet cadeau' },
  description: { en: 'The ribbon, folded the maison’s way.', fr: 'Le ruban, plié à la manière de la maison.' },
};

const ALL = [foundingStory, hallmarks, leatherCare, giftWrapping];

function skillMock(skill: SkillFixture = hallmarks, others: SkillFixture[] = ALL) {
  return {
    request: { query: StudioSkillDocument, variables: { id: skill.id, locale: 'en' } },
    result: { data: { skill: aSkill(skill), skills: others.map((other) => aSkill(other.id === skill.id ? skill : other)) } },
  };
}

function anEntry(id: string, action: string, actorName: string, createdAt: string, changes: Array<[string, string | null, string | null]>) {
  return {
    __typename: 'AuditEntry',
    id,
    action,
    actorName,
    createdAt,
    changes: changes.map(([field, before, after]) => ({ __typename: 'AuditChange', field, before, after })),
  };
}

const created = anEntry('a-1', 'created', 'Claire Dubois', '2026-01-05T09:15:00.000Z', [
  ['code', null, '"heritage.hallmarks"'],
  ['category', null, '"HERITAGE"'],
  ['name', null, '"Hallmarks"'],
]);
const linked = anEntry('a-2', 'prerequisites-changed', 'Hugo Bernard', '2026-01-08T16:40:00.000Z', [['prerequisites', '[]', '["heritage.founding-story"]']]);
const renamed = anEntry('a-3', 'updated', 'Claire Dubois', '2026-01-12T11:00:00.000Z', [['name.fr', '"Poinçons"', '"Les poinçons"']]);

function auditMock(entries: unknown[], skillId = 's-hallmarks') {
  return { request: { query: SkillAuditTrailDocument, variables: { entityId: skillId } }, result: { data: { auditTrail: entries } } };
}

function formatted(iso: string) {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

afterEach(() => sessionStore.reset());


/** setSkillPrerequisites adding gift wrapping to the founding story: what the API answers, and the mock answering it. */
const savedWithGiftWrapping = () => ({
  data: {
    setSkillPrerequisites: aSkill({
      ...hallmarks,
      prerequisites: [
        { id: 's-founding', code: 'heritage.founding-story' },
        { id: 's-gift', code: 'service.gift-wrapping' },
      ],
    }),
  },
});

function setGiftWrappingMock(result: () => ReturnType<typeof savedWithGiftWrapping>, delay?: number) {
  return {
    request: { query: SetSkillPrerequisitesDocument, variables: { input: { skillId: 's-hallmarks', prerequisiteIds: ['s-founding', 's-gift'] }, locale: 'en' } },
    result,
    ...(delay === undefined ? {} : { delay }),
  };
}
describe('StudioSkillPage', () => {
  it('shows the texts of every locale side by side with their status', async () => {
    renderApp({ route: '/studio/skills/s-hallmarks', viewer: author, mocks: [skillMock(), auditMock([])] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Hallmarks' })).toBeInTheDocument();
    expect(screen.getByTestId('space-studio')).toBeInTheDocument();
    // Under the title, and in the graph.
    expect(screen.getAllByText('heritage.hallmarks')).toHaveLength(2);
    expect(screen.getByText('Heritage')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All skills' })).toHaveAttribute('href', '/studio/skills');

    const english = screen.getByRole('region', { name: 'English' });
    expect(within(english).getByText('Source')).toBeInTheDocument();
    expect(within(english).getByText('Reading the marks struck on each piece.')).toHaveAttribute('lang', 'en');
    const french = screen.getByRole('region', { name: 'French' });
    expect(within(french).getByText('FR outdated')).toBeInTheDocument();
    expect(within(french).getByText('Poinçons')).toHaveAttribute('lang', 'fr');
    expect(within(french).getByText('Name · outdated')).toBeInTheDocument();
    expect(within(french).getByRole('button', { name: 'Edit the French text' })).toBeInTheDocument();
  });

  it('draws the prerequisites and the skills that need it', async () => {
    renderApp({ route: '/studio/skills/s-hallmarks', viewer: author, mocks: [skillMock(), auditMock([])] });

    const needs = await screen.findByRole('list', { name: 'Needs first' });
    expect(within(needs).getAllByRole('link').map((link) => link.textContent)).toEqual(['The founding story']);
    expect(within(needs).getByRole('link', { name: 'The founding story' })).toHaveAttribute('href', '/studio/skills/s-founding');
    const neededBy = screen.getByRole('list', { name: 'Needed by' });
    expect(within(neededBy).getAllByRole('link').map((link) => link.textContent)).toEqual(['Leather care']);
    expect(screen.getByText('No change recorded yet.')).toBeInTheDocument();
  });

  it('renders the audit history: who, when and what changed', async () => {
    renderApp({ route: '/studio/skills/s-hallmarks', viewer: author, mocks: [skillMock(), auditMock([renamed, linked, created])] });

    const history = await screen.findByRole('region', { name: 'History' });
    const entries = await within(history).findAllByRole('listitem');
    expect(entries).toHaveLength(3);

    expect(entries[0]).toHaveTextContent('Claire Dubois changed the skill');
    expect(within(entries[0]).getByText(formatted('2026-01-12T11:00:00.000Z'))).toHaveAttribute('datetime', '2026-01-12T11:00:00.000Z');
    expect(within(entries[0]).getByRole('term')).toHaveTextContent('Name (French)');
    expect(within(entries[0]).getByRole('definition')).toHaveTextContent('Before:Poinçons After:Les poinçons');

    expect(entries[1]).toHaveTextContent('Hugo Bernard changed the prerequisites');
    expect(within(entries[1]).getByRole('definition')).toHaveTextContent('Before:none After:heritage.founding-story');

    expect(entries[2]).toHaveTextContent('Claire Dubois created the skill');
    expect(entries[2]).toHaveTextContent(formatted('2026-01-05T09:15:00.000Z'));
    expect(within(entries[2]).getAllByRole('term').map((term) => term.textContent)).toEqual(['Code', 'Category', 'Name']);
    expect(within(entries[2]).getAllByRole('definition').map((definition) => definition.textContent)).toEqual(['heritage.hallmarks', 'Heritage', 'Hallmarks']);
  });

  it('edits the French text with updateSkill in locale fr', async () => {
    const sent = jest.fn(() => ({
      data: { updateSkill: aSkill({ ...hallmarks, name: { en: 'Hallmarks', fr: 'Les poinçons', frStatus: 'UP_TO_DATE' } }) },
    }));
    renderApp({
      route: '/studio/skills/s-hallmarks',
      viewer: author,
      mocks: [
        skillMock(),
        auditMock([linked, created]),
        {
          request: {
            query: UpdateSkillDocument,
            variables: {
              input: { id: 's-hallmarks', locale: 'fr', name: 'Les poinçons', description: 'Lire les marques frappées sur chaque pièce.' },
              locale: 'en',
            },
          },
          result: sent,
        },
        // The history is refetched after the change.
        auditMock([renamed, linked, created]),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Edit the French text' }));
    const dialog = await screen.findByRole('dialog', { name: 'French text' });
    // The source is shown alongside, for the translator.
    expect(within(dialog).getByText('Hallmarks')).toHaveAttribute('lang', 'en');
    const name = within(dialog).getByLabelText(/^Name/);
    expect(name).toHaveValue('Poinçons');
    await user.clear(name);
    await user.type(name, ' Les poinçons ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const french = screen.getByRole('region', { name: 'French' });
    expect(await within(french).findByText('Les poinçons')).toBeInTheDocument();
    expect(within(french).getByText('FR up to date')).toBeInTheDocument();
    expect(within(french).queryByText('Name · outdated')).not.toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'French text' })).not.toBeInTheDocument());
    const history = screen.getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Claire Dubois changed the skill')).toBeInTheDocument();
  }, 20_000);

  it('saves the full list of prerequisites with setSkillPrerequisites', async () => {
    const sent = jest.fn(savedWithGiftWrapping);
    renderApp({
      route: '/studio/skills/s-hallmarks',
      viewer: author,
      mocks: [
        skillMock(),
        auditMock([]),
        setGiftWrappingMock(sent),
        auditMock([anEntry('a-4', 'prerequisites-changed', 'Léa Martin', '2026-01-13T08:00:00.000Z', [['prerequisites', '["heritage.founding-story"]', '["heritage.founding-story","service.gift-wrapping"]']])]),
      ],
    });
    const user = userEvent.setup();

    const picker = await screen.findByRole('combobox', { name: /^Skills to master first/ });
    expect(screen.getByRole('button', { name: 'Save prerequisites' })).toBeDisabled();
    await user.click(picker);
    // Neither the skill itself nor one already picked is offered.
    expect(screen.queryByRole('option', { name: 'Hallmarks (heritage.hallmarks)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'The founding story (heritage.founding-story)' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Gift wrapping (service.gift-wrapping)' }));
    await user.click(screen.getByRole('button', { name: 'Save prerequisites' }));

    const needs = screen.getByRole('list', { name: 'Needs first' });
    await waitFor(() => expect(within(needs).getAllByRole('link').map((link) => link.textContent)).toEqual(['The founding story', 'Gift wrapping']));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Léa Martin changed the prerequisites')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save prerequisites' })).toBeDisabled();
  }, 20_000);

  it('keeps a prerequisite picked while the list is being saved, unsaved', async () => {
    const sent = jest.fn(savedWithGiftWrapping);
    renderApp({
      route: '/studio/skills/s-hallmarks',
      viewer: author,
      mocks: [
        skillMock(),
        auditMock([]),
        setGiftWrappingMock(sent, 1500),
        auditMock([]),
      ],
    });
    const user = userEvent.setup();

    const picker = await screen.findByRole('combobox', { name: /^Skills to master first/ });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Gift wrapping (service.gift-wrapping)' }));
    await user.click(screen.getByRole('button', { name: 'Save prerequisites' }));
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Leather care (product.leather-care)' }));
    expect(sent).not.toHaveBeenCalled();

    const needs = screen.getByRole('list', { name: 'Needs first' });
    await waitFor(() => expect(within(needs).getAllByRole('link').map((link) => link.textContent)).toEqual(['The founding story', 'Gift wrapping']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save prerequisites' })).not.toHaveAttribute('data-loading'));
    expect(sent).toHaveBeenCalledTimes(1);
    // The pick made meanwhile is still there, and still to be saved.
    expect(screen.getByRole('button', { name: 'Save prerequisites' })).toBeEnabled();
    await user.click(picker);
    // Every other skill is picked: the saved two and the one picked meanwhile.
    expect(await screen.findByText('No other skill')).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Leather care (product.leather-care)' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    // Cancelling goes back to what was saved.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Save prerequisites' })).toBeDisabled();
  }, 20_000);

  it('phrases the loop PREREQUISITE_CYCLE names, in the interface language, and keeps the prerequisites', async () => {
    const message = 'These prerequisites would form a cycle: heritage.hallmarks → product.leather-care → heritage.hallmarks';
    const sent = jest.fn(() =>
      graphQLErrorResult('PREREQUISITE_CYCLE', message, {
        issues: [{ field: 'prerequisiteIds', code: 'PREREQUISITE_WOULD_CYCLE', params: { cycle: 'heritage.hallmarks → product.leather-care → heritage.hallmarks' }, message: 'would form a cycle: heritage.hallmarks → product.leather-care → heritage.hallmarks' }],
        cycle: ['heritage.hallmarks', 'product.leather-care', 'heritage.hallmarks'],
      }),
    );
    renderApp({
      route: '/studio/skills/s-hallmarks',
      viewer: author,
      mocks: [
        skillMock(),
        auditMock([]),
        {
          request: { query: SetSkillPrerequisitesDocument, variables: { input: { skillId: 's-hallmarks', prerequisiteIds: ['s-founding', 's-leather'] }, locale: 'en' } },
          result: sent,
        },
      ],
    });
    const user = userEvent.setup();

    const picker = await screen.findByRole('combobox', { name: /^Skills to master first/ });
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: 'Leather care (product.leather-care)' }));
    await user.click(screen.getByRole('button', { name: 'Save prerequisites' }));

    expect(await screen.findByText('These prerequisites would form a loop: heritage.hallmarks → product.leather-care → heritage.hallmarks')).toBeInTheDocument();
    expect(picker).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toHaveBeenCalledTimes(1);
    const needs = screen.getByRole('list', { name: 'Needs first' });
    expect(within(needs).getAllByRole('link').map((link) => link.textContent)).toEqual(['The founding story']);
    // The choice stays, so the author can correct it.
    expect(screen.getByRole('button', { name: 'Save prerequisites' })).toBeEnabled();
  }, 20_000);

  it('says when the skill does not exist', async () => {
    renderApp({
      route: '/studio/skills/s-gone',
      viewer: author,
      mocks: [
        { request: { query: StudioSkillDocument, variables: { id: 's-gone', locale: 'en' } }, result: graphQLErrorResult('NOT_FOUND', 'Skill was not found') },
        auditMock([], 's-gone'),
      ],
    });
    expect(await screen.findByText('This skill does not exist.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('keeps an unsaved choice of prerequisites when the interface language changes and the skill is read again', async () => {
    const frenchReading = jest.fn(() => ({ data: { skill: aSkill({ ...hallmarks, locale: 'fr' }), skills: ALL.map((other) => aSkill({ ...other, locale: 'fr' })) } }));
    renderApp({
      route: '/studio/skills/s-hallmarks',
      viewer: author,
      mocks: [
        skillMock(),
        auditMock([]),
        { request: { query: StudioSkillDocument, variables: { id: 's-hallmarks', locale: 'fr' } }, result: frenchReading, delay: 50 },
        { request: { query: UpdateMyLocaleDocument, variables: { locale: 'fr' } }, result: { data: { updateMyLocale: aViewer({ roles: ['AUTHOR'], locale: 'fr' }) } } },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('combobox', { name: /^Skills to master first/ }));
    await user.click(await screen.findByRole('option', { name: 'Gift wrapping (service.gift-wrapping)' }));
    await user.click(screen.getByRole('radio', { name: 'FR' }));

    await waitFor(() => expect(frenchReading).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 2, name: 'Poinçons' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer les prérequis' })).toBeEnabled();
    expect(screen.getByText('Paquet cadeau (service.gift-wrapping)')).toBeInTheDocument();
  }, 20_000);

  it('names the imports from a program package in the history', async () => {
    const imported = anEntry('a-5', 'imported', 'Hugo Bernard', '2026-01-02T08:00:00.000Z', [['code', null, '"heritage.hallmarks"']]);
    const reimported = anEntry('a-6', 'imported-update', 'Hugo Bernard', '2026-01-20T08:00:00.000Z', [['name.fr', '"Poinçons"', '"Les poinçons"']]);
    renderApp({ route: '/studio/skills/s-hallmarks', viewer: author, mocks: [skillMock(), auditMock([reimported, imported])] });

    const history = await screen.findByRole('region', { name: 'History' });
    const entries = await within(history).findAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Hugo Bernard updated the skill from a program package');
    expect(entries[1]).toHaveTextContent('Hugo Bernard imported the skill from a program package');
  });
});
