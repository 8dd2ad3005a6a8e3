import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionsTable_QuestionFragment, QuestionType } from '../generated/graphql';
import { QuestionsTable } from '../modules/questions/components/QuestionsTable';
import { StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { QUESTION_TYPES } from '../modules/questions/question-draft';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { ALL_STATUSES, ContentStatusFilter, type ContentStatusFilterValue } from '../modules/workflow/components/ContentStatusFilter';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

const ALL = 'ALL';

/** Lower case without accents, so "ecrin" finds "Écrin". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function matches(question: QuestionsTable_QuestionFragment, search: string): boolean {
  const needle = folded(search.trim());
  if (!needle) return true;
  return [question.code, question.latest.prompt.text, ...question.latest.skills].some((text) => folded(text).includes(needle));
}

/** The question bank: filtered by status on the server, by type and text here. */
export function StudioQuestionsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const [status, setStatus] = useState<ContentStatusFilterValue>(ALL_STATUSES);
  const [type, setType] = useState<QuestionType | typeof ALL>(ALL);
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(StudioQuestionsDocument, {
    variables: status === ALL_STATUSES ? { locale } : { locale, status },
    fetchPolicy: 'cache-and-network',
  });
  const questions = data?.questions ?? [];
  const shown = questions.filter((question) => (type === ALL || question.latest.type === type) && matches(question, search));

  return (
    <section aria-labelledby="questions-heading">
      <PageHeading
        order={2}
        id="questions-heading"
        title={t('studio.sections.questions')}
        subtitle={t('studio.questions.subtitle')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/studio/questions/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden="true" />}>
              {t('studio.questions.importCsv')}
            </Button>
            <Button component={Link} to="/studio/questions/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
              {t('studio.questions.create')}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <ContentStatusFilter w={{ base: '100%', xs: 200 }} value={status} onChange={setStatus} />
          <Select
            label={t('studio.questions.fields.type')}
            w={{ base: '100%', xs: 220 }}
            data={[{ value: ALL, label: t('studio.questions.filters.allTypes') }, ...QUESTION_TYPES.map((value) => ({ value, label: t(`studio.questionTypes.${value}`) }))]}
            value={type}
            allowDeselect={false}
            onChange={(value) => setType((value ?? ALL) as QuestionType | typeof ALL)}
          />
          <TextInput
            label={t('studio.questions.filters.search')}
            placeholder={t('studio.questions.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            w={{ base: '100%', xs: 280 }}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </Group>
        {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
        {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
        {data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('studio.questions.count', { count: shown.length })}
          </Text>
        ) : null}
        {data && questions.length === 0 ? <Text c="dimmed">{status === ALL_STATUSES ? t('studio.questions.none') : t('studio.questions.noneWithStatus')}</Text> : null}
        {data && questions.length > 0 && shown.length === 0 ? <Text c="dimmed">{t('studio.questions.noneMatching')}</Text> : null}
        {shown.length > 0 ? <QuestionsTable questions={shown} caption={t('studio.questions.tableCaption')} /> : null}
      </Stack>
    </section>
  );
}
