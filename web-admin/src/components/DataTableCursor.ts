import { useCallback, useState } from 'react';

/**
 * Page sizes the table offers. The API allows up to 200 rows, but a page's query cost is its
 * size times the fields of a row (GRAPHQL_MAX_COMPLEXITY 2000): 100 keeps rich rows within it.
 */
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Where a cursor-paginated list is: the `first`/`after` to ask the API, and the page number. */
export interface DataTableCursor {
  first: PageSize;
  after: string | undefined;
  /** 0-based number of the page shown. */
  pageIndex: number;
  /** Moves on to the page after the row with `endCursor`. */
  next: (endCursor: string) => void;
  previous: () => void;
  /** Back to the first page: after a change of filter or sort the old cursors mean nothing. */
  reset: () => void;
  setPageSize: (size: PageSize) => void;
}

/**
 * Forward-only cursors go back by remembering them: a stack of the `after` of every page seen,
 * the one on top being the page shown.
 */
export function useDataTableCursor(initialSize: PageSize = 50): DataTableCursor {
  const [first, setFirst] = useState<PageSize>(initialSize);
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);

  const next = useCallback((endCursor: string) => setStack((s) => [...s, endCursor]), []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([undefined]), []);
  const setPageSize = useCallback((size: PageSize) => {
    setFirst(size);
    setStack([undefined]);
  }, []);

  return {
    first,
    after: stack[stack.length - 1],
    pageIndex: stack.length - 1,
    next,
    previous,
    reset,
    setPageSize,
  };
}
