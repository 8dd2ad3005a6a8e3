import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A quiet error message, announced to screen readers (role="alert"). */
export function ErrorNotice({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertCircle size={18} aria-hidden="true" />}>
      {children}
    </Alert>
  );
}
