import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoutiqueRow_BoutiqueFragment } from '../generated/graphql';
import { BoutiqueFormModal } from '../modules/organisation/components/BoutiqueFormModal';
import { RegionCard } from '../modules/organisation/components/RegionCard';
import { RegionFormModal } from '../modules/organisation/components/RegionFormModal';
import { AdminRegionsDocument } from '../modules/organisation/graphql/organisation.graphql';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

type RegionDialog = { region: { id: string; name: string } | null } | null;
type BoutiqueDialog = { boutique: BoutiqueRow_BoutiqueFragment | null; regionId: string | null } | null;

export function AdminOrganisationPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminRegionsDocument);
  const [regionDialog, setRegionDialog] = useState<RegionDialog>(null);
  const [boutiqueDialog, setBoutiqueDialog] = useState<BoutiqueDialog>(null);
  const regions = data?.regions ?? [];

  return (
    <section aria-labelledby="organisation-heading">
      <PageHeading
        order={2}
        id="organisation-heading"
        title={t('admin.sections.organisation')}
        subtitle={t('organisation.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setRegionDialog({ region: null })}>
            {t('organisation.newRegion')}
          </Button>
        }
      />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {data && regions.length === 0 ? <Text c="dimmed">{t('organisation.noRegions')}</Text> : null}
      <Stack gap="lg">
        {regions.map((region) => (
          <RegionCard
            key={region.id}
            region={region}
            onEditRegion={() => setRegionDialog({ region: { id: region.id, name: region.name } })}
            onAddBoutique={() => setBoutiqueDialog({ boutique: null, regionId: region.id })}
            onEditBoutique={(boutique) => setBoutiqueDialog({ boutique, regionId: region.id })}
          />
        ))}
      </Stack>
      <RegionFormModal opened={regionDialog !== null} region={regionDialog?.region ?? null} onClose={() => setRegionDialog(null)} />
      <BoutiqueFormModal
        opened={boutiqueDialog !== null}
        boutique={boutiqueDialog?.boutique ?? null}
        defaultRegionId={boutiqueDialog?.regionId ?? null}
        regions={regions}
        onClose={() => setBoutiqueDialog(null)}
      />
    </section>
  );
}
