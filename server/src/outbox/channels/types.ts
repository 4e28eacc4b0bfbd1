// A send method is a small plug-in: given one delivery and the message, send it or throw.
import type { z } from 'zod';
import type { channelSchema } from '../../content/schemas.js';

export type Channel = z.infer<typeof channelSchema>;

export interface OutgoingMessage {
  /** Unique per delivery; receivers can dedupe on it (e-mail Message-ID, webhook header). */
  deliveryId: string;
  subject: string;
  text: string;
  /** Structured payload for webhooks. */
  payload: Record<string, unknown>;
  /** Recipients resolved at send time (a citizen's Zalo id); otherwise the channel's own. */
  to?: string[];
}

export interface SendContext {
  /** Recipients already served by an earlier attempt (Zalo); the sender adds to it. */
  sentTo: string[];
  markSent(recipient: string): Promise<void>;
}

export type ChannelSender<C extends Channel = Channel> = (channel: C, message: OutgoingMessage, ctx: SendContext) => Promise<void>;

/** A failure; permanent ones (bad address, 4xx from a webhook) are not retried automatically. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
