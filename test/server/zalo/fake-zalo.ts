// A local fake of the two Zalo endpoints the OA client uses (127.0.0.1 only):
// - POST /v4/oa/access_token: form refresh_token, app_id, grant_type; header secret_key;
//   each refresh token works ONCE and is rotated;
// - POST /v3.0/oa/message/cs: header access_token; an expired or unknown token answers error -216.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeZalo {
  url: string;
  appId: string;
  appSecret: string;
  sent: { userId: string; text: string; token: string }[];
  refreshCalls: number;
  /** Refresh tokens that are valid now (each works once). */
  validRefresh: Set<string>;
  validAccess: Set<string>;
  expire(token: string): void;
  close(): Promise<void>;
}

export async function startFakeZalo(opts: { appId: string; appSecret: string; refreshToken: string }): Promise<FakeZalo> {
  let n = 0;
  const state = {
    sent: [] as FakeZalo['sent'],
    refreshCalls: 0,
    validRefresh: new Set([opts.refreshToken]),
    validAccess: new Set<string>(),
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method === 'POST' && req.url === '/v4/oa/access_token') {
      state.refreshCalls++;
      const form = new URLSearchParams(body);
      const rt = form.get('refresh_token') ?? '';
      if (req.headers.secret_key !== opts.appSecret || form.get('app_id') !== opts.appId || form.get('grant_type') !== 'refresh_token') {
        return send(400, { error: -14002, error_name: 'Invalid app' });
      }
      if (!state.validRefresh.delete(rt)) return send(400, { error: -14014, error_name: 'Invalid refresh token' });
      n++;
      const access = `access-${n}`;
      const refresh = `refresh-${n}`;
      state.validAccess.add(access);
      state.validRefresh.add(refresh);
      return send(200, { access_token: access, refresh_token: refresh, expires_in: '90000' });
    }
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
      const token = String(req.headers.access_token ?? '');
      if (!state.validAccess.has(token)) return send(200, { error: -216, message: 'Access token is invalid' });
      const msg = JSON.parse(body) as { recipient: { user_id: string }; message: { text: string } };
      if (msg.message.text.length > 2000) return send(200, { error: -201, message: 'text too long' });
      state.sent.push({ userId: msg.recipient.user_id, text: msg.message.text, token });
      return send(200, { error: 0, message: 'Success', data: { message_id: `m${state.sent.length}` } });
    }
    send(404, { error: 404 });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    appId: opts.appId,
    appSecret: opts.appSecret,
    expire: (token: string) => {
      state.validAccess.delete(token);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeZalo;
}
