import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/i18n/i18n';
import { useChangeLanguage } from '../hooks/useChangeLanguage';

export function LanguageSwitch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const { language, changeLanguage } = useChangeLanguage();
  return (
    <SegmentedControl
      size="xs"
      fullWidth={fullWidth}
      aria-label={t('shell.language')}
      value={language}
      onChange={(value) => void changeLanguage(value as Language)}
      data={[
        { value: 'en', label: <span lang="en" title="English">EN</span> },
        { value: 'fr', label: <span lang="fr" title="Français">FR</span> },
      ]}
    />
  );
}
