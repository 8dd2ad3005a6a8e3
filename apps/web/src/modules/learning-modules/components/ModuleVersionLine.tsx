import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../../generated/graphql';

export interface ModuleVersionLineProps {
  latest: { version: number; status: ContentStatus; authorship: { lastEditorName: string; updatedAt: string } };
  published: { version: number } | null;
}

/** "Version 3 · Draft · last edited by Claire Dubois" and "Published: version 2". */
export function ModuleVersionLine({ latest, published }: ModuleVersionLineProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="module-version-line">
      <Text size="sm" fw={500}>
        {t('studio.modules.versionLine', { version: latest.version, status: t(`studio.workflow.status.${latest.status}`), name: latest.authorship.lastEditorName })}
      </Text>
      <Text size="sm" c="dimmed">
        {published ? t('studio.modules.publishedVersion', { version: published.version }) : t('studio.modules.notPublished')}
      </Text>
    </Stack>
  );
}
