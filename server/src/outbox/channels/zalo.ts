// Zalo OA customer-service message through the one OA client (zalo/oa-client.ts: the access token
// is refreshed and the rotated refresh token stored). Zalo only delivers "cs" messages to users
// who interacted with the OA recently, so a failure here is expected from time to time; other
// channels are independent of it. Recipients: the channel's user ids, or the ones the composer
// resolved at send time (a citizen's Zalo id is never copied into a delivery).
import type { Channel, ChannelSender } from './types.js';
import { DeliveryError } from './types.js';

/** What the channel needs of the OA client. */
export interface ZaloTextClient {
  sendText(userId: string, text: string): Promise<void>;
}

export function zaloSender(opts: { client: () => ZaloTextClient | null }): ChannelSender<Extract<Channel, { type: 'zalo' }>> {
  return async (channel, message, ctx) => {
    const client = opts.client();
    if (!client) throw new DeliveryError('chưa có access token của Zalo OA');
    // Zalo text messages are limited to 2,000 characters.
    const text = message.text.length > 2000 ? `${message.text.slice(0, 1990)}…` : message.text;
    for (const userId of message.to ?? channel.userIds) {
      if (ctx.sentTo.includes(userId)) continue;
      try {
        await client.sendText(userId, text);
      } catch (err) {
        throw new DeliveryError(`Zalo OA: ${(err as Error).message}`.slice(0, 500));
      }
      await ctx.markSent(userId);
    }
  };
}
