import { Button, FileInput, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { IconJson, IconUpload } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES } from '../../../app/forms';
import { apiErrorCode, issueList, type FieldIssue } from '../../../app/graphql-errors';
import { issueText } from '../../../app/issue-text';
import type { ImportProgramPackageMutation } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useImportProgramPackage } from '../hooks/useProgramMutations';

type ImportResult = ImportProgramPackageMutation['importProgramPackage'];

export interface ImportPackageModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Reads a package file (.json) in the browser and imports it whole, or lists every reason it was refused. */
export function ImportPackageModal({ opened, onClose }: ImportPackageModalProps) {
  const { t } = useTranslation();
  const { importPackage, loading } = useImportProgramPackage();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    if (!opened) return;
    setFile(null);
    setFileError(null);
    setFormError(null);
    setIssues([]);
    setResult(null);
  }, [opened]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFileError(null);
    setFormError(null);
    setIssues([]);
    setResult(null);
    if (!file) {
      setFileError(t('studio.programs.import.fileRequired'));
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setFileError(t('studio.programs.import.fileTooLarge'));
      return;
    }
    try {
      setResult(await importPackage(await file.text()));
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'PACKAGE_INVALID' || code === 'VALIDATION_FAILED') {
        setIssues(issueList(caught));
        setFormError(t('studio.programs.import.invalid'));
      } else setFormError(t('errors.generic'));
    }
  }

  const title = t('studio.programs.import.title');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('studio.programs.import.help')}
          </Text>
          {formError ? (
            <ErrorNotice>
              {formError}
              {issues.length > 0 ? (
                <List size="sm" mt="xs" aria-label={t('studio.programs.import.issues')}>
                  {issues.map((issue, index) => (
                    <List.Item key={index}>
                      <Text span inherit ff="monospace">
                        {issue.field}
                      </Text>{' '}
                      {issueText(t, issue)}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </ErrorNotice>
          ) : null}
          {result ? <ImportSummary result={result} /> : null}
          <FileInput
            label={t('studio.programs.import.file')}
            placeholder={t('studio.programs.import.filePlaceholder')}
            accept=".json,application/json"
            leftSection={<IconJson size={16} aria-hidden="true" />}
            value={file}
            onChange={(picked) => {
              setFile(picked);
              setResult(null);
            }}
            error={fileError}
            clearable
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {result ? t('studio.programs.import.close') : t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} leftSection={<IconUpload size={16} aria-hidden="true" />}>
              {t('studio.programs.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'skills', counts: result.skills },
    { key: 'modules', counts: result.modules },
    { key: 'questions', counts: result.questions },
  ] as const;
  const program = (['created', 'updated', 'unchanged'] as const).find((value) => value === result.program) ?? null;
  return (
    <Stack gap="xs" role="status">
      <Text fw={500}>{program ? t(`studio.programs.import.program.${program}`) : t('studio.programs.import.program.other', { value: result.program })}</Text>
      <Table aria-label={t('studio.programs.import.summary')} withTableBorder={false} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.programs.import.content')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.import.created')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.import.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, counts }) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={400}>
                {t(`studio.programs.import.kinds.${key}`)}
              </Table.Th>
              <Table.Td>{t('common.number', { value: counts.created })}</Table.Td>
              <Table.Td>{t('common.number', { value: counts.updated })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
