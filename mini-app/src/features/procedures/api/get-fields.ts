// GET /api/fields: the fields (lĩnh vực) to browse procedures by.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { Field, ListResponse } from '@/types/api.js';

export const getFields = (signal?: AbortSignal) => apiGet<ListResponse<Field>>('/fields', undefined, signal);

export const useFields = () => useQuery('fields', getFields);
