import { useQuery } from '@apollo/client/react';
import { Paper, SegmentedControl, Stack, Switch, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderboardScope } from '../../../generated/graphql';
import { LeaderboardDocument } from '../graphql/learn.graphql';
import { useLeaderboardConsent } from '../hooks/useLearnMutations';
import { useRetryWhenBackOnline } from '../hooks/useRetryWhenBackOnline';
import classes from './Learn.module.css';

/** ISO week `2026-W48` → 48. */
function weekNumber(week: string): number | null {
  const match = /W(\d{1,2})$/.exec(week);
  return match ? Number(match[1]) : null;
}

/**
 * The weekly leaderboard, opt-in only: off until the advisor turns it on, with one sentence on what colleagues
 * see. Once on, the window around their own rank, in the boutique or the region.
 */
export function LeaderboardSection({ optedIn }: { optedIn: boolean }) {
  const { t } = useTranslation();
  const { setConsent, loading } = useLeaderboardConsent();
  const [failed, setFailed] = useState(false);
  const [scope, setScope] = useState<LeaderboardScope>('BOUTIQUE');

  async function toggle(optIn: boolean) {
    setFailed(false);
    try {
      await setConsent(optIn);
    } catch {
      setFailed(true);
    }
  }

  return (
    <Paper component="section" aria-labelledby="learn-leaderboard" p={{ base: 'md', sm: 'lg' }} bg="white">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} id="learn-leaderboard" fz="h3">
            {t('learn.leaderboard.title')}
          </Title>
          <Text size="sm" c="dimmed" id="learn-leaderboard-help" maw={640}>
            {t('learn.leaderboard.explain')}
          </Text>
        </Stack>
        <Switch
          checked={optedIn}
          onChange={(event) => void toggle(event.currentTarget.checked)}
          disabled={loading}
          label={t('learn.leaderboard.optIn')}
          color="gold"
          aria-describedby="learn-leaderboard-help"
        />
        {failed ? (
          <Text size="sm" c="dimmed" role="status">
            {t('learn.leaderboard.consentFailed')}
          </Text>
        ) : null}
        {optedIn ? (
          <>
            <SegmentedControl
              value={scope}
              onChange={(value) => setScope(value as LeaderboardScope)}
              data={[
                { value: 'BOUTIQUE', label: t('learn.leaderboard.scope.BOUTIQUE') },
                { value: 'REGION', label: t('learn.leaderboard.scope.REGION') },
              ]}
              aria-label={t('learn.leaderboard.scopeLabel')}
              color="ink"
              fullWidth
              maw={360}
            />
            <LeaderboardWindow scope={scope} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function LeaderboardWindow({ scope }: { scope: LeaderboardScope }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LeaderboardDocument, { variables: { scope }, fetchPolicy: 'cache-and-network' });
  useRetryWhenBackOnline(error !== undefined, refetch);
  const board = data?.leaderboard;
  if (!board) {
    if (loading) return <Text size="sm" c="dimmed">{t('common.loading')}</Text>;
    return error ? <Text size="sm" c="dimmed">{t('learn.leaderboard.unavailable')}</Text> : null;
  }
  if (!board.optedIn) return null;
  const week = weekNumber(board.week);
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {week !== null ? t('learn.leaderboard.week', { week }) : board.week} · {t('learn.leaderboard.total', { count: board.total })}
      </Text>
      {board.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('learn.leaderboard.empty')}
        </Text>
      ) : (
        <ol className={classes.list} aria-label={t('learn.leaderboard.listLabel', { scope: t(`learn.leaderboard.scope.${scope}`) })}>
          {board.rows.flatMap((row) => [
            ...(row.gapBefore
              ? [
                  <li key={`gap-${row.rank}`} className={classes.gap}>
                    <span aria-hidden="true">···</span>
                    <VisuallyHidden>{t('learn.leaderboard.gap')}</VisuallyHidden>
                  </li>,
                ]
              : []),
            <li key={row.rank + row.displayName} className={classes.boardRow} data-viewer={row.isViewer || undefined} aria-current={row.isViewer ? 'true' : undefined}>
              <span className={classes.rank}>{t('learn.leaderboard.rank', { rank: row.rank })}</span>
              <Text component="span" fw={row.isViewer ? 600 : 400} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                {row.isViewer ? t('learn.leaderboard.you', { name: row.displayName }) : row.displayName}
              </Text>
              <Text component="span" size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('learn.xp', { value: row.xp })}
              </Text>
            </li>,
          ])}
        </ol>
      )}
    </Stack>
  );
}
