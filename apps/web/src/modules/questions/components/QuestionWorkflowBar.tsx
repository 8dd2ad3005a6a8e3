import { Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingAction, QuestionEditor_QuestionFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ContentStatusBadge } from '../../workflow/components/ContentStatusBadge';
import { WorkflowActionButtons } from '../../workflow/components/WorkflowActionButtons';
import { publishBlocked, workflowErrorMessage, workflowHold, type WorkflowHold } from '../../workflow/workflow';
import { useReviewQuestion } from '../hooks/useQuestionMutations';

const HOLD_TEXTS = { SAVE_FIRST: 'saveFirst', SAVE_OR_UNDO: 'saveOrUndo', FOUR_EYES: 'fourEyesReason' } as const satisfies Record<WorkflowHold, string>;

export interface QuestionWorkflowBarProps {
  question: QuestionEditor_QuestionFragment;
  viewerId: string;
  fourEyesPublishing: boolean;
  /** Unsaved edits: submitting would send the saved version, not what is on screen; archiving would leave them over it. */
  dirty: boolean;
}

/** Where the latest version stands, and the review step it can take next: submit, request changes, publish, archive. */
export function QuestionWorkflowBar({ question, viewerId, fourEyesPublishing, dirty }: QuestionWorkflowBarProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const { reviewQuestion } = useReviewQuestion(question.id);
  const [pending, setPending] = useState<PublishingAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { latest, published } = question;
  const blocked = publishBlocked({ fourEyesPublishing, viewerId, lastEditorId: latest.authorship.lastEditorId });

  async function run(action: PublishingAction) {
    setError(null);
    setPending(action);
    try {
      await reviewQuestion(action);
      notifications.show({ color: 'green', message: t(`studio.workflow.done.${action}`, { code: question.code }) });
    } catch (caught) {
      setError(workflowErrorMessage(t, caught));
    } finally {
      setPending(null);
    }
  }

  const hold = workflowHold(latest.status, { dirty, publishBlocked: blocked });
  const reason = hold ? t(`studio.workflow.${HOLD_TEXTS[hold]}`) : null;

  return (
    <Paper p={{ base: 'sm', sm: 'md' }} bg="white">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <ContentStatusBadge status={latest.status} />
              <Text size="sm" fw={500}>
                {t('studio.workflow.version', { version: latest.version })}
              </Text>
              <Text size="sm" c="dimmed">
                {published ? t('studio.workflow.publishedVersion', { version: published.version }) : t('studio.workflow.notPublished')}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('studio.workflow.lastEdited', { name: latest.authorship.lastEditorName, date: new Date(latest.authorship.updatedAt) })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="wrap">
            <WorkflowActionButtons status={latest.status} dirty={dirty} publishBlocked={blocked} pending={pending} onAction={(action) => void run(action)} reasonId={reasonId} />
          </Group>
        </Group>
        {reason ? (
          <Text id={reasonId} size="sm" c="dimmed">
            {reason}
          </Text>
        ) : null}
        {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      </Stack>
    </Paper>
  );
}
