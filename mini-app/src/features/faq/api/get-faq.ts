// GET /api/faq: common questions and answers.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { FaqItem, ListResponse } from '@/types/api.js';

export const getFaq = (signal?: AbortSignal) => apiGet<ListResponse<FaqItem>>('/faq', undefined, signal);

export const useFaq = () => useQuery('faq', getFaq);
