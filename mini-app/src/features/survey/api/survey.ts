// GET /api/survey/form (the office, the procedure, the five SIPAS factors and the scale) and
// POST /api/survey (one answer per device per day; no personal data).
import { apiGet, apiRequest } from '@/lib/api-client.js';
import type { SurveyForm, SurveyRequest } from '@/types/api.js';

export type { SurveyForm, SurveyOffice } from '@/types/api.js';
export type Scores = Record<string, number | null>;

export const getSurveyForm = (office: string | null, procedure: string | null, signal?: AbortSignal) =>
  apiGet<SurveyForm>('/survey/form', { office, procedure }, signal);

export async function submitSurvey(body: { office: string; procedure?: string; deviceId: string; scores: Scores }): Promise<void> {
  const server = 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.';
  await apiRequest<unknown>('/survey', {
    method: 'POST',
    // The page collects one score per criterion id from the form; the server checks the ids.
    json: body as SurveyRequest,
    timeoutMs: 30_000,
    messages: {
      network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi bấm "Gửi đánh giá" lại.',
      server,
      notFound: server,
      invalid: server,
    },
  });
}
