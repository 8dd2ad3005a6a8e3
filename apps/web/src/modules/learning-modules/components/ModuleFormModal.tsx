import { NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalForm } from '../../../app/forms';
import type { ModuleKind } from '../../../generated/graphql';
import { FormModal } from '../../../ui/FormModal';
import { ContentCodeInput } from '../../content-code/components/ContentCodeInput';
import { contentCodeError } from '../../content-code/content-code';
import { useCreateModule } from '../hooks/useModuleMutations';
import { MODULE_KINDS } from '../module-draft';

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
  const { form, set, errors, setErrors, formError, setFormError, showFailure } = useModalForm(EMPTY, opened);

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const codeError = contentCodeError(t, form.code);
    if (codeError) found['code'] = codeError;
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
      showFailure(caught, { CODE_TAKEN: { code: t('studio.modules.errors.codeTaken') } });
    }
  }

  const title = t('studio.modules.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <FormModal opened={opened} onClose={onClose} title={title} onSubmit={onSubmit} formError={formError} loading={loading} submitLabel={t('studio.modules.create')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ContentCodeInput
          label={t('studio.modules.fields.code')}
          description={t('studio.modules.codeHelp')}
          value={form.code}
          error={errors['code']}
          onChange={(code) => set('code', code)}
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
    </FormModal>
  );
}
