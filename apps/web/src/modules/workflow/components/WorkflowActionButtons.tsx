import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, PublishingAction } from '../../../generated/graphql';

export interface WorkflowActionButtonsProps {
  status: ContentStatus;
  /** Unsaved edits: what would be submitted is the saved version, so Submit waits for a save; Archive would lose them. */
  dirty: boolean;
  /** Four-eyes applies and the viewer edited the version last: someone else must publish it (see publishBlocked). */
  publishBlocked: boolean;
  /** The action under way, if any: it spins, the others wait. */
  pending: PublishingAction | null;
  onAction: (action: PublishingAction) => void;
  /** The id of the text saying why an action is held back (see workflowHold): it describes the disabled button. */
  reasonId?: string;
}

/** The review steps a version's status allows: Submit a draft; Request changes or Publish one in review; Archive a published one. */
export function WorkflowActionButtons({ status, dirty, publishBlocked, pending, onAction, reasonId }: WorkflowActionButtonsProps) {
  const { t } = useTranslation();
  const button = (action: PublishingAction, { variant = 'default', disabled = false }: { variant?: 'default' | 'filled'; disabled?: boolean } = {}) => (
    <Button
      key={action}
      variant={variant}
      loading={pending === action}
      disabled={disabled || (pending !== null && pending !== action)}
      aria-describedby={disabled ? reasonId : undefined}
      onClick={() => onAction(action)}
    >
      {t(`studio.workflow.actions.${action}`)}
    </Button>
  );

  switch (status) {
    case 'DRAFT':
      return button('SUBMIT', { variant: 'filled', disabled: dirty });
    case 'IN_REVIEW':
      return (
        <>
          {button('REQUEST_CHANGES')}
          {button('PUBLISH', { variant: 'filled', disabled: publishBlocked })}
        </>
      );
    case 'PUBLISHED':
      return button('ARCHIVE', { disabled: dirty });
    default:
      return null;
  }
}
