import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalisedField } from '../LocalisedField';
import { useModuleEditorContext } from '../module-editor-context';
import { savedAt, type BlockFieldsProps } from './block-fields';
import { MarkdownPreview } from './MarkdownPreview';

export function RichTextBlockFields({ block, onChange, path, savedPath, number }: BlockFieldsProps<'RICH_TEXT'>) {
  const { t } = useTranslation();
  const { locale } = useModuleEditorContext();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <LocalisedField
        label={t('studio.blocks.fields.markdown')}
        description={t('studio.blocks.markdownHelp')}
        value={block.markdown}
        onChange={(markdown) => onChange({ ...block, markdown })}
        path={`${path}.markdown`}
        savedPath={savedAt(savedPath, 'markdown')}
        multiline
        required
      />
      <MarkdownPreview markdown={block.markdown[locale] ?? ''} locale={locale} label={t('studio.blocks.previewOf', { number })} />
    </SimpleGrid>
  );
}
