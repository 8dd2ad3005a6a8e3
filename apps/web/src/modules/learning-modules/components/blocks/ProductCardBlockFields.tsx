import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LocalisedField, PlainField } from '../LocalisedField';
import { useModuleEditorContext } from '../module-editor-context';
import { savedAt, type BlockFieldsProps } from './block-fields';

export function ProductCardBlockFields({ block, onChange, path, savedPath }: BlockFieldsProps<'PRODUCT_CARD'>) {
  const { t } = useTranslation();
  const { sourceLocale, issue } = useModuleEditorContext();
  const setSpec = (index: number, spec: (typeof block.keySpecs)[number]) => onChange({ ...block, keySpecs: block.keySpecs.map((current, k) => (k === index ? spec : current)) });
  return (
    <Stack gap="sm">
      <PlainField label={t('studio.blocks.fields.reference')} value={block.reference} onChange={(reference) => onChange({ ...block, reference })} path={`${path}.reference`} required monospace />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <LocalisedField label={t('studio.blocks.fields.productName')} value={block.name} onChange={(name) => onChange({ ...block, name })} path={`${path}.name`} savedPath={savedAt(savedPath, 'name')} required />
        <LocalisedField label={t('studio.blocks.fields.collection')} value={block.collection} onChange={(collection) => onChange({ ...block, collection })} path={`${path}.collection`} savedPath={savedAt(savedPath, 'collection')} required />
      </SimpleGrid>
      <Stack gap="xs" role="group" aria-label={t('studio.blocks.fields.keySpecs')}>
        <Text size="sm" fw={500}>
          {t('studio.blocks.fields.keySpecs')}
        </Text>
        {issue(`${path}.keySpecs`) ? (
          <Text size="sm" c="red.7">
            {issue(`${path}.keySpecs`)}
          </Text>
        ) : null}
        {block.keySpecs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('studio.blocks.noKeySpecs')}
          </Text>
        ) : null}
        {block.keySpecs.map((spec, k) => {
          const at = `keySpecs[${k}]`;
          const number = k + 1;
          return (
            <Paper key={k} withBorder p="xs" role="group" aria-label={t('studio.blocks.keySpec', { number })}>
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ flex: 1, minWidth: 0 }}>
                  <LocalisedField label={t('studio.blocks.fields.specLabel')} value={spec.label} onChange={(label) => setSpec(k, { ...spec, label })} path={`${path}.${at}.label`} savedPath={savedAt(savedPath, `${at}.label`)} required />
                  <LocalisedField label={t('studio.blocks.fields.specValue')} value={spec.value} onChange={(value) => setSpec(k, { ...spec, value })} path={`${path}.${at}.value`} savedPath={savedAt(savedPath, `${at}.value`)} required />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('studio.blocks.removeKeySpec', { number })}
                  title={t('studio.blocks.removeKeySpec', { number })}
                  onClick={() => onChange({ ...block, keySpecs: block.keySpecs.filter((_spec, index) => index !== k) })}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => onChange({ ...block, keySpecs: [...block.keySpecs, { label: { [sourceLocale]: '' }, value: { [sourceLocale]: '' } }] })}
          >
            {t('studio.blocks.addKeySpec')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
