// The citizen mini app in a real Chromium at phone size, against the real server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, recordForeignRequests, screenshot } from './helpers/browser.js';
import { startTestServer } from './helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];

const app = (hash = '/') => `${server.baseUrl}/app/#${hash}`;

/** Nothing wider than the screen: no sideways scrolling on a small phone. */
async function expectNoHorizontalOverflow(p: Page) {
  const { scroll, client } = await p.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

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
  foreign = recordForeignRequests(page, server.baseUrl);
});

afterEach(async () => {
  // No font, icon or script from any CDN.
  expect(foreign).toEqual([]);
  await context.close();
});

describe('mini app', () => {
  it('home: search box first, the tiles, the one-stop office; fits 320 px', async () => {
    await page.goto(app('/'));
    const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
    await expect(search.isEnabled()).resolves.toBe(true);
    for (const tile of ['Thủ tục', 'Đường dây nóng', 'Dịch vụ công trực tuyến', 'Gửi phản ánh', 'Tra cứu phản ánh', 'Hỏi đáp', 'Tin tức']) {
      await page.getByRole('link', { name: tile, exact: true }).waitFor();
    }
    await page.locator('.badge-example', { hasText: 'Địa phương ví dụ' }).waitFor();
    await page
      .getByText(/Hôm nay (mở cửa|không làm việc)|Chưa có thông tin giờ làm việc/)
      .first()
      .waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'home-360');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'home-320');
  });

  it('searches without diacritics, opens the detail, and remembers ticked papers across a reload', async () => {
    await page.goto(app('/'));
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm' }).click();
    const result = page.getByRole('link', { name: /Thủ tục đăng ký khai sinh/ }).first();
    await result.waitFor();
    // The typed words are marked in the name even though they were typed without accents.
    await expect(page.locator('mark', { hasText: /khai/i }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'procedures-search');

    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await page.getByRole('heading', { name: 'Giấy tờ cần mang' }).waitFor();
    await screenshot(page, 'procedure-detail');

    const boxes = page.locator('.checklist input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByText(/Đã chuẩn bị 2\/\d+ giấy tờ/).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await expect(page.locator('.checklist input[type="checkbox"]').nth(0).isChecked()).resolves.toBe(true);
    await expect(page.locator('.checklist input[type="checkbox"]').nth(1).isChecked()).resolves.toBe(true);
    await expect(page.locator('.checklist input[type="checkbox"]').nth(2).isChecked()).resolves.toBe(false);
    await expectNoHorizontalOverflow(page);
  });

  it('browsing by field lists that field’s procedures', async () => {
    await page.goto(app('/procedures'));
    await page.getByRole('heading', { name: 'Tìm theo lĩnh vực' }).waitFor();
    await screenshot(page, 'procedures-fields');
    await page.locator('.list-item').first().click();
    await page
      .getByText(/\d+ thủ tục/)
      .first()
      .waitFor();
    await expect(page.locator('a[href*="#/procedures/"]').count()).resolves.toBeGreaterThan(0);
  });

  it('an empty search offers the assistant and a hotline instead of a dead end', async () => {
    await page.goto(app('/procedures?q=zzqxw%20vvkkj'));
    await page.getByText('Chưa tìm thấy thủ tục phù hợp').waitFor();
    await page.getByRole('link', { name: 'Hỏi trợ lý' }).waitFor();
    await page.getByRole('link', { name: 'Các đường dây nóng' }).waitFor();
    await screenshot(page, 'procedures-empty');
  });

  it('a hotline tap reaches the call path (tel: link in a browser)', async () => {
    await page.goto(app('/hotlines'));
    const call = page.getByRole('link', { name: /^Gọi / }).first();
    await call.waitFor();
    await screenshot(page, 'hotlines');
    const href = await call.getAttribute('href');
    expect(href).toMatch(/^tel:\+?\d{3,}$/);
    // The tap starts a tel: navigation (handed to the phone's dialler); the app stays put.
    const dialled = page.waitForRequest((r) => r.url().startsWith('tel:'));
    await call.click();
    expect((await dialled).url()).toBe(href);
    expect(page.url()).toContain('#/hotlines');
  });

  it('a procedure viewed once opens offline from the device, and says so', async () => {
    await page.goto(app('/procedures/1.001193'));
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText('Đang xem bản lưu trên máy', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await screenshot(page, 'procedure-offline');
  });

  it('a failing API shows "Thử lại", and retrying shows the content', async () => {
    await context.route('**/api/fields', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Lỗi', status: 500, detail: 'Lỗi máy chủ' }),
      }),
    );
    await page.goto(app('/procedures'));
    const retry = page.getByRole('button', { name: 'Thử lại' });
    await retry.waitFor();
    await screenshot(page, 'error-retry');
    await context.unroute('**/api/fields');
    await retry.click();
    await page.locator('.list-item').first().waitFor();
    await expect(retry.count()).resolves.toBe(0);
  });

  it('guides, news and FAQ render, and the feedback form names the procedure it was opened from', async () => {
    await page.goto(app('/guides'));
    await page.getByRole('heading', { name: 'Hướng dẫn' }).waitFor();
    await page.getByRole('link', { name: /Mở Cổng Dịch vụ công/ }).waitFor();
    await screenshot(page, 'guides');

    await page.goto(app('/news'));
    const first = page.locator('.list-item').first();
    await first.waitFor();
    await screenshot(page, 'news');
    await first.click();
    await page.locator('.markdown').waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'news-article');

    await page.goto(app('/faq'));
    await page.getByRole('heading', { name: 'Không thấy câu hỏi của bạn?' }).waitFor();
    await screenshot(page, 'faq');

    // The chat screen itself: test/e2e/chat.test.ts.
    // The feedback form opened from a procedure names it (the form itself: test/e2e/feedback.test.ts).
    await page.goto(app('/feedback/new?procedure=1.001193'));
    await page.getByText('Thủ tục đăng ký khai sinh', { exact: true }).waitFor();
  });
});
