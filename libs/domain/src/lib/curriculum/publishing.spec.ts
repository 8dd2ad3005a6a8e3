import { CONTENT_STATUSES, decidePublishing, isEditable, type PublishingAction } from './publishing';

const twoAuthors = { actorId: 'reviewer', lastEditorId: 'author', fourEyes: true };

describe('publishing workflow', () => {
  it('goes draft → in review → published → archived', () => {
    expect(decidePublishing('DRAFT', 'SUBMIT', twoAuthors)).toEqual({ ok: true, status: 'IN_REVIEW' });
    expect(decidePublishing('IN_REVIEW', 'PUBLISH', twoAuthors)).toEqual({ ok: true, status: 'PUBLISHED' });
    expect(decidePublishing('PUBLISHED', 'ARCHIVE', twoAuthors)).toEqual({ ok: true, status: 'ARCHIVED' });
    expect(decidePublishing('IN_REVIEW', 'REQUEST_CHANGES', twoAuthors)).toEqual({ ok: true, status: 'DRAFT' });
  });

  it('requires a second pair of eyes to publish, unless the maison relaxed it', () => {
    const self = { actorId: 'author', lastEditorId: 'author', fourEyes: true };
    expect(decidePublishing('IN_REVIEW', 'PUBLISH', self)).toEqual({ ok: false, code: 'FOUR_EYES_REQUIRED', message: 'Another author must review and publish what you last edited' });
    expect(decidePublishing('IN_REVIEW', 'PUBLISH', { ...self, fourEyes: false })).toEqual({ ok: true, status: 'PUBLISHED' });
  });

  it('refuses every transition not in the workflow, with a message', () => {
    const allowed = new Set(['DRAFT:SUBMIT', 'IN_REVIEW:PUBLISH', 'IN_REVIEW:REQUEST_CHANGES', 'PUBLISHED:ARCHIVE']);
    for (const status of CONTENT_STATUSES) {
      for (const action of ['SUBMIT', 'REQUEST_CHANGES', 'PUBLISH', 'ARCHIVE'] as PublishingAction[]) {
        expect(decidePublishing(status, action, twoAuthors).ok).toBe(allowed.has(`${status}:${action}`));
      }
    }
    expect(decidePublishing('PUBLISHED', 'SUBMIT', twoAuthors)).toEqual({ ok: false, code: 'INVALID_TRANSITION', message: 'A published version cannot be submitted for review' });
  });

  it('edits only drafts in place: a published version is immutable', () => {
    expect(CONTENT_STATUSES.filter(isEditable)).toEqual(['DRAFT']);
  });
});
