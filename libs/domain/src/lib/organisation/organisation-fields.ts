import { isSupportedLocale, isValidTimeZone, SUPPORTED_LOCALES } from '../identity/user-fields';
import type { FieldIssue } from '../shared/validation';

export const NAME_MAX_LENGTH = 120;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** A required name: trimmed, not empty, at most 120 characters. */
export function nameIssues(field: string, value: string | undefined): FieldIssue[] {
  if (value === undefined) return [];
  const name = value.trim();
  if (!name) return [{ field, message: 'is required' }];
  if (name.length > NAME_MAX_LENGTH) return [{ field, message: `must have at most ${NAME_MAX_LENGTH} characters` }];
  return [];
}

export interface BoutiqueDraft {
  name?: string;
  city?: string;
  country?: string;
  timezone?: string;
  locale?: string;
}

/** Checks the fields given (all for a creation, some for an update). */
export function boutiqueIssues(draft: BoutiqueDraft): FieldIssue[] {
  const issues = [...nameIssues('name', draft.name), ...nameIssues('city', draft.city)];
  if (draft.country !== undefined && !COUNTRY_PATTERN.test(draft.country)) {
    issues.push({ field: 'country', message: 'must be a two-letter ISO country code such as FR' });
  }
  if (draft.timezone !== undefined && !isValidTimeZone(draft.timezone)) {
    issues.push({ field: 'timezone', message: 'must be an IANA time zone such as Europe/Paris' });
  }
  if (draft.locale !== undefined && !isSupportedLocale(draft.locale)) {
    issues.push({ field: 'locale', message: `must be one of ${SUPPORTED_LOCALES.join(', ')}` });
  }
  return issues;
}
