import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { UpdateMyLocaleDocument } from '../modules/auth/graphql/session.graphql';
import { ExportProgramPackageDocument, SetProgramModulesDocument, StudioProgramDocument, UpdateProgramDocument } from '../modules/programs/graphql/programs.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { aLocalisedText, anOutlineModule } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });

const founding = anOutlineModule({ id: 'm-founding', code: 'heritage.founding', kind: 'LESSON', title: 'The founding story', status: 'PUBLISHED', minutes: 6, version: 2, publishedVersion: 2 });
const hallmarks = anOutlineModule({ id: 'm-hallmarks', code: 'heritage.hallmarks-quiz', kind: 'QUIZ', title: 'Hallmarks', status: 'DRAFT', minutes: 4 });
const leather = anOutlineModule({ id: 'm-leather', code: 'product.leather', kind: 'PRODUCT_CHALLENGE', title: 'Leather goods', status: 'IN_REVIEW', minutes: 8 });
const gift = anOutlineModule({ id: 'm-gift', code: 'service.gift', kind: 'LESSON', title: 'Gift wrapping', status: 'DRAFT', minutes: 5 });

function aProgram(modules: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Program',
    id: 'p-onboarding',
    code: 'onboarding',
    onboarding: true,
    certificationThreshold: 0.8,
    targetSkills: ['heritage.founding-story'],
    updatedAt: '2026-02-01T09:00:00.000Z',
    title: aLocalisedText({ en: 'Welcome to the maison', fr: 'Bienvenue dans la maison' }, { text: 'Welcome to the maison' }),
    description: aLocalisedText({ en: 'Your first weeks, between the workshop and the boutique.', fr: 'Vos premières semaines.' }, { statuses: { fr: 'OUTDATED' } }),
    modules,
    ...overrides,
  };
}

const skill = (id: string, code: string, name: string) => ({ __typename: 'Skill', id, code, name: { __typename: 'LocalisedText', text: name } });

function programMock(program = aProgram([founding, hallmarks, leather])) {
  return {
    request: { query: StudioProgramDocument, variables: { id: 'p-onboarding', locale: 'en' } },
    result: {
      data: {
        program,
        modules: [gift, founding, hallmarks, leather],
        skills: [skill('s-founding', 'heritage.founding-story', 'The founding story'), skill('s-leather', 'product.leather-care', 'Leather care')],
      },
    },
  };
}

/** The outline sent, with the program's updatedAt it was read at (`base`), and what the API answers. */
function setModulesMock(moduleIds: string[], modules: unknown[], base = '2026-02-01T09:00:00.000Z') {
  const sent = jest.fn(() => ({ data: { setProgramModules: { __typename: 'Program', id: 'p-onboarding', updatedAt: '2026-02-03T09:00:00.000Z', modules } } }));
  return { mock: { request: { query: SetProgramModulesDocument, variables: { input: { programId: 'p-onboarding', moduleIds, baseUpdatedAt: base }, locale: 'en' } }, result: sent }, sent };
}

