// GET /api/procedures?q=&field=: search (the server folds accents and tolerates typos) or browse a field.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { ProcedureSearchResult } from '@/types/api.js';

export interface ProcedureSearch {
  q?: string;
  field?: string;
  limit?: number;
  offset?: number;
}

export const searchProcedures = (params: ProcedureSearch, signal?: AbortSignal) =>
  apiGet<ProcedureSearchResult>(
    '/procedures',
    { q: params.q, field: params.field, limit: params.limit ?? 30, offset: params.offset },
    signal,
  );

/** null params = nothing to ask yet (empty box, no field chosen). */
export function useSearchProcedures(params: ProcedureSearch | null) {
  const key = params ? `procedures?${params.q ?? ''}|${params.field ?? ''}|${params.limit ?? 30}|${params.offset ?? 0}` : null;
  return useQuery(key, (signal) => searchProcedures(params ?? {}, signal));
}
