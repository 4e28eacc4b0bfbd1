// Every route, hostile input (bench/fuzz-harness.ts): never a 5xx, never a polluted prototype.
// `npm run bench fuzz` runs the same over real HTTP and prints the figures.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzRoutes, routesOf } from '../../../bench/fuzz-harness.js';
import { type StaffApp, staffApp } from '../staff/helpers.js';

let t: StaffApp;
beforeAll(async () => {
  t = await staffApp({
    TRUST_PROXY: 'true',
    RATE_LIMIT_MAX: '100000000',
    FEEDBACK_RATE_IP_MAX: '100000000',
    CHAT_RATE_LIMIT_MAX: '100000000',
    ZALO_PHONE_RATE_LIMIT_MAX: '100000000',
  });
  await t.createStaff('fuzz-admin', ['admin']);
});
afterAll(() => t?.close());

it('hostile requests to every route, signed out and as admin: all answered, none with 5xx', async () => {
  const routes = routesOf((await t.app.inject('/docs/json')).json());
  expect(routes.length).toBeGreaterThan(50);
  const result = await fuzzRoutes(
    async (r) => {
      const res = await t.app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload });
      return { status: res.statusCode, body: res.body };
    },
    { routes, cookie: await t.cookieFor('fuzz-admin') },
  );
  expect(result.requests).toBeGreaterThan(5000);
  expect(result.serverErrors).toEqual([]);
  expect(result.polluted).toBe(false);
  expect((await t.app.inject('/healthz')).statusCode).toBe(200);
}, 120_000);
