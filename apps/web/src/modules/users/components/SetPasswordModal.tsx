import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSetUserPassword } from '../hooks/useUserMutations';
import { FormActions } from '../../../ui/FormActions';

export interface SetPasswordModalProps {
  user: { id: string; displayName: string } | null;
  onClose: () => void;
  onSaved?: () => void;
}

export function SetPasswordModal({ user, onClose, onSaved }: SetPasswordModalProps) {
  const { t } = useTranslation();
  const { setUserPassword, loading } = useSetUserPassword();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    setPassword('');
    setError(null);
    setFormError(null);
  }, [user]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    if (password.length < 12) {
      setError(t('users.errors.passwordTooShort'));
      return;
    }
    try {
      await setUserPassword(user.id, password);
      onSaved?.();
      onClose();
    } catch (caught) {
      if (apiErrorCode(caught) === 'VALIDATION_FAILED') setError(fieldIssues(t, caught)['password'] ?? t('errors.checkFields'));
      else setFormError(t('errors.generic'));
    }
  }

  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.setPasswordTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <Text size="sm" c="dimmed">
            {t('users.setPasswordFor', { name: user?.displayName ?? '' })}
          </Text>
          <PasswordInput
            label={t('users.fields.newPassword')}
            autoComplete="new-password"
            required
            value={password}
            error={error}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
