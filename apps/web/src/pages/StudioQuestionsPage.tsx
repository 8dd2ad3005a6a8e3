import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePagedList } from '../app/paged-list';
import type { QuestionFilterInput, QuestionType } from '../generated/graphql';
import { QuestionsTable } from '../modules/questions/components/QuestionsTable';
import { StudioQuestionsDocument } from '../modules/questions/graphql/questions.graphql';
import { QUESTION_TYPES } from '../modules/questions/question-draft';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { ALL_STATUSES, ContentStatusFilter, type ContentStatusFilterValue } from '../modules/workflow/components/ContentStatusFilter';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ListPagination } from '../ui/ListPagination';
import { PageHeading } from '../ui/PageHeading';

const ALL = 'ALL';

export const QUESTIONS_PAGE_SIZE = 50;

interface QuestionFilterValues {
  search: string;
  status: ContentStatusFilterValue;
  type: QuestionType | typeof ALL;
}

function toFilterInput(values: QuestionFilterValues, search: string): QuestionFilterInput {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(values.status === ALL_STATUSES ? {} : { status: values.status }),
    ...(values.type === ALL ? {} : { type: values.type }),
  };
}

/** The question bank, one page at a time: filtered by status, type and text on the server. */
export function StudioQuestionsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { filters, setFilters, debouncedSearch, page, setPage, offset, limit, keepWithinTotal } = usePagedList<QuestionFilterValues>(
    { search: '', status: ALL_STATUSES, type: ALL },
    QUESTIONS_PAGE_SIZE,
  );
  const filter = useMemo(() => toFilterInput(filters, debouncedSearch), [filters, debouncedSearch]);
  const { data, loading, error, refetch } = useQuery(StudioQuestionsDocument, {
    variables: { locale, filter, offset, limit },
    fetchPolicy: 'cache-and-network',
  });
  keepWithinTotal(data?.questions);
  const questions = data?.questions.items ?? [];
  const total = data?.questions.total ?? 0;
  const narrowed = filter.type !== undefined || filter.search !== undefined;

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
          <ContentStatusFilter w={{ base: '100%', xs: 200 }} value={filters.status} onChange={(status) => setFilters({ ...filters, status })} />
          <Select
            label={t('studio.questions.fields.type')}
            w={{ base: '100%', xs: 220 }}
            data={[{ value: ALL, label: t('studio.questions.filters.allTypes') }, ...QUESTION_TYPES.map((value) => ({ value, label: t(`studio.questionTypes.${value}`) }))]}
            value={filters.type}
            allowDeselect={false}
            onChange={(value) => setFilters({ ...filters, type: (value ?? ALL) as QuestionFilterValues['type'] })}
          />
          <TextInput
            label={t('studio.questions.filters.search')}
            placeholder={t('studio.questions.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            w={{ base: '100%', xs: 280 }}
            value={filters.search}
            onChange={(event) => setFilters({ ...filters, search: event.currentTarget.value })}
          />
        </Group>
        {error ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('errors.loadFailed')}</ErrorNotice> : null}
        {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
        {data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('studio.questions.count', { count: total })}
          </Text>
        ) : null}
        {data && total === 0 && !narrowed ? <Text c="dimmed">{filter.status ? t('studio.questions.noneWithStatus') : t('studio.questions.none')}</Text> : null}
        {data && total === 0 && narrowed ? <Text c="dimmed">{t('studio.questions.noneMatching')}</Text> : null}
        {questions.length > 0 ? (
          <div>
            <QuestionsTable questions={questions} caption={t('studio.questions.tableCaption')} />
            <ListPagination total={total} pageSize={QUESTIONS_PAGE_SIZE} page={page} onChange={setPage} />
          </div>
        ) : null}
      </Stack>
    </section>
  );
}
