// E-mail over SMTP. The Message-ID is derived from the delivery id so that a message sent twice
// (the receiving server accepted it but we crashed before recording that) can be deduplicated.
import nodemailer, { type TransportOptions } from 'nodemailer';
import type { Channel, ChannelSender } from './types.js';
import { DeliveryError } from './types.js';

export interface EmailOptions {
  smtpUrl: string | undefined;
  from: string;
  timeoutMs: number;
}

export function emailSender(opts: EmailOptions): { send: ChannelSender<Extract<Channel, { type: 'email' }>>; close(): void } {
  const transport = opts.smtpUrl
    ? nodemailer.createTransport({
        url: opts.smtpUrl,
        // One kept-alive connection: the worker sends one message at a time anyway.
        pool: true,
        maxConnections: 1,
        maxMessages: 500,
        connectionTimeout: opts.timeoutMs,
        greetingTimeout: opts.timeoutMs,
        socketTimeout: opts.timeoutMs,
      } as TransportOptions)
    : null;
  return {
    async send(channel, message) {
      if (!transport) throw new DeliveryError('SMTP_URL chưa được cấu hình');
      try {
        await transport.sendMail({
          from: opts.from,
          to: channel.to,
          subject: message.subject,
          text: message.text,
          messageId: `<${message.deliveryId}@cchc>`,
          headers: { 'X-CCHC-Delivery': message.deliveryId },
        });
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message: string };
        // 5xx is a permanent refusal (unknown mailbox…); 4xx and network errors are temporary.
        const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
        throw new DeliveryError(`SMTP ${e.responseCode ?? e.code ?? ''}: ${e.message}`.slice(0, 500), permanent);
      }
    },
    close: () => transport?.close(),
  };
}
