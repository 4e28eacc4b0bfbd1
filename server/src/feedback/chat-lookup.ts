// The chatbot's feedback status lookup (chat/feedback-lookup.ts defines what it needs), answered
// by the feedback service directly — the same checks as the tracking route (code format, last 4
// phone digits, the lock after wrong tries), no HTTP self-call. Phone digits are never logged.
import type { FeedbackLookup } from '../chat/feedback-lookup.js';
import { AppError } from '../lib/errors.js';
import { phoneLast4, trackingCodeParam } from './feedback.schemas.js';
import type { FeedbackService } from './feedback.service.js';

export function chatFeedbackLookup(service: FeedbackService): FeedbackLookup {
  return async (trackingCode, last4) => {
    const code = trackingCodeParam.safeParse({ trackingCode });
    if (!code.success || !phoneLast4.safeParse(last4).success) return { found: false };
    try {
      const fb = await service.track(code.data.trackingCode, last4);
      return { found: true, statusLabel: fb.statusLabel, dueAt: fb.dueAt, unit: fb.unit.name, answer: fb.answer?.text ?? null };
    } catch (err) {
      if (err instanceof AppError && [400, 403, 404].includes(err.status)) return { found: false };
      return null;
    }
  };
}
