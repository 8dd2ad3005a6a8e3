import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { CreateProgramDocument, ImportProgramPackageDocument, StudioProgramsDocument } from '../modules/programs/graphql/programs.graphql';
import { StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { StudioSkillsDocument } from '../modules/skills/graphql/skills.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { editorContextMock } from '../testing/questions';
import { renderApp } from '../testing/render-app';
import { aSkill, foundingStory, type SkillFixture } from '../testing/skills';
import { maisonMe } from '../testing/studio-content';

const author = aViewer({ roles: ['AUTHOR'] });

/** Filling a dialog in jsdom takes a few seconds. */
const FORM_TIMEOUT = 20_000;

function aListedProgram(id: string, code: string, title: string, { onboarding = false, threshold = 0.8, modules = 0 } = {}) {
  return {
    __typename: 'Program',
    id,
    code,
    onboarding,
    certificationThreshold: threshold,
    title: { __typename: 'LocalisedText', sourceLocale: 'en', text: title },
    modules: Array.from({ length: modules }, (_value, i) => ({ __typename: 'Module', id: `${id}-m${i}` })),
  };
}

const onboarding = aListedProgram('p-onboarding', 'onboarding', 'Welcome to the maison', { onboarding: true, threshold: 0.8, modules: 3 });
const leather = aListedProgram('p-leather', 'product.leather', 'Leather goods', { threshold: 0.755, modules: 1 });

function programsMock(programs = [onboarding, leather]) {
  return { request: { query: StudioProgramsDocument, variables: { locale: 'en' } }, result: { data: { me: maisonMe(), programs } } };
}

const typed = {
  code: 'service.gift',
  title: 'Gift service',
  description: 'Wrapping, cards and delivery, the maison’s way.',
  onboarding: false,
  certificationThreshold: 0.75,
};

async function fillProgram(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New program' }));
  const dialog = await screen.findByRole('dialog', { name: 'New program' });
  await user.type(within(dialog).getByLabelText(/^Code/), typed.code);
  await user.type(within(dialog).getByLabelText(/^Title/), typed.title);
  await user.type(within(dialog).getByLabelText(/^Description/), typed.description);
  const threshold = within(dialog).getByLabelText(/^Certification threshold/);
  await user.clear(threshold);
  await user.type(threshold, '75');
  return dialog;
}

/** A package file as the browser hands it over (jsdom's File has no text()). */
function aPackageFile(json: string) {
  const file = new File([json], 'onboarding.savoir-package.json', { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(json) });
  return file;
}

afterEach(() => sessionStore.reset());

describe('StudioProgramsPage', () => {
  it('lands on the programs: title, code, onboarding, threshold and module count', async () => {
    renderApp({ route: '/studio', viewer: author, mocks: [programsMock()] });

    const table = await screen.findByRole('table', { name: 'Programs of the maison' });
    expect(screen.getByTestId('location')).toHaveTextContent('/studio/programs');
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Programs' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Programs', 'Modules', 'Question bank', 'Skills', 'Review', 'Translations', 'Statistics', 'Gaps']);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]).getAllByRole('cell');
    expect(within(first[0]).getByRole('link', { name: 'Welcome to the maison' })).toHaveAttribute('href', '/studio/programs/p-onboarding');
    expect(first[1]).toHaveTextContent('onboarding');
    expect(first[2]).toHaveTextContent('Onboarding');
    expect(first[3]).toHaveTextContent('80%');
    expect(first[4]).toHaveTextContent('3 modules');
    const second = within(rows[1]).getAllByRole('cell');
    expect(second[2]).toHaveTextContent('—');
    expect(second[3]).toHaveTextContent('75.5%');
    expect(second[4]).toHaveTextContent('1 module');
  });

  it('creates a program with exactly the typed values and lists it', async () => {
    const created = jest.fn(() => ({ data: { createProgram: aListedProgram('p-gift', typed.code, typed.title, { threshold: 0.75 }) } }));
    renderApp({
      route: '/studio/programs',
      viewer: author,
      mocks: [programsMock(), { request: { query: CreateProgramDocument, variables: { input: typed, locale: 'en' } }, result: created }],
    });
    const user = userEvent.setup();

    const dialog = await fillProgram(user);
    expect(within(dialog).getByText(/in English, the maison’s default language/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'New program' }));

    const table = screen.getByRole('table', { name: 'Programs of the maison' });
    expect(await within(table).findByRole('link', { name: 'Gift service' })).toHaveAttribute('href', '/studio/programs/p-gift');
    // The onboarding program stays first, then by code.
    expect(within(table).getAllByRole('link').map((link) => link.textContent)).toEqual(['Welcome to the maison', 'Leather goods', 'Gift service']);
    expect(created).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New program' })).not.toBeInTheDocument());
  }, FORM_TIMEOUT);

  it('shows CODE_TAKEN on the code field and keeps the dialog open', async () => {
    renderApp({
      route: '/studio/programs',
      viewer: author,
      mocks: [
        programsMock(),
        {
          request: { query: CreateProgramDocument, variables: { input: typed, locale: 'en' } },
          result: graphQLErrorResult('CODE_TAKEN', 'A program with this code already exists.', { issues: [{ field: 'code', code: 'ALREADY_USED', message: 'is already used' }] }),
        },
      ],
    });
    const user = userEvent.setup();

    const dialog = await fillProgram(user);
    await user.click(within(dialog).getByRole('button', { name: 'New program' }));

    expect(await within(dialog).findByText('A program already has this code.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText(/^Title/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New program' })).toBeInTheDocument();
  }, FORM_TIMEOUT);

  it('shows ONBOARDING_TAKEN on the onboarding switch', async () => {
    const input = { ...typed, onboarding: true };
    renderApp({
      route: '/studio/programs',
      viewer: author,
      mocks: [
        programsMock(),
        {
          request: { query: CreateProgramDocument, variables: { input, locale: 'en' } },
          result: graphQLErrorResult('ONBOARDING_TAKEN', 'The maison already has an onboarding program: unmark it first', { issues: [{ field: 'onboarding', code: 'ONBOARDING_TAKEN', message: 'another program is the onboarding program' }] }),
        },
      ],
    });
    const user = userEvent.setup();

    const dialog = await fillProgram(user);
    await user.click(within(dialog).getByRole('switch', { name: /^Onboarding program/ }));
    await user.click(within(dialog).getByRole('button', { name: 'New program' }));

    expect(await within(dialog).findByText('Another program is already the onboarding program: unmark it first.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Code/)).not.toHaveAttribute('aria-invalid', 'true');
  }, FORM_TIMEOUT);

  it('imports a package file and shows what it created and updated', async () => {
    const json = '{"format":"savoir.program-package","version":1}';
    const sent = jest.fn(() => ({
      data: {
        importProgramPackage: {
          __typename: 'ProgramPackageImport',
          program: 'created',
          skills: { __typename: 'ImportCounts', created: 12, updated: 0 },
          modules: { __typename: 'ImportCounts', created: 5, updated: 1 },
          questions: { __typename: 'ImportCounts', created: 40, updated: 2 },
        },
      },
    }));
    renderApp({
      route: '/studio/programs',
      viewer: author,
      mocks: [programsMock(), { request: { query: ImportProgramPackageDocument, variables: { json } }, result: sent }, programsMock()],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Import package' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a package' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, aPackageFile(json));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const summary = await within(dialog).findByRole('table', { name: 'What the import changed' });
    expect(within(dialog).getByText('The program has been created.')).toBeInTheDocument();
    const rows = within(summary).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Skills120', 'Modules51', 'Questions402']);
    expect(sent).toHaveBeenCalledTimes(1);
  }, FORM_TIMEOUT);

  it('lists every reason a package was refused', async () => {
    const json = '{"format":"other"}';
    renderApp({
      route: '/studio/programs',
      viewer: author,
      mocks: [
        programsMock(),
        {
          request: { query: ImportProgramPackageDocument, variables: { json } },
          result: graphQLErrorResult('PACKAGE_INVALID', 'The package was rejected whole: 2 problems', {
            issues: [
              { field: 'format', code: 'PACKAGE_FORMAT_INVALID', params: { format: 'savoir.program-package' }, message: 'must be savoir.program-package' },
              { field: 'checksum', code: 'CHECKSUM_MISSING', message: 'is missing: export the package from Savoir' },
            ],
          }),
        },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Import package' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a package' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, aPackageFile(json));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The package was refused and nothing was imported.');
    const issues = within(alert).getByRole('list', { name: 'Problems found in the package' });
    expect(within(issues).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'format must be savoir.program-package',
      'checksum is missing: export the package from Savoir',
    ]);
  }, FORM_TIMEOUT);

  it('after an import, the Skills page and the question editor’s skill picker offer the imported skills', async () => {
    const json = '{"format":"savoir.program-package","version":1}';
    const giftWrapping: SkillFixture = { id: 's-gift', code: 'service.gift-wrapping', category: 'SERVICE', name: { en: 'Gift wrapping', fr: null }, description: { en: 'The ribbon.', fr: null } };
    const skillsMock = (skills: SkillFixture[]) => ({
      request: { query: StudioSkillsDocument, variables: { locale: 'en' } },
      result: { data: { me: maisonMe(), skills: skills.map((skill) => aSkill(skill)) } },
    });
    const questionsMock = {
      request: { query: StudioQuestionsDocument, variables: { locale: 'en', filter: {}, offset: 0, limit: 50 } },
      result: { data: { questions: { __typename: 'QuestionPage', items: [], total: 0 } } },
    };
    renderApp({
      route: '/studio/questions/new',
      viewer: author,
      mocks: [
        editorContextMock({ skills: ['heritage.founding-story'] }),
        skillsMock([foundingStory]),
        programsMock(),
        {
          request: { query: ImportProgramPackageDocument, variables: { json } },
          result: {
            data: {
              importProgramPackage: {
                __typename: 'ProgramPackageImport',
                program: 'created',
                skills: { __typename: 'ImportCounts', created: 1, updated: 0 },
                modules: { __typename: 'ImportCounts', created: 0, updated: 0 },
                questions: { __typename: 'ImportCounts', created: 0, updated: 0 },
              },
            },
          },
        },
        programsMock(),
        skillsMock([foundingStory, giftWrapping]),
        questionsMock,
        editorContextMock({ skills: ['heritage.founding-story', 'service.gift-wrapping'] }),
      ],
    });
    const user = userEvent.setup();
    const goTo = async (section: string) => user.click(within(screen.getByRole('navigation', { name: 'Studio sections' })).getByRole('link', { name: section }));

    await screen.findByRole('form', { name: 'New question' });
    await goTo('Skills');
    expect(await screen.findByText('The founding story')).toBeInTheDocument();
    await goTo('Programs');
    await user.click(await screen.findByRole('button', { name: 'Import package' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a package' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, aPackageFile(json));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(dialog).findByRole('table', { name: 'What the import changed' });
    // The dialog's own “Close” (its × is named so too).
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).find((button) => button.textContent === 'Close') as HTMLElement);

    await goTo('Skills');
    expect(await screen.findByText('Gift wrapping')).toBeInTheDocument();
    await goTo('Question bank');
    await user.click(await screen.findByRole('link', { name: 'New question' }));
    const form = await screen.findByRole('form', { name: 'New question' });
    await user.click(within(form).getByRole('combobox', { name: /^Skills/ }));
    expect(await screen.findByRole('option', { name: 'service.gift-wrapping' })).toBeInTheDocument();
  }, FORM_TIMEOUT);
});