async function outlineTitles() {
  const list = await screen.findByRole('list', { name: 'Modules in order' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent);
}

afterEach(() => sessionStore.reset());

describe('StudioProgramPage', () => {
  it('shows the outline in order with kind, status and length, the settings and the texts', async () => {
    renderApp({ route: '/studio/programs/p-onboarding', viewer: author, mocks: [programMock()] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Welcome to the maison' })).toBeInTheDocument();
    expect(await outlineTitles()).toEqual(['The founding story', 'Hallmarks', 'Leather goods']);
    const items = within(screen.getByRole('list', { name: 'Modules in order' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lesson');
    expect(items[0]).toHaveTextContent('Published');
    expect(items[0]).toHaveTextContent('6 min');
    expect(items[1]).toHaveTextContent('Quiz');
    expect(items[1]).toHaveTextContent('Draft');
    expect(items[2]).toHaveTextContent('In review');
    expect(within(items[0]).getByRole('link', { name: 'The founding story' })).toHaveAttribute('href', '/studio/modules/m-founding');
    // The first cannot go up, the last cannot go down.
    expect(screen.getByRole('button', { name: 'Move The founding story up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Leather goods down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Hallmarks up' })).toBeEnabled();

    expect(screen.getByLabelText(/^Certification threshold/)).toHaveValue('80 %');
    expect(screen.getByRole('switch', { name: /^Onboarding program/ })).toBeChecked();
    const french = screen.getByRole('region', { name: 'French' });
    expect(within(french).getByText('FR outdated')).toBeInTheDocument();
    expect(within(french).getByText('Description · outdated')).toBeInTheDocument();
  });

  it('moves a module up with setProgramModules and the whole new order', async () => {
    const { mock, sent } = setModulesMock(['m-hallmarks', 'm-founding', 'm-leather'], [hallmarks, founding, leather]);
    renderApp({ route: '/studio/programs/p-onboarding', viewer: author, mocks: [programMock(), mock] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Hallmarks up' }));

    await waitFor(async () => expect(await outlineTitles()).toEqual(['Hallmarks', 'The founding story', 'Leather goods']));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Move Hallmarks up' })).toBeDisabled();
  });

  it('keeps the outline as it was and says why when another author changed the program meanwhile (EDIT_CONFLICT)', async () => {
    const refused = {
      request: { query: SetProgramModulesDocument, variables: { input: { programId: 'p-onboarding', moduleIds: ['m-hallmarks', 'm-founding', 'm-leather'], baseUpdatedAt: '2026-02-01T09:00:00.000Z' }, locale: 'en' } },
      result: graphQLErrorResult('EDIT_CONFLICT', 'Program onboarding was changed by someone else after you opened it'),
    };
    renderApp({ route: '/studio/programs/p-onboarding', viewer: author, mocks: [programMock(), refused] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move Hallmarks up' }));

    expect(await screen.findByText(/Another author changed this program after you opened it/)).toBeInTheDocument();
    expect(await outlineTitles()).toEqual(['The founding story', 'Hallmarks', 'Leather goods']);
  });

  it('adds a module not yet in the program, then removes one', async () => {
    const added = setModulesMock(['m-founding', 'm-hallmarks', 'm-leather', 'm-gift'], [founding, hallmarks, leather, gift]);
    // The second change is made on the program as the first left it.
    const removed = setModulesMock(['m-hallmarks', 'm-leather', 'm-gift'], [hallmarks, leather, gift], '2026-02-03T09:00:00.000Z');
    renderApp({ route: '/studio/programs/p-onboarding', viewer: author, mocks: [programMock(), added.mock, removed.mock] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('combobox', { name: 'Add a module' }));
    // Only the modules not in the program are offered.
    expect(screen.queryByRole('option', { name: 'Hallmarks (heritage.hallmarks-quiz)' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Gift wrapping (service.gift)' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await outlineTitles()).toEqual(['The founding story', 'Hallmarks', 'Leather goods', 'Gift wrapping']));

    await user.click(screen.getByRole('button', { name: 'Remove The founding story from the program' }));
    await waitFor(async () => expect(await outlineTitles()).toEqual(['Hallmarks', 'Leather goods', 'Gift wrapping']));
    expect(added.sent).toHaveBeenCalledTimes(1);
    expect(removed.sent).toHaveBeenCalledTimes(1);
  }, 20_000);

  it('keeps keyboard focus in the outline when a module is removed: on the next one’s remove button, then the heading', async () => {
    const withoutFounding = setModulesMock(['m-hallmarks'], [hallmarks], '2026-02-01T09:00:00.000Z');
    const empty = setModulesMock([], [], '2026-02-03T09:00:00.000Z');
    renderApp({ route: '/studio/programs/p-onboarding', viewer: author, mocks: [programMock(aProgram([founding, hallmarks])), withoutFounding.mock, empty.mock] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Remove The founding story from the program' }));
    await waitFor(async () => expect(await outlineTitles()).toEqual(['Hallmarks']));
    const next = screen.getByRole('button', { name: 'Remove Hallmarks from the program' });
    await waitFor(() => expect(next).toHaveFocus());

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Modules in order' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Outline' })).toHaveFocus());
    expect(empty.sent).toHaveBeenCalledTimes(1);
  }, 20_000);

  it('saves the settings: threshold as a share, onboarding and target skills', async () => {
    const sent = jest.fn(() => ({ data: { updateProgram: aProgram([founding, hallmarks, leather], { certificationThreshold: 0.85, targetSkills: ['heritage.founding-story', 'product.leather-care'] }) } }));
    renderApp({
      route: '/studio/programs/p-onboarding',
      viewer: author,
      mocks: [
        programMock(),
        {
          request: {
            query: UpdateProgramDocument,
            variables: {
              input: { id: 'p-onboarding', certificationThreshold: 0.85, onboarding: true, targetSkills: ['heritage.founding-story', 'product.leather-care'], baseUpdatedAt: '2026-02-01T09:00:00.000Z' },
              locale: 'en',
            },
          },
          result: sent,
        },
      ],
    });
    const user = userEvent.setup();

    const threshold = await screen.findByLabelText(/^Certification threshold/);
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await user.clear(threshold);
    await user.type(threshold, '85');
    await user.click(screen.getByRole('combobox', { name: /^Target skills/ }));
    await user.click(await screen.findByRole('option', { name: 'Leather care (product.leather-care)' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled());
    expect(screen.getByLabelText(/^Certification threshold/)).toHaveValue('85 %');
  }, 20_000);

  it('downloads the package as its file name', async () => {
    const json = '{"format":"savoir.program-package"}';
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:package');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const downloads: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    renderApp({
      route: '/studio/programs/p-onboarding',
      viewer: author,
      mocks: [
        programMock(),
        {
          request: { query: ExportProgramPackageDocument, variables: { programId: 'p-onboarding' } },
          result: { data: { exportProgramPackage: { __typename: 'ProgramPackageFile', fileName: 'onboarding.savoir-package.json', json, checksum: 'abc' } } },
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Export package' }));

    await waitFor(() => expect(downloads).toEqual(['onboarding.savoir-package.json blob:package']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(createObjectURL.mock.calls[0]?.[0].type).toBe('application/json');
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:package'));
    click.mockRestore();
  });

  it('names the unpublished content when MODULE_NOT_READY refuses the export', async () => {
    renderApp({
      route: '/studio/programs/p-onboarding',
      viewer: author,
      mocks: [
        programMock(),
        {
          request: { query: ExportProgramPackageDocument, variables: { programId: 'p-onboarding' } },
          result: graphQLErrorResult('MODULE_NOT_READY', 'Only published content is exported; not yet published: heritage.hallmarks-quiz, product.leather', {
            issues: ['heritage.hallmarks-quiz', 'product.leather'].map((code) => ({ field: 'modules', code: 'NOT_PUBLISHED', params: { code }, message: `${code} is not published` })),
          }),
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Export package' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only published content can be exported');
    expect(alert).toHaveTextContent('heritage.hallmarks-quiz is not published; product.leather is not published');
  });

  it('keeps a target skill picked while the settings are being saved, unsaved', async () => {
    const sent = jest.fn(() => ({ data: { updateProgram: aProgram([founding, hallmarks, leather], { certificationThreshold: 0.85, updatedAt: '2026-02-03T09:00:00.000Z' }) } }));
    renderApp({
      route: '/studio/programs/p-onboarding',
      viewer: author,
      mocks: [
        programMock(),
        {
          request: {
            query: UpdateProgramDocument,
            variables: { input: { id: 'p-onboarding', certificationThreshold: 0.85, onboarding: true, targetSkills: ['heritage.founding-story'], baseUpdatedAt: '2026-02-01T09:00:00.000Z' }, locale: 'en' },
          },
          result: sent,
          delay: 1500,
        },
      ],
    });
    const user = userEvent.setup();

    const threshold = await screen.findByLabelText(/^Certification threshold/);
    await user.clear(threshold);
    await user.type(threshold, '85');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await user.click(screen.getByRole('combobox', { name: /^Target skills/ }));
    await user.click(await screen.findByRole('option', { name: 'Leather care (product.leather-care)' }));
    expect(sent).not.toHaveBeenCalled();

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save settings' })).not.toHaveAttribute('data-loading'));
    expect(screen.getByLabelText(/^Certification threshold/)).toHaveValue('85 %');
    expect(within(screen.getByRole('form', { name: 'Settings' })).getByText('Leather care (product.leather-care)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeEnabled();
  }, 20_000);

  it('keeps unsaved settings when the interface language changes and the program is read again', async () => {
    const frenchReading = jest.fn(() => programMock().result);
    renderApp({
      route: '/studio/programs/p-onboarding',
      viewer: author,
      mocks: [
        programMock(),
        { request: { query: StudioProgramDocument, variables: { id: 'p-onboarding', locale: 'fr' } }, result: frenchReading, delay: 50 },
        { request: { query: UpdateMyLocaleDocument, variables: { locale: 'fr' } }, result: { data: { updateMyLocale: aViewer({ roles: ['AUTHOR'], locale: 'fr' }) } } },
      ],
    });
    const user = userEvent.setup();

    const threshold = await screen.findByLabelText(/^Certification threshold/);
    await user.clear(threshold);
    await user.type(threshold, '85');
    await user.click(screen.getByRole('radio', { name: 'FR' }));

    await waitFor(() => expect(frenchReading).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Enregistrer les réglages' })).toBeEnabled();
    expect(screen.getByLabelText(/^Seuil de certification/)).toHaveValue('85 %');
  }, 20_000);
});
