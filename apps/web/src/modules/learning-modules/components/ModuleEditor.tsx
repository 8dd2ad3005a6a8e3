import { Alert, Button, Fieldset, Group, List, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesGuard } from '../../../ui/UnsavedChangesGuard';
import { apiErrorCode, issueList, issuesText } from '../../../app/graphql-errors';
import { issueText } from '../../../app/issue-text';
import type { ModuleEditor_VersionFragment, PublishingAction } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { PageSection } from '../../../ui/PageSection';
import { publishBlocked } from '../../workflow/workflow';
import { afterSave, toDraft, toEditorState, type EditorState } from '../editor-state';
import { useReviewModule, useSaveModuleDraft } from '../hooks/useModuleMutations';
import { draftContent, draftFieldPaths, parseModuleDraft, placeIssues, type ModuleDraft, type PlacedIssues } from '../module-draft';
import { LessonBlocksEditor } from './LessonBlocksEditor';
import { ModuleDetailsFields, type SkillOption } from './ModuleDetailsFields';
import { ModuleEditorContext, type ModuleEditorContextValue, type SavedText } from './module-editor-context';
import { ModuleQuestionsEditor } from './ModuleQuestionsEditor';
import { ModuleVersionLine } from './ModuleVersionLine';
import { ModuleWorkflowActions } from './ModuleWorkflowActions';

export interface ModuleEditorProps {
  moduleId: string;
  latest: ModuleEditor_VersionFragment;
  published: { version: number } | null;
  viewerId: string;
  fourEyesPublishing: boolean;
  /** The maison's default locale: the source of every text. */
  sourceLocale: string;
  /** The locale being edited. */
  locale: string;
  skills: ReadonlyArray<SkillOption>;
}

/** What the form was last read from or saved as: what "unsaved" compares with, and when it was saved (what a save builds on). */
interface Baseline {
  draft: ModuleDraft;
  versionId: string;
  updatedAt: string;
}

function baselineOf(latest: ModuleEditor_VersionFragment): Baseline {
  return { draft: parseModuleDraft(latest.content), versionId: latest.id, updatedAt: latest.authorship.updatedAt };
}

interface Notice {
  title?: string;
  message: string;
}

const LOCALE_KEY = /^[a-z]{2}(-[A-Z]{2})?$/;

/** Two drafts are the same when they differ only by empty translations (which saving would not keep anyway). */
function comparable(draft: ModuleDraft, sourceLocale: string): string {
  return JSON.stringify(draftContent(draft, sourceLocale), (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const entries = Object.entries(value);
    if (entries.length === 0 || !entries.every(([key, text]) => LOCALE_KEY.test(key) && typeof text === 'string')) return value;
    return Object.fromEntries(entries.filter(([key, text]) => key === sourceLocale || text !== ''));
  });
}

/**
 * The editor of a module's latest version: texts in the chosen locale, blocks, questions, then "Save draft" sends
 * the whole draft. Review moves the saved version on; while it is in review the form is read-only.
 */
