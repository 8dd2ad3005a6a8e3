import { Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSaveRegion } from '../hooks/useOrganisationMutations';
import { FormActions } from '../../../ui/FormActions';

export interface RegionFormModalProps {
  opened: boolean;
  region: { id: string; name: string } | null;
  onClose: () => void;
}

export function RegionFormModal({ opened, region, onClose }: RegionFormModalProps) {
  const { t } = useTranslation();
  const { saveRegion, loading } = useSaveRegion();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (opened) {
      setName(region?.name ?? '');
      setError(null);
      setFormError(null);
    }
  }, [opened, region]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('organisation.errors.nameRequired'));
      return;
    }
    try {
      await saveRegion(region?.id ?? null, name.trim());
      onClose();
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'NAME_TAKEN') setError(t('organisation.errors.nameTaken'));
      else if (code === 'VALIDATION_FAILED') setError(fieldIssues(t, caught)['name'] ?? t('errors.checkFields'));
      else setFormError(t('errors.generic'));
    }
  }

  const title = region ? t('organisation.editRegion') : t('organisation.newRegion');
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <TextInput label={t('organisation.fields.regionName')} required value={name} error={error} onChange={(event) => setName(event.currentTarget.value)} />
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
