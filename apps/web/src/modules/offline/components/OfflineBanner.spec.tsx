import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../app/i18n/i18n';
import { cssVariablesResolver, theme } from '../../../ui/theme';
import { OfflineBanner, type OfflineBannerProps } from './OfflineBanner';

function renderBanner(props: OfflineBannerProps, language: Language = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <OfflineBanner {...props} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('the offline banner', () => {
  it('says quietly, in English, that answers are kept while offline, and how many wait', () => {
    renderBanner({ online: false, pending: 2 });

    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent(
      'You are offline — your answers and lesson readings are kept on this device and will be sent when the connection returns.',
    );
    expect(banner).toHaveTextContent('2 answers or lessons waiting to be sent');
    expect(banner).toHaveAttribute('aria-live', 'polite');
  });

  it('says it in French', () => {
    renderBanner({ online: false, pending: 1 }, 'fr');

    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent(
      'Vous êtes hors ligne — vos réponses et vos lectures de leçons sont conservées sur cet appareil et seront envoyées au retour de la connexion.',
    );
    expect(banner).toHaveTextContent("1 réponse ou leçon en attente d’envoi");
  });

  it('shows only the count once back online with answers still to send', () => {
    renderBanner({ online: true, pending: 3 });

    expect(screen.getByRole('status')).toHaveTextContent(/^3 answers or lessons waiting to be sent$/);
  });

  it('shows no count while offline with nothing waiting', () => {
    renderBanner({ online: false, pending: 0 });

    expect(screen.getByRole('status')).not.toHaveTextContent(/waiting/);
  });

  it('shows nothing when online with nothing waiting', () => {
    renderBanner({ online: true, pending: 0 });

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument();
  });
});
