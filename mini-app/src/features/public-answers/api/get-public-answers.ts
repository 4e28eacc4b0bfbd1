// GET /api/feedback/public: answers the sender allowed and staff chose to publish; the server
// sends no personal data. Search folds accents on the server ("duong" finds "đường").
import { apiGet } from '@/lib/api-client.js';

export type AnswerKind = 'phan_anh' | 'kien_nghi' | 'hoi_dap';

export interface PublicAnswer {
  /** Public id (the tracking code stays private to the sender). */
  id: string;
  kind: AnswerKind;
  subject: string;
  content: string;
  field: string | null;
  unit: { id: string; name: string };
  answer: string;
  answeredAt: string;
  createdAt: string;
  /** Working days from sending to the answer */
  daysTaken: number;
}

export const PAGE_SIZE = 20;

export const getPublicAnswers = (q: string, offset: number, signal?: AbortSignal) =>
  apiGet<{ items: PublicAnswer[]; total: number }>('/feedback/public', { q, limit: PAGE_SIZE, offset }, signal);
