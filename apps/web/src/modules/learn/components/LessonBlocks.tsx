import { Anchor, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LessonBlock } from '../lesson-blocks';
import classes from './Learn.module.css';

/** A lesson's body, block by block, in semantic HTML: figures with captions, a playable video, specs as a list. */
export function LessonBlocks({ blocks, locale }: { blocks: readonly LessonBlock[]; locale: string }) {
  return (
    <Stack gap="xl" lang={locale}>
      {blocks.map((block, index) => (
        <LessonBlockView key={index} block={block} />
      ))}
    </Stack>
  );
}

function LessonBlockView({ block }: { block: LessonBlock }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'RICH_TEXT':
      // Sanitised by the API (the same renderer as the Studio's preview); never the author's raw text.
      return (
        <Typography className={classes.richText}>
          <div dangerouslySetInnerHTML={{ __html: block.html }} />
        </Typography>
      );
    case 'IMAGE':
      return (
        <figure className={classes.figure}>
          <img src={block.url} alt={block.alt} loading="lazy" decoding="async" />
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      );
    case 'VIDEO':
      return (
        <figure className={classes.figure}>
          {/* Loaded only when played: boutique Wi-Fi is often poor. */}
          <video controls preload="none" playsInline src={block.url} aria-label={block.caption ?? t('learn.lesson.video')}>
            <Anchor href={block.url}>{t('learn.lesson.videoFallback')}</Anchor>
          </video>
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      );
    case 'PRODUCT_CARD':
      return (
        <Paper component="article" p={{ base: 'md', sm: 'lg' }} bg="white" aria-label={block.name}>
          <Stack gap="sm">
            <Stack gap={2}>
              {block.collection ? <Text className={classes.eyebrow}>{block.collection}</Text> : null}
              <Title order={3}>{block.name}</Title>
              {block.reference ? (
                <Text size="xs" c="dimmed">
                  {t('learn.lesson.reference', { reference: block.reference })}
                </Text>
              ) : null}
            </Stack>
            {block.keySpecs.length > 0 ? (
              <dl className={classes.specs}>
                {block.keySpecs.map((spec, index) => (
                  <div key={index} style={{ display: 'contents' }}>
                    <dt>{spec.label}</dt>
                    <dd>{spec.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </Stack>
        </Paper>
      );
    case 'TIMELINE_EVENT':
      return (
        <article className={classes.timeline}>
          <p className={classes.timelineDate}>{block.date}</p>
          <Title order={3} fz="h4" mb={4}>
            {block.title}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{block.story}</Text>
        </article>
      );
    case 'KEY_FACT':
      return (
        <aside aria-label={t('learn.lesson.keyFact')}>
          <p className={classes.keyFact}>{block.text}</p>
        </aside>
      );
  }
}
