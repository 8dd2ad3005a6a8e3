import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, issuesText } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useExportProgramPackage } from '../hooks/useProgramMutations';

/** Offers a text as a file to save, without a round trip: a Blob behind a short-lived object URL. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface ExportError {
  title?: string;
  message: string;
}

/** Downloads the program as a package; only published content travels, so unpublished modules are named. */
export function ExportPackageButton({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { exportPackage, loading } = useExportProgramPackage(programId);
  const [error, setError] = useState<ExportError | null>(null);

  async function onExport() {
    setError(null);
    try {
      const file = await exportPackage();
      if (!file) return;
      downloadTextFile(file.fileName, file.json);
      notifications.show({ color: 'green', message: t('studio.programs.export.done', { fileName: file.fileName }) });
    } catch (caught) {
      if (apiErrorCode(caught) === 'MODULE_NOT_READY') setError({ title: t('studio.programs.export.notReady'), message: issuesText(t, caught) || t('errors.generic') });
      else setError({ message: t('errors.generic') });
    }
  }

  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="default" leftSection={<IconPackageExport size={16} aria-hidden="true" />} loading={loading} onClick={() => void onExport()}>
        {t('studio.programs.export.button')}
      </Button>
      {error ? <ErrorNotice title={error.title}>{error.message}</ErrorNotice> : null}
    </Stack>
  );
}
