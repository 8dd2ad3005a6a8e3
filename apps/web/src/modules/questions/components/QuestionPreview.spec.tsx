import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../app/i18n/i18n';
import { foundingYearContent } from '../../../testing/questions';
import { ThemeProvider } from '../../../ui/ThemeProvider';
import type { QuestionDraft } from '../question-draft';
import { QuestionPreview } from './QuestionPreview';

describe('QuestionPreview', () => {
  it('names what is missing from the answer key in the interface language', async () => {
    // Two options marked correct on a single choice: the key is not complete.
    const draft = {
      ...foundingYearContent,
      key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }] },
    } as QuestionDraft;
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <ThemeProvider env="test">
          <QuestionPreview draft={draft} locale="fr" sourceLocale="en" />
        </ThemeProvider>
      </I18nextProvider>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole('radio', { name: 'En 1837' }));
    await user.click(screen.getByRole('button', { name: 'Vérifier la réponse' }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('demande exactement une bonne réponse (cochées : 2)');
    expect(status).not.toHaveTextContent(/correct option/);
  });
});
