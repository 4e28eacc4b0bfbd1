// GET /api/feedback/public: answers the sender allowed and staff chose to publish; the server
// sends no personal data. Search folds accents on the server ("duong" finds "đường").
import { apiGet } from '@/lib/api-client.js';
import type { PublicAnswer, PublicAnswers } from '@/types/api.js';

export type { PublicAnswer } from '@/types/api.js';
export type AnswerKind = PublicAnswer['kind'];

export const PAGE_SIZE = 20;

export const getPublicAnswers = (q: string, offset: number, signal?: AbortSignal) =>
  apiGet<PublicAnswers>('/feedback/public', { q, limit: PAGE_SIZE, offset }, signal);
