import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../app/i18n/i18n';
import type { GapList_GapFragment } from '../../../generated/graphql';
import { cssVariablesResolver, theme } from '../../../ui/theme';
import { FIRST_GAPS, GapList } from './GapList';

const skill = (code: string, name: string) => ({ __typename: 'SkillRef' as const, code, name });
const gap = (overrides: Partial<GapList_GapFragment>): GapList_GapFragment => ({
  __typename: 'KnowledgeGap',
  skill: skill('heritage.founding', 'The founding'),
  masteryProbability: 0.3,
  ready: true,
  underlying: null,
  wrong: 3,
  recent: 4,
  ...overrides,
});

function renderGaps(gaps: GapList_GapFragment[], language: Language = 'en') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <GapList gaps={gaps} headingId="gaps" />
      </MantineProvider>
    </I18nextProvider>,
  );
}

const shownExplanations = () => within(screen.getByRole('region')).queryAllByTestId('learn-gap-explanation').map((item) => item.textContent ?? '');

/** Every explanation, the list unfolded when it is folded. */
async function explanations(gaps: GapList_GapFragment[], language: Language = 'en'): Promise<string[]> {
  renderGaps(gaps, language);
  const unfold = screen.queryByRole('button', { expanded: false });
  if (unfold) await userEvent.setup().click(unfold);
  return shownExplanations();
}

describe('GapList', () => {
  it('builds each explanation from the answers that support it, in English', async () => {
    expect(
      await explanations([
        gap({ wrong: 3, recent: 4 }),
        gap({ skill: skill('a', 'The calibre'), wrong: 1, recent: 4 }),
        gap({ skill: skill('b', 'Ceramic care'), wrong: 1, recent: 1 }),
        gap({ skill: skill('c', 'Straps'), wrong: 0, recent: 2 }),
        gap({ skill: skill('d', 'Gem setting'), wrong: 0, recent: 1 }),
        gap({ skill: skill('e', 'Engraving'), wrong: 0, recent: 0 }),
      ]),
    ).toEqual([
      '3 of your last 4 answers on “The founding” were wrong.',
      '1 of your last 4 answers on “The calibre” was wrong.',
      'Your last answer on “Ceramic care” was wrong.',
      'Your last 2 answers on “Straps” were right; a little more practice will confirm it.',
      'Your last answer on “Gem setting” was right; a little more practice will confirm it.',
      'Not practised yet.',
    ]);
  });

  it('names the underlying gap as the place to start', async () => {
    expect(await explanations([gap({ ready: false, underlying: skill('product.calibre', 'The calibre') }), gap({ skill: skill('x', 'Complications'), recent: 0, wrong: 0, ready: false, underlying: skill('y', 'Movements') })])).toEqual([
      '3 of your last 4 answers on “The founding” were wrong; the underlying gap is “The calibre”, a good place to start.',
      'Not practised yet; the underlying gap is “Movements”, a good place to start.',
    ]);
  });

  it('says it in French', async () => {
    expect(await explanations([gap({ wrong: 1, recent: 4 }), gap({ skill: skill('b', 'Le calibre'), wrong: 1, recent: 1, underlying: skill('c', 'Les mouvements') }), gap({ skill: skill('d', 'Les bracelets'), wrong: 0, recent: 3 })], 'fr')).toEqual([
      '1 de vos 4 dernières réponses sur «\u202fThe founding\u202f» était inexacte.',
      'Votre dernière réponse sur «\u202fLe calibre\u202f» était inexacte\u202f; le point sous-jacent est «\u202fLes mouvements\u202f», un bon point de départ.',
      'Vos 3 dernières réponses sur «\u202fLes bracelets\u202f» étaient justes\u202f; un peu de pratique le confirmera.',
    ]);
  });

  it('shows the first gaps, the rest on request, and folds them again', async () => {
    const user = userEvent.setup();
    const gaps = Array.from({ length: FIRST_GAPS + 3 }, (_, i) => gap({ skill: skill(`s${i}`, `Skill ${i}`), wrong: 1, recent: 1 }));
    renderGaps(gaps);
    expect(shownExplanations()).toEqual(gaps.slice(0, FIRST_GAPS).map((_, i) => `Your last answer on “Skill ${i}” was wrong.`));
    await user.click(screen.getByRole('button', { name: `Show all ${FIRST_GAPS + 3} points`, expanded: false }));
    expect(shownExplanations()).toHaveLength(FIRST_GAPS + 3);
    expect(shownExplanations()[FIRST_GAPS + 2]).toBe(`Your last answer on “Skill ${FIRST_GAPS + 2}” was wrong.`);
    await user.click(screen.getByRole('button', { name: 'Show fewer', expanded: true }));
    expect(shownExplanations()).toHaveLength(FIRST_GAPS);
  });

  it('offers no such button when every gap is already shown', () => {
    renderGaps(Array.from({ length: FIRST_GAPS }, (_, i) => gap({ skill: skill(`s${i}`, `Skill ${i}`) })));
    expect(shownExplanations()).toHaveLength(FIRST_GAPS);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says, when there is no gap, that nothing is left to work on', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
          <GapList gaps={[]} headingId="gaps" />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'What to work on next' })).toBeInTheDocument();
    expect(screen.getByText('Nothing to work on right now: every skill of your path stands firm.')).toBeInTheDocument();
  });
});
