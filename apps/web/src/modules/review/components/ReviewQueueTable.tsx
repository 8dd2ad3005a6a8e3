import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishingAction } from '../../../generated/graphql';
import { publishBlocked } from '../../workflow/workflow';

/** One item waiting for review, module or question alike. */
export interface ReviewItem {
  id: string;
  code: string;
  /** The editor's path. */
  href: string;
  /** Title (module) or prompt (question), in the viewer's language. */
  title: string;
  /** The kind of module or type of question. */
  detail: string;
  version: number;
  lastEditorId: string;
  lastEditorName: string;
  updatedAt: string;
}

export interface ReviewQueueTableProps {
  caption: string;
  items: ReadonlyArray<ReviewItem>;
  viewerId: string;
  fourEyesPublishing: boolean;
  /** The action under way, as `<id>:<action>`. */
  pending: string | null;
  onAction: (item: ReviewItem, action: PublishingAction) => void;
}

/** Items awaiting a reviewer, each with Publish and Request changes; Publish says why when four-eyes forbids it. */
export function ReviewQueueTable({ caption, items, viewerId, fourEyesPublishing, pending, onAction }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.review.columns.item')}</Table.Th>
            <Table.Th scope="col">{t('studio.review.columns.version')}</Table.Th>
            <Table.Th scope="col">{t('studio.review.columns.lastEditor')}</Table.Th>
            <Table.Th scope="col">{t('studio.review.columns.updated')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <ReviewQueueRow
              key={item.id}
              item={item}
              blocked={publishBlocked({ fourEyesPublishing, viewerId, lastEditorId: item.lastEditorId })}
              pending={pending}
              onAction={onAction}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReviewQueueRow({ item, blocked, pending, onAction }: { item: ReviewItem; blocked: boolean; pending: string | null; onAction: ReviewQueueTableProps['onAction'] }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const busy = pending?.startsWith(`${item.id}:`) ?? false;
  return (
    <Table.Tr data-testid={`review-item-${item.code}`}>
      <Table.Td maw={360}>
        <Stack gap={2}>
          <Anchor component={Link} to={item.href} ff="monospace" size="sm" c="ink.8" fw={500}>
            {item.code}
          </Anchor>
          <Text size="sm" lineClamp={2}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed">
            {item.detail}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t('studio.workflow.versionShort', { version: item.version })}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.lastEditorName}</Text>
      </Table.Td>
      <Table.Td>
        <Text component="time" dateTime={item.updatedAt} size="sm">
          {t('common.dateTime', { value: new Date(item.updatedAt) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              loading={pending === `${item.id}:REQUEST_CHANGES`}
              disabled={busy && pending !== `${item.id}:REQUEST_CHANGES`}
              aria-label={t('studio.review.requestChangesOn', { code: item.code })}
              onClick={() => onAction(item, 'REQUEST_CHANGES')}
            >
              {t('studio.workflow.actions.REQUEST_CHANGES')}
            </Button>
            <Button
              size="xs"
              loading={pending === `${item.id}:PUBLISH`}
              disabled={blocked || (busy && pending !== `${item.id}:PUBLISH`)}
              aria-label={t('studio.review.publishItem', { code: item.code })}
              aria-describedby={blocked ? reasonId : undefined}
              onClick={() => onAction(item, 'PUBLISH')}
            >
              {t('studio.workflow.actions.PUBLISH')}
            </Button>
          </Group>
          {blocked ? (
            <Text id={reasonId} size="xs" c="dimmed" maw={260}>
              {t('studio.workflow.fourEyesReason')}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
