import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BoutiqueRow_BoutiqueFragment, RegionCard_RegionFragment } from '../../../generated/graphql';

export interface RegionCardProps {
  region: RegionCard_RegionFragment;
  onEditRegion: () => void;
  onAddBoutique: () => void;
  onEditBoutique: (boutique: BoutiqueRow_BoutiqueFragment) => void;
}

export function RegionCard({ region, onEditRegion, onAddBoutique, onEditBoutique }: RegionCardProps) {
  const { t } = useTranslation();
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} bg="white" component="section" aria-label={region.name}>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={3}>{region.name}</Title>
        <Group gap="xs">
          <Button variant="subtle" size="xs" leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={onEditRegion} aria-label={t('organisation.renameRegion', { name: region.name })}>
            {t('organisation.rename')}
          </Button>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={onAddBoutique}>
            {t('organisation.addBoutique')}
          </Button>
        </Group>
      </Group>
      {region.boutiques.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('organisation.noBoutiques')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={t('organisation.boutiquesOf', { name: region.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.fields.boutiqueName')}</Table.Th>
                <Table.Th scope="col">{t('organisation.fields.city')}</Table.Th>
                <Table.Th scope="col">{t('organisation.fields.timezone')}</Table.Th>
                <Table.Th scope="col">{t('organisation.fields.locale')}</Table.Th>
                <Table.Th scope="col">{t('organisation.fields.advisors')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {region.boutiques.map((boutique) => (
                <Table.Tr key={boutique.id}>
                  <Table.Td fw={500}>{boutique.name}</Table.Td>
                  <Table.Td>
                    {boutique.city} · {boutique.country}
                  </Table.Td>
                  <Table.Td>{boutique.timezone}</Table.Td>
                  <Table.Td>{t(`locales.${boutique.locale}`, { defaultValue: boutique.locale })}</Table.Td>
                  <Table.Td>{t('common.number', { value: boutique.advisorCount })}</Table.Td>
                  <Table.Td ta="right">
                    <Button variant="subtle" size="xs" onClick={() => onEditBoutique(boutique)} aria-label={t('organisation.editBoutiqueNamed', { name: boutique.name })}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
