import { Group, ScrollArea, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
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
  const { pathname } = useLocation();
  const viewport = useRef<HTMLDivElement>(null);
  // On a narrow screen the sections scroll sideways: the current one is brought into view, sideways only (the
  // page itself is left where the navigation put it).
  useEffect(() => {
    const view = viewport.current;
    const current = view?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!view || !current) return;
    const [link, box] = [current.getBoundingClientRect(), view.getBoundingClientRect()];
    if (link.left < box.left) view.scrollLeft -= box.left - link.left;
    else if (link.right > box.right) view.scrollLeft += link.right - box.right;
  }, [pathname]);
  return (
    <div data-testid={`space-${space}`}>
      <PageHeading title={t(`spaces.${space}`)} />
      <ScrollArea type="never" mb="xl" viewportRef={viewport}>
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
