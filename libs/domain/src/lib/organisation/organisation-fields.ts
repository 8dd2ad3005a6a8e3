import { isSupportedLocale, isValidTimeZone, SUPPORTED_LOCALES } from '../identity/user-fields';
import { issue, type FieldIssue } from '../shared/validation';

export const NAME_MAX_LENGTH = 120;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** A required name: trimmed, not empty, at most 120 characters. */
export function nameIssues(field: string, value: string | undefined): FieldIssue[] {
  if (value === undefined) return [];
  const name = value.trim();
  if (!name) return [issue(field, 'REQUIRED')];
  if (name.length > NAME_MAX_LENGTH) return [issue(field, 'TOO_LONG', { max: NAME_MAX_LENGTH })];
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
    issues.push(issue('country', 'COUNTRY_INVALID'));
  }
  if (draft.timezone !== undefined && !isValidTimeZone(draft.timezone)) {
    issues.push(issue('timezone', 'TIME_ZONE_INVALID'));
  }
  if (draft.locale !== undefined && !isSupportedLocale(draft.locale)) {
    issues.push(issue('locale', 'ONE_OF', { allowed: SUPPORTED_LOCALES.join(', ') }));
  }
  return issues;
}
