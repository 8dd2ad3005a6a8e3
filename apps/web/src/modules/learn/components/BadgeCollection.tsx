import { useApolloClient } from '@apollo/client/react';
import { Button, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadJson } from '../download';
import type { Badge } from '../gamification-gains';
import { BadgeCredentialDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from '../hooks/useLearnLocale';
import { BadgeMedallion } from './BadgeMedallion';

/** Every badge: the earned ones with their date and credential, the others with their quiet progress. */
export function BadgeCollection({ badges }: { badges: readonly Badge[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="learn-all-badges">
      <Title order={2} id="learn-all-badges" fz="h3" mb="xs">
        {t('learn.badges.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw={640}>
        {t('learn.badges.intro')}
      </Text>
      {badges.length === 0 ? (
        <Text c="dimmed">{t('learn.badges.noneYet')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {badges.map((badge) => (
            <BadgeCard key={badge.code} badge={badge} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function BadgeCard({ badge }: { badge: Badge }) {
  const { t } = useTranslation();
  const headingId = `learn-badge-${badge.code}`;
  return (
    <Paper component="li" p="md" bg="white" data-testid="learn-badge">
      <Stack gap="sm" align="flex-start">
        <BadgeMedallion earned={badge.earned} size="lg" />
        <Stack gap={2}>
          <Title order={3} id={headingId} fz="lg">
            {badge.name}
          </Title>
          <Text size="sm" c="dimmed">
            {badge.description}
          </Text>
        </Stack>
        {badge.earned ? (
          <>
            {badge.awardedAt ? <Text size="xs">{t('learn.badges.earnedOn', { value: new Date(badge.awardedAt) })}</Text> : null}
            <CredentialDownload badge={badge} />
          </>
        ) : (
          <Stack gap={4} w="100%">
            <Progress value={badge.target > 0 ? Math.round((Math.min(badge.current, badge.target) / badge.target) * 100) : 0} size={3} radius="xl" aria-label={t('learn.badges.progressLabel', { name: badge.name })} />
            <Text size="xs" c="dimmed">
              {t('learn.badges.progress', { current: badge.current, target: badge.target })}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** Fetches the Open Badges 3.0 credential and offers it as a JSON-LD file. */
function CredentialDownload({ badge }: { badge: Badge }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const locale = useLearnLocale();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    setLoading(true);
    setFailed(false);
    try {
      const { data } = await client.query({ query: BadgeCredentialDocument, variables: { code: badge.code, locale }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No credential');
      downloadJson(`savoir-badge-${badge.code}.json`, data.badgeCredential.json);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        size="compact-sm"
        px={0}
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        onClick={() => void download()}
        loading={loading}
        aria-label={t('learn.badges.downloadLabel', { name: badge.name })}
      >
        {t('learn.badges.download')}
      </Button>
      {failed ? (
        <Text size="xs" c="dimmed" role="status">
          {t('learn.badges.downloadFailed')}
        </Text>
      ) : null}
    </Stack>
  );
}
