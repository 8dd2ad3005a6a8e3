import type { TFunction } from 'i18next';
import { apiErrorCode, issuesText } from '../../app/graphql-errors';
import type { ContentStatus } from '../../generated/graphql';

/** Every status of a version, in the order of the workflow. */
export const CONTENT_STATUSES: readonly ContentStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

export interface PublishRule {
  /** The maison's four-eyes setting. */
  fourEyesPublishing: boolean;
  viewerId: string;
  lastEditorId: string;
}

/** Under four-eyes publishing, the last editor of a version cannot publish it: someone else reviews it. */
export function publishBlocked({ fourEyesPublishing, viewerId, lastEditorId }: PublishRule): boolean {
  return fourEyesPublishing && viewerId === lastEditorId;
}

/** What a refused review action means, in the reader's language, with what is missing for MODULE_NOT_READY and an incomplete draft. */
export function workflowErrorMessage(t: TFunction, error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'FOUR_EYES_REQUIRED':
      return t('studio.workflow.errors.fourEyes');
    case 'MODULE_NOT_READY':
      return t('studio.workflow.errors.moduleNotReady', { message: issuesText(t, error) });
    case 'INVALID_TRANSITION':
      return t('studio.workflow.errors.invalidTransition');
    case 'CONTENT_IN_REVIEW':
      return t('studio.workflow.errors.inReview');
    case 'VALIDATION_FAILED':
      return t('studio.workflow.errors.incomplete', { message: issuesText(t, error) });
    case 'NOT_FOUND':
      return t('studio.workflow.errors.notFound');
    default:
      return t('errors.generic');
  }
}

/**
 * Why the next review step is held back, if it is: unsaved edits before submitting (review sees the saved version) or
 * archiving (they would be dropped, or left over a retired version), four-eyes before publishing.
 */
export type WorkflowHold = 'SAVE_FIRST' | 'SAVE_OR_UNDO' | 'FOUR_EYES';

export function workflowHold(status: ContentStatus, { dirty, publishBlocked }: { dirty: boolean; publishBlocked: boolean }): WorkflowHold | null {
  if (status === 'DRAFT' && dirty) return 'SAVE_FIRST';
  if (status === 'PUBLISHED' && dirty) return 'SAVE_OR_UNDO';
  if (status === 'IN_REVIEW' && publishBlocked) return 'FOUR_EYES';
  return null;
}
