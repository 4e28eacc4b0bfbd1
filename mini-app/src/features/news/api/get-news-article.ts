// GET /api/news/:id: one article with its Markdown body.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { NewsArticle } from '@/types/api.js';

export const getNewsArticle = (id: string, signal?: AbortSignal) =>
  apiGet<NewsArticle>(`/news/${encodeURIComponent(id)}`, undefined, signal);

export const useNewsArticle = (id: string) => useQuery(`news:${id}`, (signal) => getNewsArticle(id, signal));
