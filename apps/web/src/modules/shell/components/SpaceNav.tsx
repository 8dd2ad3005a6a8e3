import { Group, Stack, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { pathOf, spacesFor } from '../../../app/spaces';
import type { Role } from '../../../generated/graphql';
import classes from './SpaceNav.module.css';

export interface SpaceNavProps {
  roles: ReadonlyArray<Role>;
  orientation: 'horizontal' | 'vertical';
  onNavigate?: () => void;
}

/** The spaces the user's roles open, and only those. */
export function SpaceNav({ roles, orientation, onNavigate }: SpaceNavProps) {
  const { t } = useTranslation();
  const links = spacesFor(roles).map((space) => (
    <UnstyledButton key={space} component={NavLink} to={pathOf(space)} className={classes.link} onClick={onNavigate}>
      {t(`spaces.${space}`)}
    </UnstyledButton>
  ));
  return (
    <nav aria-label={t('shell.spacesNav')}>
      {orientation === 'horizontal' ? <Group gap="lg">{links}</Group> : <Stack gap="xs">{links}</Stack>}
    </nav>
  );
}
