// Tells the citizen an answer is ready: a Zalo OA message when the record carries the sender's
// Zalo user id (feedback sent from inside Zalo). The answer itself is always on the tracking
// page; a failed message is recorded for staff and never undoes the answer.
import { randomUUID } from 'node:crypto';
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import type { Store } from '../store/port.js';

export const NOTIFICATIONS = 'citizen_notifications';

export interface NotifierOptions {
  /** Base URL of the Zalo OA API (a local fake in tests). */
  baseUrl: string;
  accessToken: () => Promise<string | undefined> | string | undefined;
  publicUrl: string | undefined;
  timeoutMs: number;
}

export function answerMessage(fb: Pick<FeedbackDoc, 'trackingCode' | 'subject'>, publicUrl: string | undefined): string {
  const link = publicUrl
    ? `\nXem câu trả lời: ${new URL(`/app/feedback/lookup?code=${encodeURIComponent(fb.trackingCode)}`, publicUrl).href}`
    : '';
  return (
    `Phản ánh, kiến nghị ${fb.trackingCode} "${fb.subject.slice(0, 120)}" đã có trả lời của cơ quan xử lý.` +
    `${link}\nBạn có thể xem câu trả lời và đánh giá mức độ hài lòng bằng mã theo dõi và 4 số cuối điện thoại đã dùng khi gửi.`
  );
}

export function citizenNotifier(store: Store, opts: NotifierOptions, now = () => new Date()) {
  const col = store.collection(NOTIFICATIONS);
  async function sendZalo(userId: string, text: string): Promise<string | null> {
    const token = await opts.accessToken();
    if (!token) return 'chưa có access token của Zalo OA';
    try {
      const res = await fetch(new URL('/v3.0/oa/message/cs', opts.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: token },
        body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      const json = (await res.json().catch(() => ({ error: res.status }))) as { error?: number; message?: string };
      if (json.error === 0) return null;
      return `Zalo OA lỗi ${json.error ?? res.status}${json.message ? `: ${json.message}` : ''}`.slice(0, 300);
    } catch (err) {
      return `Zalo OA: ${(err as Error).message}`.slice(0, 300);
    }
  }
  return {
    /** Sends the "answered" message; returns the recorded status. The user id is never logged. */
    async answered(fb: FeedbackDoc): Promise<'sent' | 'failed' | 'none'> {
      const userId = typeof fb.zaloUserId === 'string' && fb.zaloUserId ? fb.zaloUserId : null;
      if (!userId || fb.anonymisedAt) return 'none';
      const error = await sendZalo(userId, answerMessage(fb, opts.publicUrl));
      const status = error ? 'failed' : 'sent';
      await col.insertOne({ _id: randomUUID(), feedbackId: fb._id, at: now().toISOString(), channel: 'zalo', status, error });
      return status;
    },
  };
}
export type CitizenNotifier = ReturnType<typeof citizenNotifier>;
