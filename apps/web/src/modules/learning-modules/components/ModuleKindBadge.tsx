import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModuleKind } from '../../../generated/graphql';

export function ModuleKindBadge({ kind }: { kind: ModuleKind }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="default" radius="xs" size="sm" tt="none" fw={400}>
      {t(`studio.modules.kinds.${kind}`)}
    </Badge>
  );
}
