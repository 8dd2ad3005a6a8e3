import { Box, Loader, Paper, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMarkdownPreview } from '../../hooks/useMarkdownPreview';

/**
 * What learners will read: the API turns the Markdown into sanitised HTML (`previewLessonMarkdown`). Only that
 * server-sanitised HTML is ever injected here; the author's text is never rendered as HTML in the browser.
 */
export function MarkdownPreview({ markdown, locale, label }: { markdown: string; locale: string; label: string }) {
  const { t } = useTranslation();
  const { html, loading, error } = useMarkdownPreview(markdown);
  return (
    <Paper component="section" aria-label={label} withBorder p="sm" bg="var(--mantine-color-body)" style={{ minWidth: 0 }}>
      <Box mb={6} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
          {t('studio.blocks.preview')}
        </Text>
        {loading && markdown.trim() ? <Loader size={12} color="gold" aria-label={t('common.loading')} /> : null}
      </Box>
      {error ? (
        <Text size="sm" c="red.7">
          {t('studio.blocks.previewFailed')}
        </Text>
      ) : null}
      {html === '' ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('studio.blocks.previewEmpty')}
        </Text>
      ) : null}
      {html ? (
        <Typography lang={locale} data-testid="markdown-preview" style={{ overflowWrap: 'anywhere' }}>
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      ) : null}
    </Paper>
  );
}
