// Real receivers on 127.0.0.1 for delivery tests: an SMTP server (smtp-server), a webhook
// endpoint that checks the signature, and a fake Zalo OA API.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { verifyWebhook } from '../../../server/src/outbox/signature.js';

export interface ReceivedMail {
  messageId: string | null;
  to: string[];
  raw: string;
}

/** SMTP receiver. `refuse()` decides per message whether to answer 451 (try again later). */
export async function startSmtp(opts: { refuse?: (n: number) => boolean; hold?: (n: number) => boolean } = {}) {
  const accepted: ReceivedMail[] = [];
  const seen: ReceivedMail[] = [];
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail = {
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        };
        const i = n++;
        seen.push(mail);
        // Hold: the whole message arrived but no answer is ever sent (the sender dies meanwhile).
        if (opts.hold?.(i)) return;
        if (opts.refuse?.(i)) {
          const err = Object.assign(new Error('Hệ thống thư đang bận, thử lại sau'), { responseCode: 451 });
          return callback(err);
        }
        accepted.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

async function listen(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Webhook receiver: 401 on a bad signature; `fail(n)` makes the n-th valid call answer 503. */
export async function startWebhook(secret: string, opts: { fail?: (n: number) => boolean } = {}) {
  const received: { body: Record<string, unknown>; delivery: string | undefined }[] = [];
  let badSignatures = 0;
  let n = 0;
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (!verifyWebhook(secret, raw, req.headers['x-cchc-signature'] as string | undefined)) {
      badSignatures++;
      res.writeHead(401).end();
      return;
    }
    if (opts.fail?.(n++)) {
      res.writeHead(503).end();
      return;
    }
    received.push({ body: JSON.parse(raw), delivery: req.headers['x-cchc-delivery'] as string | undefined });
    res.writeHead(204).end();
  });
  const url = await listen(server);
  return {
    url: `${url}/hooks/cchc`,
    received,
    badSignatures: () => badSignatures,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Fake Zalo OA API: POST /v3.0/oa/message/cs with access_token. `failFor` users get error -213 once. */
export async function startZalo(token: string, opts: { failOnceFor?: string[] } = {}) {
  const messages: { userId: string; text: string }[] = [];
  const failOnce = new Set(opts.failOnceFor ?? []);
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'POST' || req.url !== '/v3.0/oa/message/cs') return res.writeHead(404).end('{}');
    if (req.headers.access_token !== token) return res.end(JSON.stringify({ error: -216, message: 'Access token is invalid' }));
    const body = JSON.parse(raw) as { recipient: { user_id: string }; message: { text: string } };
    if (failOnce.delete(body.recipient.user_id))
      return res.end(JSON.stringify({ error: -213, message: 'User has not interacted with the OA' }));
    messages.push({ userId: body.recipient.user_id, text: body.message.text });
    res.end(JSON.stringify({ error: 0, message: 'Success', data: { message_id: `m${messages.length}` } }));
  });
  return { url: await listen(server), messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}
