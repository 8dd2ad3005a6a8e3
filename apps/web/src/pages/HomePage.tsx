import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { landingPathFor } from '../app/spaces';
import { useSession } from '../modules/auth/hooks/useSession';
import { PageHeading } from '../ui/PageHeading';

/** `/` sends a user to their landing space; a user whose roles open none is told so, calmly. */
export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const landing = viewer ? landingPathFor(viewer.roles) : '/login';
  if (landing) return <Navigate to={landing} replace />;
  return (
    <div data-testid="space-none">
      <PageHeading title={t('home.noSpaceTitle')} />
      <Text c="dimmed">{t('home.noSpaceBody')}</Text>
    </div>
  );
}
