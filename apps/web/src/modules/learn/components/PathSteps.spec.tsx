import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n, type Language } from '../../../app/i18n/i18n';
import type { LearnEnrolment_EnrolmentFragment } from '../../../generated/graphql';
import { anEnrolment, aStep } from '../../../testing/learn';
import { cssVariablesResolver, theme } from '../../../ui/theme';
import { FOLDED_STEPS, foldedWindow, PathSteps } from './PathSteps';

function renderSteps(stepCount: number, completed: number, language: Language = 'en') {
  const steps = Array.from({ length: stepCount }, (_, i) => aStep(`module-${i + 1}`, `Step ${i + 1}`, { status: i < completed ? 'COMPLETED' : 'NOT_STARTED' }));
  const enrolment = anEnrolment(steps, { nextStep: steps[completed] ?? null }) as LearnEnrolment_EnrolmentFragment;
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <MemoryRouter>
          <PathSteps enrolment={enrolment} headingId="path" />
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}

const shownSteps = () => within(screen.getByRole('list')).getAllByRole('link').map((link) => (link.textContent ?? '').split(' — ')[0]);

describe('PathSteps', () => {
  it('shows a long program from its next step, every step on request, and folds it again', async () => {
    const user = userEvent.setup();
    renderSteps(12, 3);
    expect(shownSteps()).toEqual(['Step 4', 'Step 5', 'Step 6', 'Step 7', 'Step 8']);
    expect(screen.getByText(/3 of 12 steps completed/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all 12 steps', expanded: false }));
    expect(shownSteps()).toHaveLength(12);
    expect(shownSteps()[0]).toBe('Step 1');
    expect(screen.getByRole('button', { name: 'Show fewer', expanded: true })).toHaveAttribute('aria-controls', 'path-list');
    expect(screen.getByRole('list')).toHaveAttribute('id', 'path-list');

    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(shownSteps()).toHaveLength(FOLDED_STEPS);
  });

  it('near the end of the program, shows its last steps', () => {
    renderSteps(12, 10);
    expect(shownSteps()).toEqual(['Step 8', 'Step 9', 'Step 10', 'Step 11', 'Step 12']);
  });

  it('shows a short program whole, with nothing to unfold', () => {
    renderSteps(FOLDED_STEPS, 0);
    expect(shownSteps()).toHaveLength(FOLDED_STEPS);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says it in French', () => {
    renderSteps(31, 0, 'fr');
    expect(screen.getByRole('button', { name: 'Afficher les 31 étapes' })).toBeInTheDocument();
  });
});

describe('foldedWindow', () => {
  it('starts at the next step and keeps its size near the end, once done, or for a short program', () => {
    expect(foldedWindow(31, 0)).toEqual([0, 5]);
    expect(foldedWindow(31, 12)).toEqual([12, 17]);
    expect(foldedWindow(31, 29)).toEqual([26, 31]);
    expect(foldedWindow(31, -1)).toEqual([26, 31]);
    expect(foldedWindow(3, 1)).toEqual([0, 3]);
  });
});
