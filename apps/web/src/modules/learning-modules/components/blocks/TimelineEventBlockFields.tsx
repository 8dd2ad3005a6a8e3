import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalisedField, PlainField } from '../LocalisedField';
import { savedAt, type BlockFieldsProps } from './block-fields';

export function TimelineEventBlockFields({ block, onChange, path, savedPath }: BlockFieldsProps<'TIMELINE_EVENT'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PlainField
        label={t('studio.blocks.fields.date')}
        description={t('studio.blocks.dateHelp')}
        placeholder="1837-05-12"
        value={block.date}
        onChange={(date) => onChange({ ...block, date })}
        path={`${path}.date`}
        required
        monospace
      />
      <LocalisedField label={t('studio.blocks.fields.eventTitle')} value={block.title} onChange={(title) => onChange({ ...block, title })} path={`${path}.title`} savedPath={savedAt(savedPath, 'title')} required />
      <LocalisedField label={t('studio.blocks.fields.story')} value={block.story} onChange={(story) => onChange({ ...block, story })} path={`${path}.story`} savedPath={savedAt(savedPath, 'story')} multiline required />
    </Stack>
  );
}
