import { Modal, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { Role, UserForm_UserFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TimezoneSelect } from '../../../ui/TimezoneSelect';
import { useCreateUser, useUpdateUser, type UserEdit } from '../hooks/useUserMutations';
import { FormActions } from '../../../ui/FormActions';

export const ALL_ROLES: Role[] = ['ADVISOR', 'AUTHOR', 'HR', 'ADMIN'];

export interface BoutiqueOption {
  id: string;
  name: string;
  city: string;
  timezone: string;
  locale: string;
}

interface FormState {
  email: string;
  displayName: string;
  roles: Role[];
  boutiqueId: string | null;
  locale: string | null;
  timezone: string | null;
  startDate: string;
  password: string;
}

function initialState(user: UserForm_UserFragment | null): FormState {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    roles: user ? [...user.roles] : ['ADVISOR'],
    boutiqueId: user?.boutique?.id ?? null,
    locale: user?.locale ?? null,
    timezone: user?.timezone ?? null,
    startDate: user?.startDate ?? '',
    password: '',
  };
}

/** The form's values as saved (an empty start date is none). */
function editOf(form: FormState): UserEdit {
  return {
    displayName: form.displayName.trim(),
    roles: form.roles,
    boutiqueId: form.boutiqueId,
    locale: form.locale,
    timezone: form.timezone,
    startDate: form.startDate || null,
  };
}

export interface UserFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** null to create a user. */
  user: UserForm_UserFragment | null;
  boutiques: ReadonlyArray<BoutiqueOption>;
  /** The boutiques could not be loaded: the picker says so here, in the form, with a way to load them again. */
  boutiquesFailed?: boolean;
  onRetryBoutiques?: () => void;
  onSaved?: (displayName: string) => void;
}

export function UserFormModal({ opened, onClose, user, boutiques, boutiquesFailed = false, onRetryBoutiques, onSaved }: UserFormModalProps) {
  const { t } = useTranslation();
  const { createUser, loading: creating } = useCreateUser();
  const { updateUser, loading: updating } = useUpdateUser();
  const [form, setForm] = useState<FormState>(() => initialState(user));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The values as opened: an edit sends only what differs from them (see useUpdateUser).
  const openedWith = useRef<UserEdit>(editOf(initialState(user)));

  useEffect(() => {
    if (opened) {
      const initial = initialState(user);
      openedWith.current = editOf(initial);
      setForm(initial);
      setErrors({});
      setFormError(null);
    }
  }, [opened, user]);

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  function onBoutiqueChange(boutiqueId: string | null) {
    const boutique = boutiques.find((candidate) => candidate.id === boutiqueId);
    setForm((previous) => {
      // A zone that was the boutique's moves with the person (their day, DAILY challenge and streak follow the new
      // boutique's clock); a zone of their own stays. The field shows the outcome before it is saved.
      const left = boutiques.find((candidate) => candidate.id === previous.boutiqueId);
      const followsBoutique = previous.timezone === null || previous.timezone === left?.timezone;
      return {
        ...previous,
        boutiqueId,
        timezone: followsBoutique ? (boutique?.timezone ?? previous.timezone) : previous.timezone,
        locale: previous.locale ?? boutique?.locale ?? null,
      };
    });
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!user && !/^\S+@\S+\.\S+$/.test(form.email.trim())) found['email'] = t('users.errors.emailInvalid');
    if (!form.displayName.trim()) found['displayName'] = t('users.errors.displayNameRequired');
    if (form.roles.length === 0) found['roles'] = t('users.errors.rolesRequired');
    if (form.password && form.password.length < 12) found['password'] = t('users.errors.passwordTooShort');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const edit = editOf(form);
    try {
      if (user) {
        await updateUser(user.id, edit, openedWith.current);
      } else {
        await createUser({ email: form.email.trim(), ...edit, ...(form.password ? { password: form.password } : {}) });
      }
      onSaved?.(edit.displayName);
      onClose();
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(t, error));
        setFormError(t('errors.checkFields'));
      } else if (code === 'EMAIL_TAKEN') {
        setErrors({ email: t('users.errors.emailTaken') });
      } else {
        setFormError(t('errors.generic'));
      }
    }
  }

  const boutiqueData = boutiques.map((boutique) => ({ value: boutique.id, label: `${boutique.name} · ${boutique.city}` }));

  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')} size="lg" fullScreen={false}>
      <form onSubmit={onSubmit} noValidate aria-label={user ? t('users.editTitle') : t('users.createTitle')}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required={!user}
            disabled={Boolean(user)}
            value={form.email}
            error={errors['email']}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <TextInput
            label={t('users.fields.displayName')}
            required
            value={form.displayName}
            error={errors['displayName']}
            onChange={(event) => set('displayName', event.currentTarget.value)}
          />
          <MultiSelect
            label={t('users.fields.roles')}
            required
            data={ALL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={form.roles}
            error={errors['roles']}
            onChange={(value) => set('roles', value as Role[])}
          />
          <Select
            label={t('users.fields.boutique')}
            placeholder={t('users.noBoutique')}
            data={boutiqueData}
            value={form.boutiqueId}
            error={errors['boutiqueId'] ?? errors['boutique']}
            onChange={onBoutiqueChange}
            searchable
            clearable
          />
          {boutiquesFailed ? <ErrorNotice onRetry={onRetryBoutiques}>{t('users.boutiquesLoadFailed')}</ErrorNotice> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('users.fields.locale')}
              data={[
                { value: 'en', label: t('locales.en') },
                { value: 'fr', label: t('locales.fr') },
              ]}
              value={form.locale}
              error={errors['locale']}
              onChange={(value) => set('locale', value)}
              clearable
            />
            <TimezoneSelect
              label={t('users.fields.timezone')}
              value={form.timezone}
              error={errors['timezone']}
              onChange={(value) => set('timezone', value)}
              clearable
            />
          </SimpleGrid>
          <TextInput
            label={t('users.fields.startDate')}
            type="date"
            value={form.startDate}
            error={errors['startDate']}
            onChange={(event) => set('startDate', event.currentTarget.value)}
          />
          {user ? null : (
            <PasswordInput
              label={t('users.fields.initialPassword')}
              description={t('users.initialPasswordHelp')}
              autoComplete="new-password"
              value={form.password}
              error={errors['password']}
              onChange={(event) => set('password', event.currentTarget.value)}
            />
          )}
          <FormActions onCancel={onClose} loading={creating || updating} submitLabel={user ? undefined : t('users.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
