// What the form needs from the server: current communes, fields, the consent text and (when the
// form was opened from a procedure) that procedure's name. Own fetchers: features do not import
// each other.
import { apiGet } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import type { Field, ListResponse, Procedure } from '@/types/api.js';
import type { AdminUnit, ConsentText } from './types.js';

const COMMUNE_KINDS = new Set(['xa', 'phuong', 'dac_khu']);

/** Communes (xã, phường, đặc khu) in force today; merged old ones stay out of the picker. */
export function currentCommunes(units: readonly AdminUnit[], today = new Date().toISOString().slice(0, 10)): AdminUnit[] {
  return units
    .filter(
      (u) => COMMUNE_KINDS.has(u.kind) && (u.validTo === null || u.validTo >= today) && (u.validFrom === null || u.validFrom <= today),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export const useCommunes = () =>
  useQuery('feedback:communes', async (signal) =>
    currentCommunes((await apiGet<ListResponse<AdminUnit>>('/units', undefined, signal)).items),
  );

export const useFeedbackFields = () =>
  useQuery('feedback:fields', async (signal) => (await apiGet<ListResponse<Field>>('/fields', undefined, signal)).items);

export const useConsentText = () => useQuery('feedback:consent', (signal) => apiGet<ConsentText>('/feedback/consent', undefined, signal));

export const useProcedureName = (code: string | null) =>
  useQuery(code ? `feedback:procedure:${code}` : null, async (signal) =>
    code ? (await apiGet<Procedure>(`/procedures/${encodeURIComponent(code)}`, undefined, signal)).name : '',
  );
