// GET /api/guides: how-to guides for online public services.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { GuideSummary, ListResponse } from '@/types/api.js';

export const getGuides = (signal?: AbortSignal) => apiGet<ListResponse<GuideSummary>>('/guides', undefined, signal);

export const useGuides = () => useQuery('guides', getGuides);
