import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode, issuesText } from '../app/graphql-errors';
import { AddCohortMembers } from '../modules/cohorts/components/AddCohortMembers';
import { CohortFormModal } from '../modules/cohorts/components/CohortFormModal';
import { CohortKindBadge } from '../modules/cohorts/components/CohortKindBadge';
import { CohortMembersTable } from '../modules/cohorts/components/CohortMembersTable';
import { AdminCohortDocument } from '../modules/cohorts/graphql/cohorts.graphql';
import { useCohortMembers } from '../modules/cohorts/hooks/useCohortMutations';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';

export function AdminCohortPage() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminCohortDocument, { variables: { id: cohortId } });
  const { addMembers, removeMembers, loading: saving } = useCohortMembers(cohortId);
  const [editing, setEditing] = useState(false);
  const cohort = data?.cohort;

  /** Runs a change and says how it went; resolves to whether it succeeded. */
  async function run(action: () => Promise<void>, success: string): Promise<boolean> {
    try {
      await action();
      notifications.show({ color: 'green', message: success });
      return true;
    } catch (caught) {
      // A refusal with reasons (adding someone who is not an advisor: NOT_AN_ADVISOR) says them.
      notifications.show({ color: 'red', message: issuesText(t, caught) || t('errors.generic') });
      return false;
    }
  }

  return (
    <section aria-labelledby="cohort-heading">
      <BackLink to="/admin/cohorts">{t('cohorts.back')}</BackLink>
      {error ? <ErrorNotice>{apiErrorCode(error) === 'NOT_FOUND' ? t('cohorts.notFound') : t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {cohort ? (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={4}>
              <Title order={2} id="cohort-heading">
                {cohort.name}
              </Title>
              <Group gap="xs">
                <CohortKindBadge kind={cohort.kind} />
                <Text size="sm" c="dimmed">
                  {t('cohorts.memberCount', { count: cohort.memberCount })}
                </Text>
              </Group>
            </Stack>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          </Group>
          {cohort.description ? <Text c="dimmed">{cohort.description}</Text> : null}
          <Paper p={{ base: 'md', sm: 'lg' }} bg="white">
            <Stack gap="lg">
              <AddCohortMembers
                existingMemberIds={cohort.members.map((member) => member.id)}
                loading={saving}
                onAdd={(ids) => run(() => addMembers(ids), t('cohorts.membersAdded', { count: ids.length }))}
              />
              <CohortMembersTable cohort={cohort} loading={saving} onRemove={(id) => void run(() => removeMembers([id]), t('cohorts.memberRemoved'))} />
            </Stack>
          </Paper>
          <CohortFormModal opened={editing} cohort={cohort} onClose={() => setEditing(false)} />
        </Stack>
      ) : null}
    </section>
  );
}
