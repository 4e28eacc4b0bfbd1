// GET /api/guides/:id: one guide with its Markdown body.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { Guide } from '@/types/api.js';

export const getGuide = (id: string, signal?: AbortSignal) => apiGet<Guide>(`/guides/${encodeURIComponent(id)}`, undefined, signal);

export const useGuide = (id: string) => useQuery(`guide:${id}`, (signal) => getGuide(id, signal));
