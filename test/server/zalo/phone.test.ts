// POST /api/zalo/phone: the real graph client against a local fake Zalo Graph API.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangePhoneToken } from '../../../server/src/zalo/graph-client.js';
import { testApp } from '../helpers/app.js';
import { type FakeGraph, startFakeGraph } from './fake-graph.js';

const APP_SECRET = 'app-secret-graph';
const MANUAL = 'Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.';

let graph: FakeGraph;
let app: FastifyInstance;
let close: () => Promise<void>;
let ip = 0;

beforeAll(async () => {
  graph = await startFakeGraph({ appSecret: APP_SECRET });
  graph.numbers.set('user-access-1|phone-token-1', '84912345678');
  ({ app, close } = await testApp({ OUTBOX_ENABLED: 'false', ZALO_GRAPH_BASE: graph.url, ZALO_APP_SECRET: APP_SECRET }));
});
afterAll(async () => {
  await close?.();
  await graph?.close();
});

const ask = (payload: unknown, a: FastifyInstance = app) =>
  a.inject({ method: 'POST', url: '/api/zalo/phone', payload: payload as object, remoteAddress: `10.7.0.${++ip}` });

describe('POST /api/zalo/phone', () => {
  it('exchanges the tokens at Zalo with the app secret and answers the number as 0…', async () => {
    const res = await ask({ accessToken: 'user-access-1', token: 'phone-token-1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ phone: '0912345678' });
    expect(graph.calls.at(-1)).toEqual({ accessToken: 'user-access-1', code: 'phone-token-1', secretKey: APP_SECRET });
  });

  it('answers 400 with "enter it by hand" when Zalo refuses the token (garbage or spent), not 502', async () => {
    const res = await ask({ accessToken: 'user-access-1', token: 'spent-token' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain(MANUAL);
  });

  it('answers 400 in Vietnamese when a token is missing, without calling Zalo', async () => {
    const n = graph.calls.length;
    const res = await ask({ accessToken: 'user-access-1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Thiếu mã số điện thoại từ Zalo');
    expect((await ask({ token: 'phone-token-1', accessToken: '  ' })).json().detail).toContain('Thiếu mã truy cập');
    expect(graph.calls.length).toBe(n);
  });

  it('answers 503 when the app secret is not configured', async () => {
    const other = await testApp({ OUTBOX_ENABLED: 'false', ZALO_GRAPH_BASE: graph.url });
    try {
      const res = await ask({ accessToken: 'user-access-1', token: 'phone-token-1' }, other.app);
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toContain('nhập số điện thoại bằng tay');
    } finally {
      await other.close();
    }
  });

  it('answers 502 when Zalo cannot be reached', async () => {
    const other = await testApp({ OUTBOX_ENABLED: 'false', ZALO_GRAPH_BASE: 'http://127.0.0.1:1', ZALO_APP_SECRET: APP_SECRET });
    try {
      const res = await ask({ accessToken: 'user-access-1', token: 'phone-token-1' }, other.app);
      expect(res.statusCode).toBe(502);
      expect(res.json().detail).toBe(MANUAL);
    } finally {
      await other.close();
    }
  });

  it('is rate-limited per client', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/zalo/phone',
        payload: { accessToken: 'user-access-1', token: 'phone-token-1' },
        remoteAddress: '10.8.0.1',
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 200)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});

describe('exchangePhoneToken', () => {
  it('gives up after the timeout when Zalo does not answer', async () => {
    graph.hang = true;
    try {
      const started = Date.now();
      await expect(
        exchangePhoneToken({
          graphBase: graph.url,
          appSecret: APP_SECRET,
          accessToken: 'user-access-1',
          token: 'phone-token-1',
          timeoutMs: 200,
        }),
      ).rejects.toMatchObject({ name: 'ZaloGraphError', code: -1 });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      graph.hang = false;
    }
  });
});
