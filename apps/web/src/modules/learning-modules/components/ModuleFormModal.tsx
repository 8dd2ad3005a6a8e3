import { Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { ModuleKind } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormActions } from '../../../ui/FormActions';
import { useCreateModule } from '../hooks/useModuleMutations';
import { isContentCode, MODULE_KINDS } from '../module-draft';

interface FormState {
  code: string;
  kind: ModuleKind | null;
  title: string;
  summary: string;
  estimatedMinutes: number | '';
}

const EMPTY: FormState = { code: '', kind: null, title: '', summary: '', estimatedMinutes: 5 };

export interface ModuleFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The maison's default locale, in which a new module's texts are written. */
  sourceLocale: string;
  onCreated: (module: { id: string; code: string }) => void;
}

/** A new module: code, kind, title and summary in the source locale, its length; blocks and questions come in the editor. */
export function ModuleFormModal({ opened, onClose, sourceLocale, onCreated }: ModuleFormModalProps) {
  const { t } = useTranslation();
  const { createModule, loading } = useCreateModule();
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setForm(EMPTY);
    setErrors({});
    setFormError(null);
  }, [opened]);

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const code = form.code.trim();
    if (!code) found['code'] = t('studio.modules.errors.codeRequired');
    else if (!isContentCode(code)) found['code'] = t('studio.modules.errors.codeFormat');
    if (!form.kind) found['kind'] = t('studio.modules.errors.kindRequired');
    if (!form.title.trim()) found['title'] = t('studio.modules.errors.titleRequired');
    if (!form.summary.trim()) found['summary'] = t('studio.modules.errors.summaryRequired');
    if (form.estimatedMinutes === '' || form.estimatedMinutes < 1 || form.estimatedMinutes > 60) found['estimatedMinutes'] = t('studio.modules.errors.minutesRange');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0 || !form.kind || form.estimatedMinutes === '') return;
    try {
      const created = await createModule({
        code: form.code.trim(),
        kind: form.kind,
        sourceLocale,
        draft: {
          title: { [sourceLocale]: form.title.trim() },
          summary: { [sourceLocale]: form.summary.trim() },
          estimatedMinutes: form.estimatedMinutes,
          targetSkills: [],
          blocks: [],
          questions: [],
        },
      });
      if (created) onCreated(created);
      onClose();
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'CODE_TAKEN') setErrors({ code: t('studio.modules.errors.codeTaken') });
      else if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(caught));
        setFormError(t('errors.checkFields'));
      } else setFormError(t('errors.generic'));
    }
  }

  const title = t('studio.modules.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('studio.modules.fields.code')}
              description={t('studio.modules.codeHelp')}
              required
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={form.code}
              error={errors['code']}
              onChange={(event) => set('code', event.currentTarget.value)}
            />
            <Select
              label={t('studio.modules.fields.kind')}
              description={t('studio.modules.kindHelp')}
              required
              data={MODULE_KINDS.map((kind) => ({ value: kind, label: t(`studio.modules.kinds.${kind}`) }))}
              value={form.kind}
              allowDeselect={false}
              error={errors['kind']}
              onChange={(kind) => set('kind', kind as ModuleKind | null)}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('studio.modules.sourceLocaleHelp', { language })}
          </Text>
          <TextInput label={t('studio.modules.fields.title')} required lang={sourceLocale} value={form.title} error={errors['title']} onChange={(event) => set('title', event.currentTarget.value)} />
          <Textarea
            label={t('studio.modules.fields.summary')}
            required
            lang={sourceLocale}
            autosize
            minRows={2}
            value={form.summary}
            error={errors['summary']}
            onChange={(event) => set('summary', event.currentTarget.value)}
          />
          <NumberInput
            label={t('studio.modules.fields.estimatedMinutes')}
            description={t('studio.modules.minutesHelp')}
            required
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            w={{ base: '100%', xs: 200 }}
            value={form.estimatedMinutes}
            error={errors['estimatedMinutes']}
            onChange={(value) => set('estimatedMinutes', typeof value === 'number' ? value : '')}
          />
          <FormActions onCancel={onClose} loading={loading} submitLabel={t('studio.modules.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
