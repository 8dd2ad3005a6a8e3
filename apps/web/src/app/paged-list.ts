import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** How long typing in a list's search waits before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 300;

/** What the server answered for the page asked: its rows, and how many match on every page. */
export interface LoadedPage {
  items: readonly unknown[];
  total: number;
}

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
  /**
   * To call while rendering, with what the server answered: a page that comes back empty while rows remain (its
   * last rows were deleted or archived meanwhile) moves to the last page that exists.
   */
  keepWithinTotal: (loaded: LoadedPage | undefined) => void;
}

/**
 * A list filtered and paged on the server: the search is sent once typing pauses, any change of filter goes back
 * to the first page, and a page past the end moves back to the last one.
 */
export function usePagedList<F extends { search: string }>(initial: F, pageSize: number): PagedList<F> {
  const [filters, setFilterValues] = useState<F>(initial);
  const [debouncedSearch] = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS);
  const [page, setPage] = useState(1);

  function setFilters(next: F) {
    setFilterValues(next);
    setPage(1);
  }

  function keepWithinTotal(loaded: LoadedPage | undefined) {
    if (!loaded || loaded.items.length > 0 || loaded.total === 0) return;
    const lastPage = Math.ceil(loaded.total / pageSize);
    // Set while rendering (React renders again at once, before painting an empty page): only when it changes the page.
    if (page > lastPage) setPage(lastPage);
  }

  return { filters, setFilters, debouncedSearch, page, setPage, offset: (page - 1) * pageSize, limit: pageSize, keepWithinTotal };
}
