// POST /api/feedback/:code/erase: consent withdrawn, the sender's personal data removed.
import { send } from './send.js';

export const eraseFeedback = (code: string, eraseCode: string) =>
  send<{ trackingCode: string; erasedAt: string }>('POST', `/feedback/${encodeURIComponent(code)}/erase`, { json: { eraseCode } });
