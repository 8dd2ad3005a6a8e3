import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '../../../app/i18n/i18n';
import { sessionStore } from '../../../app/session-store';
import { UpdateMyLocaleDocument } from '../graphql/session.graphql';

/** Switches the interface language at once, and remembers it on the user's profile when signed in. */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const [mutate] = useMutation(UpdateMyLocaleDocument);
  const changeLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language);
      if (sessionStore.getState().status !== 'signedIn') return;
      try {
        const { data } = await mutate({ variables: { locale: language } });
        if (data) sessionStore.updateViewer(data.updateMyLocale);
      } catch {
        // The switch already happened on screen; the profile keeps its previous locale.
      }
    },
    [i18n, mutate],
  );
  return { language: toLanguage(i18n.resolvedLanguage ?? i18n.language), changeLanguage };
}
