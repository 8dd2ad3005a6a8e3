import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The kinds of content that carry translatable texts, in the order the API lists their gaps. */
export const CONTENT_KINDS = ['program', 'module', 'question', 'skill'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}

/** Where each kind of content is edited in the Studio. */
export function editorPath(kind: ContentKind, id: string): string {
  return `/studio/${kind}s/${id}`;
}

export function ContentKindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="default" radius="xs" size="sm" fw={500}>
      {isContentKind(kind) ? t(`studio.translations.kinds.${kind}`) : kind}
    </Badge>
  );
}
