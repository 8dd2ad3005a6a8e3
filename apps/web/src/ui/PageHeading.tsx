import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeadingProps {
  title: string;
  subtitle?: ReactNode;
  /** Actions aligned with the title (a create button, for example). */
  actions?: ReactNode;
  /** 1 for a page, 2 for a section inside a space that already has its h1. */
  order?: 1 | 2;
  /** The heading's id, for `aria-labelledby` on the section it names. */
  id?: string;
}

/** A page's h1 in the display face, a gold hairline, and an optional quiet subtitle. */
export function PageHeading({ title, subtitle, actions, order = 1, id }: PageHeadingProps) {
  return (
    <Stack gap="xs" mb="xl">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)', alignItems: 'flex-end', justifyContent: 'space-between' }}>
        <Title order={order} id={id}>{title}</Title>
        {actions}
      </div>
      <hr className="savoir-rule" aria-hidden="true" />
      {subtitle ? (
        <Text c="dimmed" maw={640}>
          {subtitle}
        </Text>
      ) : null}
    </Stack>
  );
}
