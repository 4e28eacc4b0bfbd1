// A local fake of Zalo's Graph API phone exchange (127.0.0.1 only):
// GET /v2.0/me/info with headers access_token, code (phone token), secret_key.
// Known (access token, phone token) pairs answer their number; anything else answers Zalo's
// error shape; `hang` makes it never answer (timeout path).
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGraph {
  url: string;
  /** `${accessToken}|${phoneToken}` → number as Zalo returns it (84…). */
  numbers: Map<string, string>;
  calls: { accessToken: string; code: string; secretKey: string }[];
  hang: boolean;
  close(): Promise<void>;
}

export async function startFakeGraph(opts: { appSecret: string }): Promise<FakeGraph> {
  const state = { numbers: new Map<string, string>(), calls: [] as FakeGraph['calls'], hang: false };
  const server = http.createServer((req, res) => {
    const h = (k: string) => String(req.headers[k] ?? '');
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'GET' || req.url !== '/v2.0/me/info') return send(404, { error: 404, message: 'not found' });
    state.calls.push({ accessToken: h('access_token'), code: h('code'), secretKey: h('secret_key') });
    if (state.hang) return; // never answers
    if (h('secret_key') !== opts.appSecret) return send(200, { error: -14002, message: 'Invalid secret key' });
    const number = state.numbers.get(`${h('access_token')}|${h('code')}`);
    if (!number) return send(200, { error: -14003, message: 'Invalid code or access token' });
    send(200, { data: { number }, error: 0, message: 'Success' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
