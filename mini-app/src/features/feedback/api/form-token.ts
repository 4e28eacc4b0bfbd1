// GET /api/feedback/form: a token signed with the server's clock, sent back with the feedback.
// The server refuses a form sent sooner than its minimum fill time after the token was issued.
import { send } from './send.js';

export const getFormToken = () => send<{ formToken: string; minFillMs: number }>('GET', '/feedback/form', { timeoutMs: 10_000 });
