// GET /api/locality: name, example flag, portal and one-stop offices. Shared by home and procedures.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { Locality } from '@/types/api.js';

export const getLocality = (signal?: AbortSignal) => apiGet<Locality>('/locality', undefined, signal);

export const useLocality = () => useQuery('locality', getLocality);
