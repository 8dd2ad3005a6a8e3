import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, PublishingAction } from '../../../generated/graphql';
import { WorkflowActionButtons } from '../../workflow/components/WorkflowActionButtons';
import { workflowHold, type WorkflowHold } from '../../workflow/workflow';

const HOLD_TEXTS = { SAVE_FIRST: 'saveFirst', SAVE_OR_UNDO: 'saveOrUndo', FOUR_EYES: 'fourEyes' } as const satisfies Record<WorkflowHold, string>;

export interface ModuleWorkflowActionsProps {
  status: ContentStatus;
  /** Unsaved edits: what would be submitted is the saved draft, so save first; archiving would drop them. */
  dirty: boolean;
  /** Four-eyes applies and the viewer edited this version last: someone else must publish it. */
  fourEyesBlocked: boolean;
  /** The action under way, if any. */
  pending: PublishingAction | null;
  onAction: (action: PublishingAction) => void;
}

/** The next steps of review for the latest version's status, in the editor's bar; what is not possible says why. */
export function ModuleWorkflowActions({ status, dirty, fourEyesBlocked, pending, onAction }: ModuleWorkflowActionsProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  if (status === 'ARCHIVED') return null;
  const hold = workflowHold(status, { dirty, publishBlocked: fourEyesBlocked });
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm" justify="flex-end">
        <WorkflowActionButtons status={status} dirty={dirty} publishBlocked={fourEyesBlocked} pending={pending} onAction={onAction} reasonId={reasonId} />
      </Group>
      {hold ? (
        <Text id={reasonId} size="xs" c="dimmed" ta="right" maw={360}>
          {t(`studio.modules.workflow.${HOLD_TEXTS[hold]}`)}
        </Text>
      ) : null}
    </Stack>
  );
}
