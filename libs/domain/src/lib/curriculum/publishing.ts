/**
 * The life of a module or question version: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED. Only a draft can be
 * edited; a published version never changes (attempts point at it), so editing it starts a new draft version.
 */
export const CONTENT_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export type PublishingAction = 'SUBMIT' | 'REQUEST_CHANGES' | 'PUBLISH' | 'ARCHIVE';

export interface PublishingContext {
  /** Who asks for the transition. */
  actorId: string;
  /** Who last edited the version. */
  lastEditorId: string;
  /** Four-eyes: the publisher must differ from the last editor, unless the maison relaxed the rule. */
  fourEyes: boolean;
}

export type PublishingDecision =
  | { ok: true; status: ContentStatus }
  | { ok: false; code: 'INVALID_TRANSITION' | 'FOUR_EYES_REQUIRED'; message: string };

const TRANSITIONS: Record<PublishingAction, { from: readonly ContentStatus[]; to: ContentStatus }> = {
  SUBMIT: { from: ['DRAFT'], to: 'IN_REVIEW' },
  REQUEST_CHANGES: { from: ['IN_REVIEW'], to: 'DRAFT' },
  PUBLISH: { from: ['IN_REVIEW'], to: 'PUBLISHED' },
  ARCHIVE: { from: ['PUBLISHED'], to: 'ARCHIVED' },
};

export function decidePublishing(current: ContentStatus, action: PublishingAction, context: PublishingContext): PublishingDecision {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) {
    return { ok: false, code: 'INVALID_TRANSITION', message: `A ${current.toLowerCase().replace('_', ' ')} version cannot be ${ACTION_PAST[action]}` };
  }
  if (action === 'PUBLISH' && context.fourEyes && context.actorId === context.lastEditorId) {
    return { ok: false, code: 'FOUR_EYES_REQUIRED', message: 'Another author must review and publish what you last edited' };
  }
  return { ok: true, status: transition.to };
}

const ACTION_PAST: Record<PublishingAction, string> = {
  SUBMIT: 'submitted for review',
  REQUEST_CHANGES: 'sent back for changes',
  PUBLISH: 'published',
  ARCHIVE: 'archived',
};

/** Whether a version can be edited in place; if not, an edit starts a new draft version. */
export function isEditable(status: ContentStatus): boolean {
  return status === 'DRAFT';
}
