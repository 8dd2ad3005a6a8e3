import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FormActionsProps {
  onCancel: () => void;
  loading: boolean;
  /** Defaults to "Save". */
  submitLabel?: string;
}

/** The footer of every form dialog: a quiet Cancel and the submit button, aligned right. */
export function FormActions({ onCancel, loading, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
