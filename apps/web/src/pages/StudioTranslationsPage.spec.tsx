import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { StudioTranslationGapsDocument, TranslationSourceLocaleDocument } from '../modules/content-quality/graphql/translation-gaps.graphql';
import { StudioSkillsDocument } from '../modules/skills/graphql/skills.graphql';
import { aTranslationGap } from '../testing/content-quality';
import { aViewer } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'] });

function sourceLocaleMock(defaultLocale = 'en') {
  return {
    request: { query: TranslationSourceLocaleDocument },
    result: { data: { me: { __typename: 'Viewer', id: 'viewer-1', maison: { __typename: 'Maison', id: 'maison-1', defaultLocale } } } },
  };
}

function gapsMock(locale: string, gaps: ReturnType<typeof aTranslationGap>[]) {
  return { request: { query: StudioTranslationGapsDocument, variables: { locale } }, result: { data: { translationGaps: gaps } } };
}

/** As the API lists them: programs, modules, questions, skills, each item's texts in document order. */
const frenchGaps = [
  aTranslationGap({ entityType: 'program', entityId: 'p-essentials', code: 'onboarding.essentials', path: 'title', status: 'MISSING', source: 'Essentials of the maison' }),
  aTranslationGap({
    entityType: 'module',
    entityId: 'm-timeline',
    code: 'heritage.timeline',
    path: 'blocks[2].story',
    status: 'OUTDATED',
    source: 'In 1837 the first workshop opened on the rue de la Paix.',
    text: 'En 1837, le premier atelier ouvre rue Saint-Honoré.',
  }),
  aTranslationGap({ entityType: 'module', entityId: 'm-timeline', code: 'heritage.timeline', path: 'blocks[4].caption', status: 'MISSING', source: 'The workshop today' }),
  aTranslationGap({ entityType: 'question', entityId: 'q-water', code: 'product.watch-water', path: 'choices.b.text', status: 'MISSING', source: 'Sapphire crystal' }),
  aTranslationGap({
    entityType: 'question',
    entityId: 'q-water',
    code: 'product.watch-water',
    path: 'explanation',
    status: 'OUTDATED',
    source: 'Never press a pusher under water.',
    text: 'Ne pas plonger.',
  }),
  aTranslationGap({ entityType: 'skill', entityId: 's-hallmarks', code: 'heritage.hallmarks', path: 'name', status: 'OUTDATED', source: 'Hallmarks', text: 'Marques' }),
  aTranslationGap({ entityType: 'skill', entityId: 's-hallmarks', code: 'heritage.hallmarks', path: 'glossary.term', status: 'MISSING', source: 'Assay office' }),
];

afterEach(() => sessionStore.reset());

