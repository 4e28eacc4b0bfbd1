// GET /api/feedback/form: a token signed with the server's clock, sent back with the feedback.
// The server refuses a form sent sooner than its minimum fill time after the token was issued.
import { apiRequest } from '@/lib/api-client.js';
import type { FormToken } from '@/types/api.js';
import { FEEDBACK_MESSAGES } from './messages.js';

export const getFormToken = () => apiRequest<FormToken>('/feedback/form', { timeoutMs: 10_000, messages: FEEDBACK_MESSAGES });
