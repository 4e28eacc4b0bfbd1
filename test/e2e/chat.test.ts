// The assistant screen in a real Chromium at phone size, against the real server.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, recordForeignRequests, screenshot } from './helpers/browser.js';
import { ensureMiniAppBuilt, miniAppDir, startTestServer } from './helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];

const app = (hash: string) => `${server.baseUrl}/app/#${hash}`;

/** A build from before the chat screen landed has only the placeholder: rebuild it then. */
function builtWithChat(): boolean {
  try {
    const dir = path.join(miniAppDir, 'assets');
    return readdirSync(dir).some((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes('chat-form'));
  } catch {
    return false;
  }
}

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureMiniAppBuilt({ rebuild: !builtWithChat() });
  server = await startTestServer({ CHAT_RATE_LIMIT_MAX: '1000' });
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
  expect(foreign).toEqual([]);
  await context.close();
});

async function ask(text: string) {
  const input = page.getByLabel('Câu hỏi của bạn');
  await input.fill(text);
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
}

describe('chat screen', () => {
  it('answers a colloquial question, follows up, and links the procedure page', async () => {
    await page.goto(app('/chat'));
    await ask('vk e mới đẻ hôm qua, giờ làm giấy tờ cho bé ntn a');
    await page.locator('.chat-bubble-bot', { hasText: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await page.getByRole('button', { name: 'Lệ phí bao nhiêu?' }).click();
    await page.locator('.chat-bubble-bot', { hasText: 'Lệ phí: miễn phí' }).waitFor();
    await screenshot(page, 'chat-answer');
    await page.getByRole('link', { name: 'Xem trang thủ tục' }).last().click();
    await page.waitForURL(/#\/procedures\/1\.001193/);
  });

  it('asks which one with chips, and a chip picks the option', async () => {
    await page.goto(app('/chat'));
    await ask('chứng thực');
    const chips = page.locator('fieldset.chat-chips button');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThanOrEqual(2);
    const second = (await chips.nth(1).textContent())!.replace(/^2\.\s*/, '').replace(/…$/, '');
    await chips.nth(1).click();
    await page
      .locator('.chat-bubble-bot', { hasText: second.slice(0, 30) })
      .last()
      .waitFor();
    await screenshot(page, 'chat-clarify');
  });

  it('opened from a procedure page it is focused on that procedure', async () => {
    await page.goto(app('/chat?procedure=1.004194'));
    await ask('mất mấy ngày');
    await page.locator('.chat-bubble-bot', { hasText: 'Đăng ký tạm trú' }).waitFor();
  });

  it('hotlines show what each line is for; example numbers are shown but never callable (also at large text)', async () => {
    await page.goto(app('/hotlines'));
    await page.getByText('Bảo vệ trẻ em').first().waitFor();
    expect(await page.locator('a[href="tel:111"]').count()).toBe(1);
    expect(await page.locator('a[href^="tel:0200"]').count()).toBe(0);
    await page.getByText(/Số ví dụ, chưa phải số thật: 0200 000 001/).waitFor();
    await screenshot(page, 'chat-hotlines-topics');
    await page.addStyleTag({ content: 'html { font-size: 22px !important; }' });
    await screenshot(page, 'chat-hotlines-topics-large-text');
  });

  it('out of scope is declined in a plain bubble with a real number and the feedback form', async () => {
    await page.goto(app('/chat'));
    await ask('bạn nghĩ sao về việc sáp nhập tỉnh, có nên không');
    const bubble = page.locator('.chat-bubble-fallback').last();
    await bubble.waitFor();
    await bubble.getByRole('link', { name: 'Gửi phản ánh' }).waitFor();
    expect(await bubble.locator('a[href^="tel:0200"]').count()).toBe(0);
    expect(await bubble.locator('.chat-link').count()).toBe(0);
    await screenshot(page, 'chat-decline');
  });

  it('says plainly when it does not know, with the hotline and the feedback form', async () => {
    await page.goto(app('/chat'));
    await ask('giá vàng hôm nay thế nào');
    const bubble = page.locator('.chat-bubble-fallback').last();
    await bubble.waitFor();
    await bubble.getByRole('link', { name: 'Gửi phản ánh' }).waitFor();
    expect(await bubble.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.locator('.chat-help').getByRole('link', { name: 'Gửi phản ánh' }).click();
    await page.waitForURL(/#\/feedback\/new/);
  });
});
