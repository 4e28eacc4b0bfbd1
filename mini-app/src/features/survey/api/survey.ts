// GET /api/survey/form (the office, the procedure, the five SIPAS factors and the scale) and
// POST /api/survey (one answer per device per day; no personal data).
import { ApiError, apiGet, apiUrl } from '@/lib/api-client.js';

export interface SurveyOffice {
  id: string;
  name: string;
  unitCode: string;
}
export interface SurveyForm {
  office: SurveyOffice | null;
  offices: SurveyOffice[];
  procedure: { code: string; name: string } | null;
  criteria: { id: string; label: string; hint: string; optional: boolean }[];
  scale: { value: number; label: string }[];
}
export type Scores = Record<string, number | null>;

export const getSurveyForm = (office: string | null, procedure: string | null, signal?: AbortSignal) =>
  apiGet<SurveyForm>('/survey/form', { office, procedure }, signal);

export async function submitSurvey(body: { office: string; procedure?: string; deviceId: string; scores: Scores }): Promise<void> {
  let res: Response;
  try {
    res = await fetch(apiUrl('/survey'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi bấm "Gửi đánh giá" lại.', 0, true);
  }
  if (res.ok) return;
  let detail = '';
  try {
    detail = String(((await res.json()) as { detail?: unknown }).detail ?? '');
  } catch {
    // not problem+json
  }
  throw new ApiError(res.status >= 500 || !detail ? 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.' : detail, res.status, false);
}
