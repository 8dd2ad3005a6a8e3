import { Box, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './AuditTrail.module.css';

/** An entry as every `auditTrail` query selects it (the `AuditTrail_entry` fragment). */
export interface AuditEntryView {
  id: string;
  action: string;
  actorName: string;
  createdAt: string;
  changes: ReadonlyArray<{ field: string; before: string | null; after: string | null }>;
}

export interface AuditTrailProps {
  /** Newest first, as the API sends them. */
  entries: ReadonlyArray<AuditEntryView>;
  /** One line per entry: who did what ("Claire Dubois created the skill"). */
  summary: (entry: AuditEntryView) => string;
  /** The label of a changed field ("name.fr" → "Name (French)"). */
  fieldLabel: (field: string) => string;
  /** A value of the trail (JSON) as readers see it; null when there is none. */
  formatValue: (field: string, json: string | null) => string | null;
}

/** Longer values (a lesson's Markdown) are cut: the history says what changed, the editor shows the text. */
export const AUDIT_VALUE_MAX_LENGTH = 160;

export function truncateAuditValue(value: string, max = AUDIT_VALUE_MAX_LENGTH): string {
  return value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

/** The value inside a trail's JSON, or the text itself when it is not JSON. */
export function parseAuditJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** Whether a name of the trail (an action, a field, a value) is one of those a reader knows how to label. */
export function isOneOf<T extends string>(values: ReadonlyArray<T>, value: unknown): value is T {
  return typeof value === 'string' && (values as ReadonlyArray<string>).includes(value);
}

/** A history of authoring changes: who, when, and each field before → after. */
export function AuditTrail({ entries, summary, fieldLabel, formatValue }: AuditTrailProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('studio.audit.empty')}</Text>;
  return (
    <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Paper key={entry.id} component="li" p={{ base: 'sm', sm: 'md' }} bg="white">
          <Group justify="space-between" gap="xs" wrap="wrap" mb={entry.changes.length ? 'xs' : 0}>
            <Text fw={500} size="sm">
              {summary(entry)}
            </Text>
            <Text component="time" dateTime={entry.createdAt} size="xs" c="dimmed">
              {t('common.dateTime', { value: new Date(entry.createdAt) })}
            </Text>
          </Group>
          {entry.changes.length ? (
            <Box component="dl" className={classes.changes}>
              {entry.changes.map((change) => {
                const before = formatValue(change.field, change.before);
                const after = formatValue(change.field, change.after);
                return (
                  <Box key={change.field} display="contents" className={classes.change}>
                    <Text component="dt" size="sm" c="dimmed">
                      {fieldLabel(change.field)}
                    </Text>
                    <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
                      {before !== null ? (
                        <>
                          <Text component="span" inherit c="dimmed" td="line-through">
                            <VisuallyHidden>{t('studio.audit.before')}</VisuallyHidden>
                            {before}
                          </Text>{' '}
                          <IconArrowRight size={12} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
                          <VisuallyHidden>{t('studio.audit.after')}</VisuallyHidden>
                        </>
                      ) : null}
                      {after ?? t('studio.audit.none')}
                    </Text>
                  </Box>
                );
              })}
            </Box>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
