// GET /api/hotlines: shared by the hotline screen and every "call us instead" fallback.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import { callableNumber, type Hotline, type HotlineGroup, type ListResponse } from '@/types/api.js';

export const getHotlines = (signal?: AbortSignal) => apiGet<ListResponse<Hotline>>('/hotlines', undefined, signal);

export const useHotlines = () => useQuery('hotlines', getHotlines);

/** The number to offer when the app cannot answer: public-service support first, then the locality's line; only real numbers. */
export function helpHotline(items: readonly Hotline[]): (Hotline & { number: string }) | null {
  const order: HotlineGroup[] = ['dich_vu_cong', 'dia_phuong', 'phan_anh'];
  for (const group of order) {
    const found = items.find((h) => h.group === group && callableNumber(h) !== null);
    if (found) return found as Hotline & { number: string };
  }
  return null;
}
