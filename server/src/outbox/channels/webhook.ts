// Signed webhook: POST JSON, X-CCHC-Signature over "<t>.<raw body>" with the channel's secret
// (read from the environment variable the content names, never from content itself).
import { privateTarget } from '../private-address.js';
import { signWebhook } from '../signature.js';
import type { Channel, ChannelSender } from './types.js';
import { DeliveryError } from './types.js';

export function webhookSender(opts: {
  timeoutMs: number;
  secret: (envName: string) => string | undefined;
  /** Refuse targets in the server's own network (checked again at send time: names can change). */
  allowPrivate?: boolean;
}): ChannelSender<Extract<Channel, { type: 'webhook' }>> {
  return async (channel, message) => {
    const secret = opts.secret(channel.secretEnv);
    if (!secret) throw new DeliveryError(`biến môi trường ${channel.secretEnv} (khóa ký webhook) chưa được đặt`);
    if (opts.allowPrivate === false) {
      const inside = await privateTarget(channel.url);
      if (inside) throw new DeliveryError(`webhook trỏ vào địa chỉ nội bộ ${inside} (WEBHOOK_ALLOW_PRIVATE chưa bật)`, true);
    }
    const body = JSON.stringify({ deliveryId: message.deliveryId, ...message.payload });
    let res: Response;
    try {
      res = await fetch(channel.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-cchc-signature': signWebhook(secret, body),
          'x-cchc-delivery': message.deliveryId,
          'idempotency-key': message.deliveryId,
        },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs),
        redirect: 'error',
      });
    } catch (err) {
      throw new DeliveryError(`webhook: ${(err as Error).message}`);
    }
    await res.body?.cancel();
    if (res.ok) return;
    // 4xx other than timeout / rate limit means the receiver will not take it as is.
    const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
    throw new DeliveryError(`webhook HTTP ${res.status}`, permanent);
  };
}
