import { Group, ScrollArea, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import classes from './SpaceNav.module.css';

export interface SpaceShellProps {
  /** The space, which names its route, heading, nav label and section labels in i18n (`<space>.sections.*`). */
  space: 'admin' | 'studio';
  sections: readonly string[];
}

/** A space with sections (Admin, Studio): its heading, a quiet section nav, then the current section. */
export function SpaceShell({ space, sections }: SpaceShellProps) {
  const { t } = useTranslation();
  return (
    <div data-testid={`space-${space}`}>
      <PageHeading title={t(`spaces.${space}`)} />
      <ScrollArea type="never" mb="xl">
        <nav aria-label={t(`${space}.nav`)}>
          <Group gap="lg" wrap="nowrap">
            {sections.map((section) => (
              <UnstyledButton key={section} component={NavLink} to={`/${space}/${section}`} className={classes.link}>
                {t(`${space}.sections.${section}`)}
              </UnstyledButton>
            ))}
          </Group>
        </nav>
      </ScrollArea>
      <Outlet />
    </div>
  );
}
