import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** How long typing in a list's search waits before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface PagedList<F extends { search: string }> {
  /** The filters as the viewer set them, search as typed. */
  filters: F;
  /** Sets the filters and goes back to the first page. */
  setFilters: (next: F) => void;
  /** The search once typing has paused: what the server is asked for. */
  debouncedSearch: string;
  /** The page shown, from 1. */
  page: number;
  setPage: (page: number) => void;
  /** The rows of that page, for the query's variables. */
  offset: number;
  limit: number;
}

/**
 * A list filtered and paged on the server: the search is sent once typing pauses, and any change of filter goes back
 * to the first page.
 */
export function usePagedList<F extends { search: string }>(initial: F, pageSize: number): PagedList<F> {
  const [filters, setFilterValues] = useState<F>(initial);
  const [debouncedSearch] = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS);
  const [page, setPage] = useState(1);

  function setFilters(next: F) {
    setFilterValues(next);
    setPage(1);
  }

  return { filters, setFilters, debouncedSearch, page, setPage, offset: (page - 1) * pageSize, limit: pageSize };
}
