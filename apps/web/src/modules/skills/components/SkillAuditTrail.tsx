import { Box, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SkillAuditTrail_EntryFragment } from '../../../generated/graphql';
import { SKILL_CATEGORIES } from './SkillCategoryBadge';

const KNOWN_ACTIONS = ['created', 'updated', 'prerequisites-changed'] as const;
const KNOWN_FIELDS = ['code', 'category', 'name', 'description', 'prerequisites'] as const;

function isOneOf<T extends string>(values: ReadonlyArray<T>, value: string): value is T {
  return (values as ReadonlyArray<string>).includes(value);
}

/** "name.fr" → "Name (French)"; an unknown field is shown as the API names it. */
export function fieldLabel(t: TFunction, field: string): string {
  const [base = field, locale] = field.split('.');
  if (!isOneOf(KNOWN_FIELDS, base)) return field;
  const label = t(`studio.audit.fields.${base}`);
  return locale ? t('studio.audit.fieldInLocale', { field: label, language: t(`locales.${locale}`, { defaultValue: locale }) }) : label;
}

/** A value of the trail (JSON): text as is, a category by its label, a list through Intl.ListFormat. */
export function auditValue(t: TFunction, language: string, json: string | null): string | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('studio.audit.none');
    return new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(value.map(String));
  }
  if (typeof value === 'string') return isOneOf(SKILL_CATEGORIES, value) ? t(`studio.skills.categories.${value}`) : value;
  return JSON.stringify(value);
}

export function SkillAuditTrail({ entries }: { entries: ReadonlyArray<SkillAuditTrail_EntryFragment> }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('studio.audit.empty')}</Text>;
  return (
    <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => {
        const summary = isOneOf(KNOWN_ACTIONS, entry.action)
          ? t(`studio.audit.actions.${entry.action}`, { actor: entry.actorName })
          : t('studio.audit.actions.other', { actor: entry.actorName, action: entry.action });
        return (
          <Paper key={entry.id} component="li" p={{ base: 'sm', sm: 'md' }} bg="white">
            <Group justify="space-between" gap="xs" wrap="wrap" mb={entry.changes.length ? 'xs' : 0}>
              <Text fw={500} size="sm">
                {summary}
              </Text>
              <Text component="time" dateTime={entry.createdAt} size="xs" c="dimmed">
                {t('common.dateTime', { value: new Date(entry.createdAt) })}
              </Text>
            </Group>
            {entry.changes.length ? (
              <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(6rem, max-content) minmax(0, 1fr)', columnGap: 'var(--mantine-spacing-md)', rowGap: 4 }}>
                {entry.changes.map((change) => {
                  const before = auditValue(t, i18n.language, change.before);
                  const after = auditValue(t, i18n.language, change.after);
                  return (
                    <Box key={change.field} display="contents">
                      <Text component="dt" size="sm" c="dimmed">
                        {fieldLabel(t, change.field)}
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
        );
      })}
    </Stack>
  );
}
