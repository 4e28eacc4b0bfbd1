// GET /api/procedures?q=&field=&level=: search (the server folds accents and tolerates typos)
// or browse a field; pages of PAGE_SIZE, the next ones fetched on "Xem thêm".
import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { ProcedureSearchResult, ProcedureSummary } from '@/types/api.js';

export interface ProcedureSearch {
  q?: string;
  field?: string;
  /** undefined = every level */
  level?: 'xa' | 'tinh' | 'bo';
  limit?: number;
  offset?: number;
}

/** Small pages: quick on a slow network; "Xem thêm" reads on to the end. */
export const PAGE_SIZE = 20;

export const searchProcedures = (params: ProcedureSearch, signal?: AbortSignal) =>
  apiGet<ProcedureSearchResult>(
    '/procedures',
    { q: params.q, field: params.field, level: params.level, limit: params.limit ?? PAGE_SIZE, offset: params.offset },
    signal,
  );

/** null params = nothing to ask yet (empty box, no field chosen). The first page, then more on loadMore(). */
export function useSearchProcedures(params: ProcedureSearch | null) {
  const key = params ? `procedures?${params.q ?? ''}|${params.field ?? ''}|${params.level ?? ''}` : null;
  const first = useQuery(key, (signal) => searchProcedures(params ?? {}, signal));
  const [more, setMore] = useState<{ key: string | null; items: ProcedureSummary[]; loading: boolean; error?: Error }>({
    key,
    items: [],
    loading: false,
  });
  useEffect(() => setMore({ key, items: [], loading: false }), [key]);

  const shown = first.data ? [...first.data.items, ...(more.key === key ? more.items : [])] : [];
  const loadMore = useCallback(() => {
    if (!params || !first.data) return;
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    searchProcedures({ ...params, offset: shown.length }).then(
      (page) => setMore((m) => (m.key === key ? { key, items: [...m.items, ...page.items], loading: false } : m)),
      (error: Error) => setMore((m) => (m.key === key ? { ...m, loading: false, error } : m)),
    );
  }, [params, first.data, shown.length, key]);

  return {
    ...first,
    items: shown,
    hasMore: first.data !== undefined && shown.length < first.data.total,
    loadingMore: more.key === key && more.loading,
    moreError: more.key === key ? more.error : undefined,
    loadMore,
  };
}
