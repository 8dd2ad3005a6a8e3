import { MantineProvider, mergeThemeOverrides, type MantineProviderProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

export type ThemeProviderProps = Omit<MantineProviderProps, 'theme' | 'cssVariablesResolver'>;

/**
 * Mantine with the app's theme, plus the defaults that need words, in the reader's language: every dialog's and
 * drawer's close (×) button is named "Close" (Mantine leaves it unnamed), and every password field's show/hide button
 * "Show password" (Mantine names it in English; it is a toggle, its state read out from `aria-pressed`). A component
 * may still name its own.
 */
export function ThemeProvider({ children, ...props }: ThemeProviderProps) {
  const { t } = useTranslation();
  const close = t('common.close');
  const showPassword = t('common.showPassword');
  const localisedTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': showPassword } } },
        },
      }),
    [close, showPassword],
  );
  return (
    <MantineProvider theme={localisedTheme} cssVariablesResolver={cssVariablesResolver} {...props}>
      {children}
    </MantineProvider>
  );
}
