import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, PublishingAction } from '../../../generated/graphql';

export interface ModuleWorkflowActionsProps {
  status: ContentStatus;
  /** Unsaved edits: what would be submitted is the saved draft, so save first. */
  dirty: boolean;
  /** Four-eyes applies and the viewer edited this version last: someone else must publish it. */
  fourEyesBlocked: boolean;
  /** The action under way, if any. */
  pending: PublishingAction | null;
  onAction: (action: PublishingAction) => void;
}

/** The next steps of review for the latest version's status; what is not possible says why. */
export function ModuleWorkflowActions({ status, dirty, fourEyesBlocked, pending, onAction }: ModuleWorkflowActionsProps) {
  const { t } = useTranslation();
  const busy = pending !== null;
  const button = (action: PublishingAction, label: string, props: { disabled?: boolean; variant?: string; describedBy?: string } = {}) => (
    <Button
      key={action}
      variant={props.variant ?? 'filled'}
      loading={pending === action}
      disabled={props.disabled || (busy && pending !== action)}
      aria-describedby={props.describedBy}
      onClick={() => onAction(action)}
    >
      {label}
    </Button>
  );

  if (status === 'DRAFT') {
    return (
      <Stack gap={4} align="flex-end">
        {button('SUBMIT', t('studio.modules.actions.SUBMIT'), { disabled: dirty, describedBy: dirty ? 'module-submit-note' : undefined })}
        {dirty ? (
          <Text id="module-submit-note" size="xs" c="dimmed" ta="right">
            {t('studio.modules.workflow.saveFirst')}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (status === 'IN_REVIEW') {
    return (
      <Stack gap={4} align="flex-end">
        <Group gap="sm" justify="flex-end">
          {button('REQUEST_CHANGES', t('studio.modules.actions.REQUEST_CHANGES'), { variant: 'default' })}
          {button('PUBLISH', t('studio.modules.actions.PUBLISH'), { disabled: fourEyesBlocked, describedBy: fourEyesBlocked ? 'module-publish-note' : undefined })}
        </Group>
        {fourEyesBlocked ? (
          <Text id="module-publish-note" size="xs" c="dimmed" ta="right" maw={360}>
            {t('studio.modules.workflow.fourEyes')}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (status === 'PUBLISHED') return button('ARCHIVE', t('studio.modules.actions.ARCHIVE'), { variant: 'default' });
  return null;
}
