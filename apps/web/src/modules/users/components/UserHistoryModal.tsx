import { useQuery } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AuditTrail, isOneOf, parseAuditJson, type AuditEntryView } from '../../audit/components/AuditTrail';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { UserHistoryDocument } from '../graphql/users.graphql';

const KNOWN_ACTIONS = ['created', 'imported', 'updated', 'password-set', 'deactivated', 'reactivated'] as const;
/** The account's fields as the trail names them, and the form's label of each. */
const FIELD_LABELS = { email: 'email', displayName: 'displayName', roles: 'roles', boutiqueId: 'boutique', locale: 'locale', timezone: 'timezone', startDate: 'startDate', active: 'status' } as const;

/** A value of an account's trail as an admin reads it: roles and languages by their names, a boutique by its name. */
export function accountValue(t: TFunction, language: string, boutiqueNames: ReadonlyMap<string, string>, field: string, json: string | null): string | null {
  if (json === null) return null;
  const value = parseAuditJson(json);
  if (value === null || value === '') return null;
  if (field === 'roles' && Array.isArray(value)) {
    return new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(value.map((role) => t(`roles.${String(role)}`, { defaultValue: String(role) })));
  }
  if (field === 'boutiqueId') return boutiqueNames.get(String(value)) ?? t('users.removedBoutique');
  if (field === 'locale') return t(`locales.${String(value)}`, { defaultValue: String(value) });
  if (field === 'active') return value === true ? t('users.active') : t('users.inactive');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface UserHistoryModalProps {
  user: { id: string; displayName: string } | null;
  boutiques: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}

/** Who changed an account, when, and what: roles, profile, password set, deactivation. */
export function UserHistoryModal({ user, boutiques, onClose }: UserHistoryModalProps) {
  const { t, i18n } = useTranslation();
  // Read afresh each time it opens: other admins change accounts too.
  const history = useQuery(UserHistoryDocument, { variables: { userId: user?.id ?? '' }, skip: !user, fetchPolicy: 'network-only' });
  const boutiqueNames = new Map(boutiques.map((boutique) => [boutique.id, boutique.name]));
  const summary = (entry: AuditEntryView) =>
    isOneOf(KNOWN_ACTIONS, entry.action)
      ? t(`users.historyActions.${entry.action}`, { actor: entry.actorName })
      : t('users.historyActions.other', { actor: entry.actorName, action: entry.action });
  const fieldLabel = (field: string) => (field in FIELD_LABELS ? t(`users.fields.${FIELD_LABELS[field as keyof typeof FIELD_LABELS]}`) : field);

  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.historyTitle', { name: user?.displayName ?? '' })} size="lg">
      {history.error ? (
        <ErrorNotice>{t('users.historyLoadFailed')}</ErrorNotice>
      ) : history.loading || !history.data ? (
        <CenteredLoader label={t('common.loading')} />
      ) : (
        <AuditTrail entries={history.data.auditTrail} summary={summary} fieldLabel={fieldLabel} formatValue={(field, json) => accountValue(t, i18n.language, boutiqueNames, field, json)} />
      )}
    </Modal>
  );
}
