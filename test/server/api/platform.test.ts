import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config.js';
import { testApp } from '../helpers/app.js';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await testApp());
});
afterAll(async () => close?.());

describe('platform', () => {
  it('answers CORS preflight for the Zalo Mini App origin', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/procedures',
      headers: {
        origin: 'https://h5.zdn.vn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('idempotency-key');
  });

  it('does not grant CORS to other origins', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/hotlines', headers: { origin: 'https://evil.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sets security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('reports health and readiness', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', store: 'embedded' });
  });

  it('answers unknown addresses with a rate-limited 404 problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['x-ratelimit-limit']).toBeDefined();
    expect(res.json().detail).toContain('/api/khong-co');
  });

  it('refuses malformed JSON with a Vietnamese 400, not a 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('serves the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/procedures');
  });

  it.each(['/api/fields', '/api/hotlines', '/api/units', '/api/guides', '/api/news', '/api/locality'])('serves %s', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
  });

  it('FAQ answers name the procedures they point to, so each link can say which', async () => {
    const items = (await app.inject({ method: 'GET', url: '/api/faq' })).json().items as {
      id: string;
      procedures: string[];
      procedureRefs: { code: string; name: string; shortName: string | null }[];
    }[];
    const death = items.find((i) => i.id === 'khai-tu-trong-bao-lau')!;
    expect(death.procedureRefs.map((r) => r.code)).toEqual(death.procedures);
    expect(death.procedureRefs.map((r) => r.shortName)).toEqual(['Đăng ký khai tử', 'Xóa đăng ký thường trú']);
  });

  it('lists hotlines including the national emergency numbers', async () => {
    const numbers = (await app.inject({ method: 'GET', url: '/api/hotlines' })).json().items.map((h: { number: string }) => h.number);
    expect(numbers).toEqual(expect.arrayContaining(['113', '114', '115']));
  });

  it('keeps merged old communes as data pointing at the new one', async () => {
    const units = (await app.inject({ method: 'GET', url: '/api/units' })).json().items as {
      code: string;
      validTo: string | null;
      replacedBy: string[];
    }[];
    const old = units.filter((u) => u.validTo !== null && u.replacedBy.length > 0);
    expect(old.length).toBeGreaterThan(0);
    for (const u of old) expect(units.map((x) => x.code)).toContain(u.replacedBy[0]);
  });
});

describe('configuration', () => {
  it('fails at boot with the list of every bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', MONGODB_URI: 'postgres://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('MONGODB_URI');
      expect(msg).toContain('LOG_LEVEL');
    }
  });
});
