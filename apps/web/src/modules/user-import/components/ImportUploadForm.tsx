import { Button, FileInput, Group, Stack } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES } from '../../../app/forms';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useStartUserImport } from '../hooks/useStartUserImport';

/** Reads the CSV in the browser and hands its text to the API; the worker validates and imports it. */
export function ImportUploadForm({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const { startUserImport, loading } = useStartUserImport();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFormError(null);
    if (!file) {
      setError(t('import.errors.fileRequired'));
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t('import.errors.fileTooLarge'));
      return;
    }
    try {
      const csv = await file.text();
      const started = await startUserImport(file.name, csv);
      setFile(null);
      onStarted(started.id);
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'VALIDATION_FAILED' || code === 'BAD_REQUEST') {
        const issues = fieldIssues(t, caught);
        setError(issues['csv'] ?? issues['fileName'] ?? t('import.errors.unreadable'));
      } else setFormError(t('errors.generic'));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('import.uploadLabel')}>
      <Stack gap="sm">
        {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
        <FileInput
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} aria-hidden="true" />}
          value={file}
          onChange={setFile}
          error={error}
          clearable
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconUpload size={16} aria-hidden="true" />}>
            {t('import.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
