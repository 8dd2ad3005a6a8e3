import { Group, ScrollArea, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import classes from './SpaceNav.module.css';

const SECTIONS = ['users', 'organisation', 'cohorts', 'import'] as const;

/** The Admin space: a quiet section nav above the current section. */
export function AdminShell() {
  const { t } = useTranslation();
  return (
    <div data-testid="space-admin">
      <PageHeading title={t('spaces.admin')} />
      <ScrollArea type="never" mb="xl">
        <nav aria-label={t('admin.nav')}>
          <Group gap="lg" wrap="nowrap">
            {SECTIONS.map((section) => (
              <UnstyledButton key={section} component={NavLink} to={`/admin/${section}`} className={classes.link}>
                {t(`admin.sections.${section}`)}
              </UnstyledButton>
            ))}
          </Group>
        </nav>
      </ScrollArea>
      <Outlet />
    </div>
  );
}
