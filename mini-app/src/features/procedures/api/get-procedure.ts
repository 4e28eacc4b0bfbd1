// GET /api/procedures/:code. Every answer is kept on the device; when the network fails,
// the saved copy is shown (and says so). A 404 is a real answer: no fallback then.
import { ApiError, apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { Procedure } from '@/types/api.js';
import { cachedProcedure, rememberProcedure } from '../utils/procedure-cache.js';

export interface ProcedureResult {
  procedure: Procedure;
  /** ISO time of the saved copy when shown offline; null when fresh from the server. */
  savedAt: string | null;
}

export async function getProcedure(code: string, signal?: AbortSignal): Promise<ProcedureResult> {
  try {
    const procedure = await apiGet<Procedure>(`/procedures/${encodeURIComponent(code)}`, undefined, signal);
    rememberProcedure(procedure);
    return { procedure, savedAt: null };
  } catch (err) {
    if (signal?.aborted || (err instanceof ApiError && err.status >= 400 && err.status < 500)) throw err;
    const saved = cachedProcedure(code);
    if (saved) return { procedure: saved.procedure, savedAt: saved.savedAt };
    throw err;
  }
}

export const useProcedure = (code: string) => useQuery(`procedure:${code}`, (signal) => getProcedure(code, signal));
