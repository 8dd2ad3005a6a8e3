import { isContentCode } from '@savoir/domain';
import type { TFunction } from 'i18next';

/** Why a content code (skill, program, module, question) would be refused, or undefined when it is fine. */
export function contentCodeError(t: TFunction, code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed) return t('studio.contentCode.errors.required');
  if (!isContentCode(trimmed)) return t('studio.contentCode.errors.format');
  return undefined;
}