export function ModuleEditor({ moduleId, latest, published, viewerId, fourEyesPublishing, sourceLocale, locale, skills }: ModuleEditorProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState<Baseline>(() => baselineOf(latest));
  const [state, setState] = useState<EditorState>(() => toEditorState(base.draft));
  // While a save is on its way the form stays editable: what is typed meanwhile outlives the save (see onSave).
  const [sending, setSending] = useState(false);
  const [issues, setIssues] = useState<PlacedIssues | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PublishingAction | null>(null);
  const { saveDraft, loading: saving } = useSaveModuleDraft(moduleId);
  const { reviewModule } = useReviewModule(moduleId);

  const savedTexts = useMemo(() => new Map<string, SavedText>(latest.texts.map((field) => [field.path, field.text])), [latest.texts]);
  const context = useMemo<ModuleEditorContextValue>(
    () => ({ locale, sourceLocale, savedText: (path) => savedTexts.get(path), issue: (path) => issues?.byField[path] }),
    [locale, sourceLocale, savedTexts, issues],
  );

  const draft = toDraft(state);
  const dirty = comparable(draft, sourceLocale) !== comparable(base.draft, sourceLocale);
  // Another reading of the module (a review, another author's save) refreshes a form with nothing unsaved. Unsaved
  // edits are kept instead: saving them still builds on the version they were made on, so the API answers
  // EDIT_CONFLICT rather than overwrite the other author's work.
  if (!sending && !dirty && (latest.id !== base.versionId || latest.authorship.updatedAt !== base.updatedAt)) {
    const fresh = baselineOf(latest);
    setBase(fresh);
    setState(toEditorState(fresh.draft));
  }
  const readOnly = latest.status === 'IN_REVIEW';
  const fourEyesBlocked = publishBlocked({ fourEyesPublishing, viewerId, lastEditorId: latest.authorship.lastEditorId });

  function update(patch: Partial<EditorState>) {
    setState((previous) => ({ ...previous, ...patch }));
  }

  function showError(caught: unknown) {
    switch (apiErrorCode(caught)) {
      case 'VALIDATION_FAILED':
        setIssues(placeIssues(issueList(caught).map((issue) => ({ field: issue.field, message: issueText(t, issue) })), draftFieldPaths(draft)));
        setNotice({ message: t('errors.checkFields') });
        return;
      case 'CONTENT_IN_REVIEW':
        setNotice({ message: t('studio.workflow.errors.inReview') });
        return;
      case 'EDIT_CONFLICT':
        setNotice({ message: t('studio.workflow.errors.editConflict') });
        return;
      case 'FOUR_EYES_REQUIRED':
        setNotice({ message: t('studio.modules.errors.fourEyes') });
        return;
      case 'MODULE_NOT_READY':
        setNotice({ title: t('studio.modules.errors.notReady'), message: issuesText(t, caught) || t('errors.generic') });
        return;
      case 'INVALID_TRANSITION':
        setNotice({ title: t('studio.modules.errors.invalidTransition'), message: t('studio.workflow.errors.invalidTransition') });
        return;
      default:
        setNotice({ message: t('errors.generic') });
    }
  }

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readOnly || !dirty) return;
    setNotice(null);
    setIssues(null);
    if (state.estimatedMinutes === '') {
      setIssues({ byField: { estimatedMinutes: t('studio.modules.errors.minutesRequired') }, unplaced: [] });
      setNotice({ message: t('errors.checkFields') });
      return;
    }
    const sent = state;
    setSending(true);
    try {
      const module = await saveDraft(draft, sourceLocale, base.updatedAt);
      // What was sent is now saved; anything typed since the request left stays in the form, unsaved.
      setBase({ draft, versionId: module?.latest.id ?? base.versionId, updatedAt: module?.latest.authorship.updatedAt ?? base.updatedAt });
      setState((current) => afterSave(current, sent));
      notifications.show({ color: 'green', message: t('studio.modules.saved') });
    } catch (caught) {
      showError(caught);
    } finally {
      setSending(false);
    }
  }

  async function onAction(action: PublishingAction) {
    setNotice(null);
    setIssues(null);
    setPending(action);
    try {
      await reviewModule(action);
      notifications.show({ color: 'green', message: t(`studio.modules.workflow.done.${action}`) });
    } catch (caught) {
      showError(caught);
    } finally {
      setPending(null);
    }
  }

  return (
    <ModuleEditorContext.Provider value={context}>
      <form onSubmit={onSave} noValidate aria-label={t('studio.modules.editor.formLabel')}>
        <UnsavedChangesGuard unsaved={dirty} />
        <Stack gap="lg">
          {/* Saving and review stay in reach while scrolling a long lesson; on a phone the bar scrolls away with the page. */}
          <Paper p={{ base: 'sm', sm: 'md' }} bg="white" withBorder pos={{ base: 'static', sm: 'sticky' }} top="var(--app-shell-header-offset, 0px)" style={{ zIndex: 3 }}>
            <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
              <ModuleVersionLine latest={latest} published={published} />
              <Group gap="sm" align="flex-start" justify="flex-end" wrap="wrap">
                {readOnly ? null : (
                  <Stack gap={4} align="flex-end">
                    <Button type="submit" variant={latest.status === 'DRAFT' ? 'default' : 'filled'} loading={saving} disabled={!dirty || pending !== null}>
                      {t('studio.modules.saveDraft')}
                    </Button>
                    <Text size="xs" c="dimmed" aria-live="polite">
                      {dirty ? t('studio.modules.editor.unsaved') : t('studio.modules.editor.allSaved')}
                    </Text>
                  </Stack>
                )}
                <ModuleWorkflowActions status={latest.status} dirty={dirty} fourEyesBlocked={fourEyesBlocked} pending={pending} onAction={(action) => void onAction(action)} />
              </Group>
            </Group>
          </Paper>

          {notice ? (
            <ErrorNotice title={notice.title}>
              {notice.message}
              {issues && issues.unplaced.length > 0 ? (
                <List size="sm" mt="xs" data-testid="module-issues">
                  {issues.unplaced.map((issue, index) => (
                    <List.Item key={index}>{t('studio.modules.editor.issue', { field: issue.field, message: issue.message })}</List.Item>
                  ))}
                </List>
              ) : null}
            </ErrorNotice>
          ) : null}

          {readOnly ? (
            <Alert role="note" color="gold" variant="light" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
              {t('studio.modules.editor.inReviewNote')}
            </Alert>
          ) : null}
          {latest.status === 'PUBLISHED' || latest.status === 'ARCHIVED' ? (
            <Text size="sm" c="dimmed">
              {t(`studio.modules.editor.newVersionNote.${latest.status}`, { next: latest.version + 1 })}
            </Text>
          ) : null}

          <Fieldset disabled={readOnly} variant="unstyled" p={0} m={0} style={{ minWidth: 0 }}>
            <Stack gap="xl">
              <PageSection id="module-details" title={t('studio.modules.editor.details')}>
                <ModuleDetailsFields state={state} onChange={update} skills={skills} />
              </PageSection>
              <PageSection id="module-blocks" title={t('studio.modules.editor.blocks')}>
                <LessonBlocksEditor blocks={state.blocks} onChange={(blocks) => update({ blocks })} />
              </PageSection>
              <PageSection id="module-questions" title={t('studio.modules.editor.questions')}>
                <ModuleQuestionsEditor codes={state.questions} onChange={(questions) => update({ questions })} />
              </PageSection>
            </Stack>
          </Fieldset>
        </Stack>
      </form>
    </ModuleEditorContext.Provider>
  );
}
