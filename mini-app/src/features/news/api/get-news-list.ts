// GET /api/news: the locality's news.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { ListResponse, NewsSummary } from '@/types/api.js';

export const getNewsList = (signal?: AbortSignal) => apiGet<ListResponse<NewsSummary>>('/news', undefined, signal);

export const useNewsList = () => useQuery('news', getNewsList);
