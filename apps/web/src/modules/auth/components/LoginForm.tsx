import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { SessionViewerFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useLogin } from '../hooks/useLogin';

export interface LoginFormProps {
  onSignedIn: (viewer: SessionViewerFragment) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const { login, loading } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [maison, setMaison] = useState('');
  const [needsMaison, setNeedsMaison] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setFieldErrors({});
    try {
      const viewer = await login({ email: email.trim(), password, ...(needsMaison && maison.trim() ? { maison: maison.trim() } : {}) });
      onSignedIn(viewer);
    } catch (error) {
      const code = apiErrorCode(error);
      switch (code) {
        case 'INVALID_CREDENTIALS':
          setFormError(t('login.errors.invalidCredentials'));
          break;
        case 'LOGIN_RATE_LIMITED':
          setFormError(t('login.errors.rateLimited'));
          break;
        case 'MAISON_REQUIRED':
          setNeedsMaison(true);
          setFormError(t('login.errors.maisonRequired'));
          break;
        case 'VALIDATION_FAILED':
          setFieldErrors(fieldIssues(t, error));
          setFormError(t('login.errors.checkFields'));
          break;
        default:
          setFormError(t('errors.generic'));
      }
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('login.formLabel')}>
      <Stack gap="md">
        {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          error={fieldErrors['email']}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors['password']}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        {needsMaison ? (
          <TextInput
            label={t('login.maison')}
            description={t('login.maisonHelp')}
            autoComplete="organization"
            required
            value={maison}
            error={fieldErrors['maison']}
            onChange={(event) => setMaison(event.currentTarget.value)}
          />
        ) : null}
        <Button type="submit" loading={loading} fullWidth mt="sm">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
