// Issue 13: a link in a real sent message opens the screen it names, with its parameters, in a
// real Chromium. Staff answer a feedback sent from Zalo → the "answered" OA message reaches the
// fake Zalo server (through the outbox and the OA client) → its link is followed → the lookup
// screen, with the tracking code filled in. The Zalo form of the same link (?to=…, what a
// zalo.me/s/<appId>/ link hands the mini app) and an old path-style link open their screens too.
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/staff/audit.js';
import { staffRepository } from '../../server/src/staff/staff.repository.js';
import { staffAccounts } from '../../server/src/staff/staff-accounts.js';
import { validBody } from '../server/feedback/fixtures.js';
import { type FakeZalo, startFakeZalo } from '../server/zalo/fake-zalo.js';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.js';
import { type RunningServer, startTestServer } from './helpers/server.js';

const suite = process.env.E2E_BASE_URL ? describe.skip : describe;
const PASSWORD = 'mật-khẩu-e2e-đủ-dài-2026';
const CSRF = { 'x-requested-with': 'cchc-console' };

let server: RunningServer;
let zalo: FakeZalo;
let browser: Browser;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

beforeAll(async () => {
  zalo = await startFakeZalo({ appId: '1234567890', appSecret: 'app-secret', refreshToken: 'refresh-e2e' });
  const port = await freePort();
  server = (await startTestServer({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    FEEDBACK_MIN_FILL_MS: '0',
    OUTBOX_ENABLED: 'false',
    ZALO_OA_API_BASE: zalo.url,
    ZALO_OAUTH_BASE: zalo.url,
    ZALO_APP_ID: '1234567890',
    ZALO_APP_SECRET: 'app-secret',
    ZALO_OA_REFRESH_TOKEN: 'refresh-e2e',
  })) as RunningServer;
  const store = server.app.store;
  await staffAccounts(store, staffRepository(store), auditLog(store)).create(null, {
    username: 'tuphap',
    displayName: 'Nguyễn Văn Tư',
    roles: ['handler'],
    units: ['tu-phap-hoa-an'],
    password: PASSWORD,
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await zalo?.close();
});

async function lookupScreen(page: Page) {
  await page.getByRole('heading', { name: 'Tra cứu phản ánh' }).waitFor();
  return page.locator('#fb-lookup-code').inputValue();
}

suite('links in sent messages', () => {
  it('the "answered" Zalo message opens the lookup screen with the tracking code', async () => {
    const body = validBody({ zaloUserId: '8765432109876543210' });
    const submit = await fetch(`${server.baseUrl}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'e2e-links-0001' },
      body: JSON.stringify(body),
    });
    expect(submit.status).toBe(201);
    const { trackingCode } = (await submit.json()) as { trackingCode: string };
    const login = await fetch(`${server.baseUrl}/api/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({ username: 'tuphap', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const answer = await fetch(`${server.baseUrl}/api/staff/feedback/${trackingCode}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...CSRF },
      body: JSON.stringify({ text: 'Xã đã cấp bản sao trích lục, mời anh đến nhận tại bộ phận một cửa.' }),
    });
    expect(((await answer.json()) as { notified: string }).notified).toBe('sent');

    const message = zalo.sent.at(-1)!.text;
    const link = /Xem câu trả lời: (\S+)/.exec(message)?.[1];
    expect(link).toBe(`${server.baseUrl}/app/#/feedback/lookup?code=${trackingCode}`);
    const page = await (await phoneContext(browser)).newPage();
    await page.goto(link!);
    expect(await lookupScreen(page)).toBe(trackingCode);
    await screenshot(page, 'link-answered-lookup');
    // The citizen adds the last 4 digits and sees the answer.
    await page.locator('#fb-lookup-last4').fill(body.sender.phone!.replace(/\D/g, '').slice(-4));
    await page.getByRole('button', { name: /Tra cứu/ }).click();
    await page.getByText('Xã đã cấp bản sao trích lục').waitFor();
    await page.context().close();
  });

  it('the Zalo form of a link (?to=…) opens the same screen when the mini app starts', async () => {
    const page = await (await phoneContext(browser)).newPage();
    await page.goto(`${server.baseUrl}/app/?to=/feedback/lookup&code=PA-2026-000777`);
    expect(await lookupScreen(page)).toBe('PA-2026-000777');
    expect(new URL(page.url()).hash).toBe('#/feedback/lookup?code=PA-2026-000777');
    await page.context().close();
  });

  it('an old path-style link already sent opens the procedure it names', async () => {
    const code = (await (await fetch(`${server.baseUrl}/api/procedures?limit=1`)).json()).items[0].code as string;
    const page = await (await phoneContext(browser)).newPage();
    await page.goto(`${server.baseUrl}/app/procedures/${code}`);
    await page.waitForURL((u) => u.hash === `#/procedures/${code}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('h1').first().textContent()).not.toBe('');
    await page.context().close();
  });
});
