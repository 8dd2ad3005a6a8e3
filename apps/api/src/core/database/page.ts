import { issue } from '@savoir/domain';
import { DomainError } from '../errors/domain-error';

/** The most rows one page of a list gives. */
export const MAX_PAGE_SIZE = 200;

/** Refuses a page that starts before the first row or holds no row, or more than MAX_PAGE_SIZE. */
export function assertPage(offset: number, limit: number): void {
  DomainError.assertValid([
    ...(offset < 0 ? [issue('offset', 'NOT_NEGATIVE')] : []),
    ...(limit < 1 || limit > MAX_PAGE_SIZE ? [issue('limit', 'BETWEEN', { min: 1, max: MAX_PAGE_SIZE })] : []),
  ]);
}

/** A LIKE pattern finding `search` anywhere, its own wildcards taken literally. */
export const containsPattern = (search: string) => `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
