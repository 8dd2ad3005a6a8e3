import { useTranslation } from 'react-i18next';
import { LocalisedField } from '../LocalisedField';
import { savedAt, type BlockFieldsProps } from './block-fields';

export function KeyFactBlockFields({ block, onChange, path, savedPath }: BlockFieldsProps<'KEY_FACT'>) {
  const { t } = useTranslation();
  return <LocalisedField label={t('studio.blocks.fields.fact')} value={block.text} onChange={(text) => onChange({ ...block, text })} path={`${path}.text`} savedPath={savedAt(savedPath, 'text')} multiline required />;
}
