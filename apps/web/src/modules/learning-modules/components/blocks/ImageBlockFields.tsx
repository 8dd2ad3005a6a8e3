import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalisedField, PlainField } from '../LocalisedField';
import { savedAt, type BlockFieldsProps } from './block-fields';

export function ImageBlockFields({ block, onChange, path, savedPath }: BlockFieldsProps<'IMAGE'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PlainField label={t('studio.blocks.fields.imageUrl')} description={t('studio.blocks.urlHelp')} value={block.url} onChange={(url) => onChange({ ...block, url })} path={`${path}.url`} required monospace />
      <LocalisedField
        label={t('studio.blocks.fields.alt')}
        description={t('studio.blocks.altHelp')}
        value={block.alt}
        onChange={(alt) => onChange({ ...block, alt })}
        path={`${path}.alt`}
        savedPath={savedAt(savedPath, 'alt')}
        required
      />
      <LocalisedField label={t('studio.blocks.fields.caption')} value={block.caption} onChange={(caption) => onChange({ ...block, caption })} path={`${path}.caption`} savedPath={savedAt(savedPath, 'caption')} />
    </Stack>
  );
}
