import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { CohortKind, CohortsTable_CohortFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSaveCohort, type CohortFormValues } from '../hooks/useCohortMutations';
import { FormActions } from '../../../ui/FormActions';

export const COHORT_KINDS: CohortKind[] = ['PILOT', 'CONTROL', 'STANDARD'];

export interface CohortFormModalProps {
  opened: boolean;
  cohort: CohortsTable_CohortFragment | null;
  onClose: () => void;
}

export function CohortFormModal({ opened, cohort, onClose }: CohortFormModalProps) {
  const { t } = useTranslation();
  const { saveCohort, loading } = useSaveCohort();
  const [values, setValues] = useState<CohortFormValues>({ name: '', kind: 'STANDARD', description: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setValues({ name: cohort?.name ?? '', kind: cohort?.kind ?? 'STANDARD', description: cohort?.description ?? '' });
    setErrors({});
    setFormError(null);
  }, [opened, cohort]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!values.name.trim()) {
      setErrors({ name: t('cohorts.errors.nameRequired') });
      return;
    }
    try {
      const openedWith = cohort ? { name: cohort.name, description: cohort.description ?? '' } : undefined;
      await saveCohort(cohort?.id ?? null, { ...values, name: values.name.trim(), description: values.description.trim() }, openedWith);
      onClose();
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'NAME_TAKEN') setErrors({ name: t('cohorts.errors.nameTaken') });
      else if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(t, caught));
        setFormError(t('errors.checkFields'));
      } else setFormError(t('errors.generic'));
    }
  }

  const title = cohort ? t('cohorts.editTitle') : t('cohorts.createTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <TextInput label={t('cohorts.fields.name')} required value={values.name} error={errors['name']} onChange={(event) => setValues({ ...values, name: event.currentTarget.value })} />
          <Select
            label={t('cohorts.fields.kind')}
            description={cohort ? t('cohorts.kindFixed') : t('cohorts.kindHelp')}
            disabled={Boolean(cohort)}
            data={COHORT_KINDS.map((kind) => ({ value: kind, label: t(`cohorts.kinds.${kind}`) }))}
            value={values.kind}
            allowDeselect={false}
            error={errors['kind']}
            onChange={(kind) => setValues({ ...values, kind: (kind ?? 'STANDARD') as CohortKind })}
          />
          <Textarea
            label={t('cohorts.fields.description')}
            autosize
            minRows={2}
            value={values.description}
            error={errors['description']}
            onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
          />
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
