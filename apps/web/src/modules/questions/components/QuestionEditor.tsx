import { Alert, Button, Fieldset, Grid, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesGuard } from '../../../ui/UnsavedChangesGuard';
import { apiErrorCode, issueList, type FieldIssue } from '../../../app/graphql-errors';
import { issueText } from '../../../app/issue-text';
import type { QuestionEditor_QuestionFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { contentCodeError } from '../../content-code/content-code';
import { ContentLocaleSwitch } from '../../localised-text/components/ContentLocaleSwitch';
import { useCreateQuestion, useSaveQuestionDraft } from '../hooks/useQuestionMutations';
import { contentToSave, draftFromContent, emptyDraft, issueSlot, keyChoiceIds, withType, type QuestionDraft } from '../question-draft';
import { contentLocales, textContext } from '../text-context';
import { AnswerKeyEditor } from './key-editors/AnswerKeyEditor';
import { LocalisedTextField } from './LocalisedTextField';
import { QuestionPreview } from './QuestionPreview';
import { QuestionSettingsFields } from './QuestionSettingsFields';
import { QuestionWorkflowBar } from './QuestionWorkflowBar';

export interface QuestionEditorProps {
  /** Null for a new question. */
  question: QuestionEditor_QuestionFragment | null;
  /** The maison's default locale, in which every text is written first. */
  sourceLocale: string;
  skillCodes: readonly string[];
  viewerId: string;
  fourEyesPublishing: boolean;
  onCreated?: (question: { id: string; code: string }) => void;
}

const serialised = (draft: QuestionDraft, sourceLocale: string) => JSON.stringify(contentToSave(draft, sourceLocale));

/** The version the form was last read from or saved as: what "unsaved" compares with, and what a save builds on. */
interface Baseline {
  draft: QuestionDraft;
  versionId: string;
  updatedAt: string;
}

function baselineOf(latest: QuestionEditor_QuestionFragment['latest']): Baseline {
  return { draft: draftFromContent(latest.content), versionId: latest.id, updatedAt: latest.authorship.updatedAt };
}

/**
 * The question editor: settings, texts in the chosen language, the answer key of the type, and beside it (below on
 * narrow screens) the live preview of the unsaved draft. Saving sends the whole draft, every language at once.
 */
export function QuestionEditor({ question, sourceLocale, skillCodes, viewerId, fourEyesPublishing, onCreated }: QuestionEditorProps) {
  const { t } = useTranslation();
  const { createQuestion, loading: creating } = useCreateQuestion();
  const { saveQuestionDraft, loading: saving } = useSaveQuestionDraft(question?.id ?? '');
  const [base, setBase] = useState<Baseline | null>(() => (question ? baselineOf(question.latest) : null));
  const saved = base?.draft ?? null;
  const [code, setCode] = useState('');
  const [draft, setDraft] = useState<QuestionDraft>(() => saved ?? emptyDraft());
  // While a save is on its way the form stays editable: what is typed meanwhile outlives the save (see onSubmit).
  const [sending, setSending] = useState(false);
  const [locale, setLocale] = useState(sourceLocale);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [otherIssues, setOtherIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const texts = question?.latest.texts ?? [];
  const languageOf = (value: string) => t(`locales.${value}`, { defaultValue: value });
  const context = textContext(locale, sourceLocale, texts);
  const status = question?.latest.status ?? 'DRAFT';
  const readOnly = status === 'IN_REVIEW';
  const dirty = saved ? serialised(draft, sourceLocale) !== serialised(saved, sourceLocale) : true;
  // A new question is always "dirty" for submitting, but there is nothing to lose until something is typed.
  const unsaved = saved ? dirty : code.trim() !== '' || serialised(draft, sourceLocale) !== serialised(emptyDraft(), sourceLocale);
  // Another reading of the question (a review, another author's save) refreshes a form with nothing unsaved. Unsaved
  // edits are kept instead: saving them still builds on the version they were made on (EDIT_CONFLICT, not an overwrite).
  if (question && base && !sending && !dirty && (question.latest.id !== base.versionId || question.latest.authorship.updatedAt !== base.updatedAt)) {
    const fresh = baselineOf(question.latest);
    setBase(fresh);
    setDraft(fresh.draft);
  }

  /** Checks the API would make less kindly: the code's form, a number where one is needed. */
  function localErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    const codeError = question ? undefined : contentCodeError(t, code);
    if (codeError) found['code'] = codeError;
    if (draft.key.type === 'NUMERIC') {
      if (!Number.isFinite(draft.key.value)) found['value'] = t('studio.questions.errors.number');
      if (!Number.isFinite(draft.key.tolerance) || draft.key.tolerance < 0) found['tolerance'] = t('studio.questions.errors.tolerance');
    }
    return found;
  }

  /** Puts each API issue next to its field; what no field shows goes in the list above the form. */
  function showIssues(issues: FieldIssue[]) {
    const shown = new Set(keyChoiceIds(draft.key).map((id) => `choice:${id}`));
    const placed: Record<string, string> = {};
    const others: FieldIssue[] = [];
    for (const issue of issues) {
      const slot = issueSlot(issue.field);
      const visible = slot !== null && (slot.startsWith('choice:') ? shown.has(slot) : slot === 'code' ? !question : ['value', 'tolerance', 'unit'].includes(slot) ? draft.key.type === 'NUMERIC' : true);
      const text = issueText(t, issue);
      if (slot && visible) placed[slot] = placed[slot] ? `${placed[slot]} · ${text}` : text;
      else others.push(issue);
    }
    setErrors(placed);
    setOtherIssues(others);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setOtherIssues([]);
    const local = localErrors();
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFormError(t('errors.checkFields'));
      return;
    }
    const content = contentToSave(draft, sourceLocale);
    const sent = draft;
    setSending(true);
    try {
      if (question && base) {
        const updated = await saveQuestionDraft(content, base.updatedAt);
        // What was sent is now saved (a published question's save starts a new version); anything typed since the
        // request left stays in the form, unsaved.
        setBase({ draft: sent, versionId: updated?.latest.id ?? base.versionId, updatedAt: updated?.latest.authorship.updatedAt ?? base.updatedAt });
        notifications.show({ color: 'green', message: t('studio.questions.saved', { version: updated?.latest.version ?? question.latest.version }) });
      } else {
        const created = await createQuestion(code.trim(), content);
        if (created) onCreated?.(created);
      }
    } catch (caught) {
      switch (apiErrorCode(caught)) {
        case 'CODE_TAKEN':
          setErrors({ code: t('studio.questions.errors.codeTaken') });
          setFormError(t('errors.checkFields'));
          break;
        case 'VALIDATION_FAILED':
          showIssues(issueList(caught));
          setFormError(t('errors.checkFields'));
          break;
        case 'CONTENT_IN_REVIEW':
          setFormError(t('studio.workflow.errors.inReview'));
          break;
        case 'EDIT_CONFLICT':
          setFormError(t('studio.workflow.errors.editConflict'));
          break;
        default:
          setFormError(t('errors.generic'));
      }
    } finally {
      setSending(false);
    }
  }

  const nextVersionNote = question && (status === 'PUBLISHED' || status === 'ARCHIVED') ? t('studio.questions.newVersionNote', { version: question.latest.version + 1 }) : null;

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard unsaved={unsaved} />
      {question ? <QuestionWorkflowBar question={question} viewerId={viewerId} fourEyesPublishing={fourEyesPublishing} dirty={dirty} /> : null}
      <Grid gap={{ base: 'lg', md: 'xl' }}>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form onSubmit={onSubmit} noValidate aria-label={question ? t('studio.questions.editLabel', { code: question.code }) : t('studio.questions.createTitle')}>
            <Stack gap="lg">
              {readOnly ? (
                <Alert color="gold" variant="light" role="status">
                  {t('studio.questions.readOnly')}
                </Alert>
              ) : null}
              {formError ? (
                <ErrorNotice>
                  {formError}
                  {otherIssues.length ? (
                    <List size="sm" mt="xs">
                      {otherIssues.map((issue, index) => (
                        <List.Item key={`${issue.field}-${index}`}>
                          <code>{issue.field}</code> — {issueText(t, issue)}
                        </List.Item>
                      ))}
                    </List>
                  ) : null}
                </ErrorNotice>
              ) : null}
              <ContentLocaleSwitch
                label={t('studio.questions.contentLanguage')}
                locales={contentLocales(sourceLocale, texts)}
                sourceLocale={sourceLocale}
                value={locale}
                onChange={setLocale}
                texts={texts.map((entry) => entry.text)}
                help={locale === sourceLocale ? t('studio.questions.editingSource') : t('studio.questions.editingTranslation', { language: languageOf(locale), source: languageOf(sourceLocale) })}
              />
              <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} miw={0}>
                <Stack gap="xl">
                  <EditorSection id="question-settings" title={t('studio.questions.sections.settings')}>
                    <QuestionSettingsFields
                      code={question ? null : code}
                      onCodeChange={setCode}
                      type={draft.key.type}
                      onTypeChange={(type) => setDraft((current) => withType(current, type))}
                      skills={draft.skills}
                      skillCodes={skillCodes}
                      onSkillsChange={(skills) => setDraft((current) => ({ ...current, skills }))}
                      difficulty={draft.difficulty}
                      onDifficultyChange={(difficulty) => setDraft((current) => ({ ...current, difficulty }))}
                      errors={errors}
                    />
                  </EditorSection>
                  <EditorSection id="question-texts" title={t('studio.questions.sections.texts')}>
                    <Stack gap="md">
                      <LocalisedTextField
                        label={t('studio.questions.fields.prompt')}
                        texts={draft.presentation.prompt}
                        path="prompt"
                        context={context}
                        multiline
                        error={errors['prompt']}
                        onChange={(prompt) => setDraft((current) => ({ ...current, presentation: { ...current.presentation, prompt } }))}
                      />
                      <LocalisedTextField
                        label={t('studio.questions.fields.explanation')}
                        texts={draft.presentation.explanation}
                        path="explanation"
                        context={context}
                        multiline
                        error={errors['explanation']}
                        onChange={(explanation) => setDraft((current) => ({ ...current, presentation: { ...current.presentation, explanation } }))}
                      />
                    </Stack>
                  </EditorSection>
                  <EditorSection id="question-key" title={t('studio.questions.sections.key')}>
                    <AnswerKeyEditor draft={draft} onChange={setDraft} context={context} errors={errors} />
                  </EditorSection>
                  <Stack gap={6} align="flex-end">
                    <Button type="submit" loading={creating || saving}>
                      {question ? t('studio.questions.saveDraft') : t('studio.questions.createSubmit')}
                    </Button>
                    {nextVersionNote ? (
                      <Text size="xs" c="dimmed" ta="right">
                        {nextVersionNote}
                      </Text>
                    ) : null}
                  </Stack>
                </Stack>
              </Fieldset>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
            <QuestionPreview key={draft.key.type} draft={draft} locale={locale} sourceLocale={sourceLocale} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} id={id} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