describe('StudioTranslationsPage', () => {
  it('lists what French lacks, item by item, with each text’s place, status, source and current translation', async () => {
    renderApp({ route: '/studio/translations', viewer: author, mocks: [sourceLocaleMock(), gapsMock('fr', frenchGaps)] });

    const timeline = await screen.findByRole('region', { name: 'Module heritage.timeline' });
    const nav = screen.getByRole('navigation', { name: 'Studio sections' });
    expect(within(nav).getByRole('link', { name: 'Translations' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('French');
    expect(screen.getByText('4 texts missing')).toBeInTheDocument();
    expect(screen.getByText('3 texts outdated')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Program onboarding.essentials',
      'Module heritage.timeline',
      'Question product.watch-water',
      'Skill heritage.hallmarks',
    ]);

    expect(within(timeline).getByRole('link', { name: 'heritage.timeline' })).toHaveAttribute('href', '/studio/modules/m-timeline');
    const [story, caption] = within(timeline).getAllByTestId('translation-gap');
    expect(within(story).getByText('Block 3 · story')).toBeInTheDocument();
    expect(within(story).getByText('Outdated')).toBeInTheDocument();
    expect(within(story).getByText('In 1837 the first workshop opened on the rue de la Paix.')).toHaveAttribute('lang', 'en');
    expect(within(story).getByText('Current translation')).toBeInTheDocument();
    expect(within(story).getByText('En 1837, le premier atelier ouvre rue Saint-Honoré.')).toHaveAttribute('lang', 'fr');
    expect(within(caption).getByText('Block 5 · caption')).toBeInTheDocument();
    expect(within(caption).getByText('Missing')).toBeInTheDocument();
    expect(within(caption).queryByText('Current translation')).not.toBeInTheDocument();

    const question = screen.getByRole('region', { name: 'Question product.watch-water' });
    expect(within(question).getByRole('link', { name: 'product.watch-water' })).toHaveAttribute('href', '/studio/questions/q-water');
    const [choice, explanation] = within(question).getAllByTestId('translation-gap');
    expect(choice).toHaveTextContent('Choice b');
    expect(within(choice).getByText('Missing')).toBeInTheDocument();
    expect(explanation).toHaveTextContent('Explanation');
    expect(within(explanation).getByText('Outdated')).toBeInTheDocument();

    const skill = screen.getByRole('region', { name: 'Skill heritage.hallmarks' });
    expect(within(skill).getByRole('link', { name: 'heritage.hallmarks' })).toHaveAttribute('href', '/studio/skills/s-hallmarks');
    // A path the Studio does not know is shown as the API names it.
    expect(within(skill).getAllByTestId('translation-gap')[1]).toHaveTextContent('glossary.term');
    expect(screen.getByRole('link', { name: 'onboarding.essentials' })).toHaveAttribute('href', '/studio/programs/p-essentials');
  });

  it('filters by status and by kind', async () => {
    renderApp({ route: '/studio/translations', viewer: author, mocks: [sourceLocaleMock(), gapsMock('fr', frenchGaps)] });
    const user = userEvent.setup();

    await screen.findByRole('region', { name: 'Module heritage.timeline' });
    expect(screen.getByText('7 texts shown')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Outdated' }));

    expect(await screen.findByText('3 texts shown')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Program onboarding.essentials' })).not.toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Module heritage.timeline' });
    expect(within(timeline).getAllByTestId('translation-gap')).toHaveLength(1);
    expect(within(timeline).queryByText('Block 5 · caption')).not.toBeInTheDocument();
    for (const row of screen.getAllByTestId('translation-gap')) expect(within(row).getByText('Outdated')).toBeInTheDocument();
    // The summary still counts every gap of the language.
    expect(screen.getByText('4 texts missing')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Missing' }));
    expect(await screen.findByText('4 texts shown')).toBeInTheDocument();
    for (const row of screen.getAllByTestId('translation-gap')) expect(within(row).getByText('Missing')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Questions' }));
    expect(await screen.findByText('1 text shown')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Question product.watch-water']);
    expect(screen.getByText('Choice b')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(await screen.findByText('2 texts shown')).toBeInTheDocument();
  });

  it('says when everything is translated', async () => {
    renderApp({ route: '/studio/translations', viewer: author, mocks: [sourceLocaleMock(), gapsMock('fr', [])] });

    expect(await screen.findByText('Everything is translated into French.')).toBeInTheDocument();
    expect(screen.queryByText(/texts missing/)).not.toBeInTheDocument();
  });

  it('offers the languages other than the maison’s own, in the viewer’s language', async () => {
    renderApp({
      route: '/studio/translations',
      viewer: aViewer({ roles: ['AUTHOR'], locale: 'fr' }),
      language: 'fr',
      mocks: [sourceLocaleMock('fr'), gapsMock('en', [])],
    });

    expect(await screen.findByText('Tout est traduit en anglais.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('Anglais');
    expect(screen.getByRole('heading', { level: 2, name: 'Traductions' })).toBeInTheDocument();
  });

  it('reads the gaps afresh on each visit, so one fixed meanwhile is no longer listed', async () => {
    const [programGap, ...others] = frenchGaps;
    renderApp({
      route: '/studio/translations',
      viewer: author,
      mocks: [
        sourceLocaleMock(),
        gapsMock('fr', frenchGaps),
        { request: { query: StudioSkillsDocument, variables: { locale: 'en' } }, result: { data: { me: sourceLocaleMock().result.data.me, skills: [] } } },
        // The program's French title was written in the meantime.
        gapsMock('fr', others),
      ],
    });
    const user = userEvent.setup();
    const goTo = async (section: string) => user.click(within(screen.getByRole('navigation', { name: 'Studio sections' })).getByRole('link', { name: section }));

    expect(await screen.findByRole('region', { name: `Program ${programGap?.code}` })).toBeInTheDocument();
    await goTo('Skills');
    expect(await screen.findByText(/^No skill yet/)).toBeInTheDocument();
    await goTo('Translations');

    expect(await screen.findByText('3 texts missing')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: `Program ${programGap?.code}` })).not.toBeInTheDocument();
  });
});
