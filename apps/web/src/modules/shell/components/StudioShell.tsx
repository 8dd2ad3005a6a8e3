import { Group, ScrollArea, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import classes from './SpaceNav.module.css';

const SECTIONS = ['skills'] as const;

/** The Studio space: a quiet section nav above the current section, like Admin's. */
export function StudioShell() {
  const { t } = useTranslation();
  return (
    <div data-testid="space-studio">
      <PageHeading title={t('spaces.studio')} />
      <ScrollArea type="never" mb="xl">
        <nav aria-label={t('studio.nav')}>
          <Group gap="lg" wrap="nowrap">
            {SECTIONS.map((section) => (
              <UnstyledButton key={section} component={NavLink} to={`/studio/${section}`} className={classes.link}>
                {t(`studio.sections.${section}`)}
              </UnstyledButton>
            ))}
          </Group>
        </nav>
      </ScrollArea>
      <Outlet />
    </div>
  );
}
