import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalisedField, PlainField } from '../LocalisedField';
import { savedAt, type BlockFieldsProps } from './block-fields';

export function VideoBlockFields({ block, onChange, path, savedPath }: BlockFieldsProps<'VIDEO'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PlainField label={t('studio.blocks.fields.videoUrl')} description={t('studio.blocks.urlHelp')} value={block.url} onChange={(url) => onChange({ ...block, url })} path={`${path}.url`} required monospace />
      <LocalisedField label={t('studio.blocks.fields.caption')} value={block.caption} onChange={(caption) => onChange({ ...block, caption })} path={`${path}.caption`} savedPath={savedAt(savedPath, 'caption')} />
    </Stack>
  );
}
