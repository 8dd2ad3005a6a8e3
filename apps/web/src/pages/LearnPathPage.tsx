import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GapList } from '../modules/learn/components/GapList';
import { KnownSkills } from '../modules/learn/components/KnownSkills';
import { PersonalPathSteps } from '../modules/learn/components/PersonalPathSteps';
import { MyGapsDocument, MyPathDocument, MySkillsDocument } from '../modules/learn/graphql/adaptive.graphql';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { useRetryWhenBackOnline } from '../modules/learn/hooks/useRetryWhenBackOnline';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** "Your path": each step in order and why it is there, then what to work on next, each point explained, then what the advisor already knows. */
export function LearnPathPage() {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const path = useQuery(MyPathDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const gaps = useQuery(MyGapsDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const skills = useQuery(MySkillsDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const personal = path.data?.myPath;
  const gapList = gaps.data?.myGaps;
  const failed = [path, gaps, skills].filter((query) => query.error);
  useRetryWhenBackOnline(failed.length > 0, () => Promise.all(failed.map((query) => query.refetch())));

  return (
    <>
      <PageHeading title={t('learn.path.title')} subtitle={personal ? t('learn.personalPath.subtitle', { program: personal.programTitle }) : undefined} />
      <Stack gap="xl" maw={720}>
        {path.data ? (
          personal ? (
            <PersonalPathSteps path={personal} gaps={gapList ?? []} headingId="learn-personal-path" />
          ) : (
            <Text c="dimmed">{t('learn.personalPath.none')}</Text>
          )
        ) : path.loading ? (
          <CenteredLoader label={t('common.loading')} />
        ) : (
          <ErrorNotice onRetry={() => void path.refetch().catch(() => undefined)}>{t('learn.personalPath.loadFailed')}</ErrorNotice>
        )}
        {gapList ? (
          personal || gapList.length > 0 ? (
            <GapList gaps={gapList} headingId="learn-gaps" />
          ) : null
        ) : gaps.loading ? null : (
          <ErrorNotice onRetry={() => void gaps.refetch().catch(() => undefined)}>{t('learn.gaps.loadFailed')}</ErrorNotice>
        )}
        {skills.data ? (
          personal || skills.data.mySkills.length > 0 ? (
            <KnownSkills skills={skills.data.mySkills} headingId="learn-known" />
          ) : null
        ) : skills.loading ? null : (
          <ErrorNotice onRetry={() => void skills.refetch().catch(() => undefined)}>{t('learn.known.loadFailed')}</ErrorNotice>
        )}
      </Stack>
    </>
  );
}
