import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusAfterRemoval } from '../hooks/useFocusAfterRemoval';
import { useModuleQuestionBank, type BankQuestion } from '../hooks/useModuleQuestionBank';
import { moveItem } from '../module-draft';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ContentStatusBadge } from '../../workflow/components/ContentStatusBadge';
import { useModuleEditorContext } from './module-editor-context';
import { MoveButtons } from './MoveButtons';

export interface ModuleQuestionsEditorProps {
  /** Question codes, in order. */
  codes: string[];
  onChange: (codes: string[]) => void;
}

/** The module's questions in order: added from the bank (searched on the server by code, skill or prompt), moved, removed. */
export function ModuleQuestionsEditor({ codes, onChange }: ModuleQuestionsEditorProps) {
  const { t } = useTranslation();
  const { issue } = useModuleEditorContext();
  const [picked, setPicked] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const bank = useModuleQuestionBank(codes, search);
  const focusAfterRemoval = useFocusAfterRemoval(codes.length);
  const label = (question: BankQuestion) => t('studio.modules.editor.questionOption', { code: question.code, prompt: question.latest.prompt.text });
  // The picked question stays an option while the search moves on (picking it puts its label in the search box).
  const offered = [...(bank.candidates ?? []).filter((question) => question.code !== picked), ...(picked && bank.byCode.has(picked) ? [bank.byCode.get(picked) as BankQuestion] : [])];
  const options = offered.filter((question) => !codes.includes(question.code)).map((question) => ({ value: question.code, label: label(question) }));
  const more = bank.candidates !== null && bank.candidatesTotal > bank.candidates.length;

  function add() {
    if (!picked || codes.includes(picked)) return;
    onChange([...codes, picked]);
    setPicked(null);
    setSearch('');
  }

  return (
    <Stack gap="sm" ref={focusAfterRemoval.ref}>
      {issue('questions') ? (
        <Text size="sm" c="red.7" role="alert">
          {issue('questions')}
        </Text>
      ) : null}
      {codes.length === 0 ? <Text c="dimmed">{t('studio.modules.editor.noQuestions')}</Text> : null}
      {codes.length > 0 ? (
        <Stack component="ol" gap="xs" m={0} p={0} aria-label={t('studio.modules.editor.questionsList')} style={{ listStyle: 'none' }}>
          {codes.map((code, index) => {
            const question = bank.byCode.get(code);
            return (
              <Paper key={code} component="li" withBorder p="xs" bg="white">
                <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }} align="baseline">
                    <Text size="sm" c="dimmed" w="1.5rem" ta="right" aria-hidden="true">
                      {index + 1}.
                    </Text>
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap="xs" wrap="wrap">
                        <Text size="sm" ff="monospace">
                          {code}
                        </Text>
                        {question ? <ContentStatusBadge status={question.latest.status} /> : null}
                      </Group>
                      {question ? (
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {question.latest.prompt.text}
                        </Text>
                      ) : null}
                    </Stack>
                  </Group>
                  <MoveButtons
                    upLabel={t('studio.modules.editor.moveQuestionUp', { code })}
                    downLabel={t('studio.modules.editor.moveQuestionDown', { code })}
                    removeLabel={t('studio.modules.editor.removeQuestion', { code })}
                    first={index === 0}
                    last={index === codes.length - 1}
                    onMove={(offset) => onChange(moveItem(codes, index, index + offset))}
                    onRemove={() => {
                      focusAfterRemoval.removing(index);
                      onChange(codes.filter((candidate) => candidate !== code));
                    }}
                  />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
      {bank.failed ? <ErrorNotice onRetry={bank.retry}>{t('studio.modules.editor.bankFailed')}</ErrorNotice> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('studio.modules.editor.addQuestionLabel')}
          placeholder={t('studio.modules.editor.addQuestionPlaceholder')}
          style={{ flex: '1 1 280px' }}
          description={more ? t('studio.modules.editor.typeToNarrow', { count: bank.candidatesTotal }) : undefined}
          data={options}
          value={picked}
          onChange={(code) => {
            setPicked(code);
            if (code === null) setSearch('');
          }}
          searchable
          searchValue={search}
          onSearchChange={(value) => setSearch(picked && bank.byCode.has(picked) && value === label(bank.byCode.get(picked) as BankQuestion) ? '' : value)}
          // The server has searched code, skills and prompt: its answers are not filtered again here.
          filter={({ options: found }) => found}
          clearable
          nothingFoundMessage={bank.candidates ? t('studio.modules.editor.noOtherQuestion') : bank.failed ? t('studio.modules.editor.bankFailed') : t('common.loading')}
        />
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add} disabled={!picked}>
          {t('studio.modules.editor.addQuestion')}
        </Button>
      </Group>
    </Stack>
  );
}
