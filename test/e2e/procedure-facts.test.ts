// Facts on a procedure page in a real Chromium at phone size: the fee that applies today and why,
// the police office for a police procedure, fully-online residence procedures, and large text.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, screenshot } from './helpers/browser.js';
import { startTestServer } from './helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const app = (hash: string) => `${server.baseUrl}/app/#${hash}`;
const money = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await phoneContext(browser);
  page = await context.newPage();
});
afterEach(async () => context.close());

describe('procedure facts', () => {
  it('reissued ID card: the fee that applies today, why, and the office is Công an xã', async () => {
    // What applies depends on today's date: the page must show exactly what the API computed for today.
    const api = await (await fetch(`${server.baseUrl}/api/procedures/1.014064`)).json();
    const applicable = api.methods.find((m: { kind: string }) => m.kind === 'truc_tiep').fees[0].applicable;
    await page.goto(app('/procedures/1.014064'));
    await page.getByRole('heading', { level: 1, name: 'Cấp lại thẻ căn cước' }).waitFor();
    const fee = page.locator('.method').first().locator('.fee-line');
    await expect(fee.textContent()).resolves.toContain(`${money(applicable.amount)} đồng/thẻ`);
    if (applicable.condition) {
      await expect(fee.textContent()).resolves.toMatch(
        /Đang giảm[\s\S]*đến hết 31\/12\/2026[\s\S]*Sau ngày 31\/12\/2026: 70\.000 đồng\/thẻ/,
      );
      await fee.getByRole('link', { name: /Thông tư số 64\/2025\/TT-BTC/ }).waitFor();
    }
    await page.locator('section[aria-labelledby="where-title"]').getByRole('heading', { name: 'Công an xã Hòa An' }).waitFor();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(page, 'procedure-fee-condition-360');
    await page.addStyleTag({ content: 'html { font-size: 22px !important; }' });
    await fee.waitFor();
    await screenshot(page, 'procedure-fee-condition-22px');
  });

  it('temporary residence: fully online, cited, and the individual and group-list rates side by side', async () => {
    await page.goto(app('/procedures/1.004194'));
    await page.getByRole('heading', { level: 1, name: 'Đăng ký tạm trú' }).waitFor();
    const online = page.locator('section[aria-labelledby="online-title"]');
    await online.getByText('Dịch vụ công trực tuyến toàn trình', { exact: true }).waitFor();
    await online.getByRole('link', { name: /Nghị định số 42\/2022\/NĐ-CP/ }).waitFor();
    await expect(page.getByText(/vẫn phải đến/).count()).resolves.toBe(0);
    const inPerson = page.locator('.method', { hasText: 'Nộp trực tiếp' }).locator('.fee-line');
    await expect(inPerson.allTextContents()).resolves.toEqual([
      expect.stringContaining('Cá nhân, hộ gia đình: 15.000 đồng/lần đăng ký'),
      expect.stringContaining('Đăng ký theo danh sách: 10.000 đồng/người/lần đăng ký'),
    ]);
    await inPerson
      .first()
      .getByRole('link', { name: /Thông tư số 75\/2022\/TT-BTC/ })
      .waitFor();
  });
});
