import { Button, FileInput, Group, Stack, Textarea } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES } from '../../../app/forms';

export interface QuestionCsvImportFormProps {
  loading: boolean;
  onImport: (csv: string) => void;
}

/** A file read in the browser, or text pasted from a spreadsheet: either way the text is shown before it is sent. */
export function QuestionCsvImportForm({ loading, onImport }: QuestionCsvImportFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_UPLOAD_BYTES) {
      setError(t('studio.csv.errors.fileTooLarge'));
      return;
    }
    try {
      setCsv(await chosen.text());
    } catch {
      setError(t('studio.csv.errors.unreadable'));
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!csv.trim()) {
      setError(t('studio.csv.errors.empty'));
      return;
    }
    setError(null);
    onImport(csv);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('studio.csv.formLabel')}>
      <Stack gap="sm">
        <FileInput
          label={t('studio.csv.file')}
          placeholder={t('studio.csv.filePlaceholder')}
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} aria-hidden="true" />}
          value={file}
          onChange={(chosen) => void choose(chosen)}
          clearable
        />
        <Textarea
          label={t('studio.csv.paste')}
          description={t('studio.csv.pasteHelp')}
          autosize
          minRows={6}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
          value={csv}
          error={error}
          onChange={(event) => setCsv(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconUpload size={16} aria-hidden="true" />}>
            {t('studio.csv.import')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
