// Zalo OA message to unit staff: POST <ZALO_OA_API_BASE>/v3.0/oa/message/cs with the OA access
// token. Zalo only delivers "cs" messages to users who interacted with the OA recently, so a
// failure here is expected from time to time; other channels are independent of it.
import type { Channel, ChannelSender } from './types.js';
import { DeliveryError } from './types.js';

export function zaloSender(opts: {
  baseUrl: string;
  timeoutMs: number;
  accessToken: () => Promise<string | undefined> | string | undefined;
}): ChannelSender<Extract<Channel, { type: 'zalo' }>> {
  return async (channel, message, ctx) => {
    const token = await opts.accessToken();
    if (!token) throw new DeliveryError('chưa có access token của Zalo OA');
    const url = new URL('/v3.0/oa/message/cs', opts.baseUrl);
    // Zalo text messages are limited to 2,000 characters.
    const text = message.text.length > 2000 ? `${message.text.slice(0, 1990)}…` : message.text;
    for (const userId of channel.userIds) {
      if (ctx.sentTo.includes(userId)) continue;
      let json: { error?: number; message?: string };
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: token },
          body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
        json = (await res.json().catch(() => ({ error: res.status }))) as typeof json;
        if (!res.ok && json.error === undefined) json.error = res.status;
      } catch (err) {
        throw new DeliveryError(`Zalo OA: ${(err as Error).message}`);
      }
      if (json.error !== 0) throw new DeliveryError(`Zalo OA lỗi ${json.error}: ${json.message ?? ''}`.trim());
      await ctx.markSent(userId);
    }
  };
}
