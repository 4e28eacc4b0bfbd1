// `npm run screenshots:console`: every staff console screen in headless Chromium, signed in as an
// administrator (who sees every screen), at 1280 px and at 360 px (the default text size and a
// 22 px root font), into test-results/screenshots/console-*.png. Prints any screen wider than its
// window (sideways scrolling). Uses the built console (npm run build:console).
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { auditLog } from '../server/src/staff/audit.js';
import { staffRepository } from '../server/src/staff/staff.repository.js';
import { staffAccounts } from '../server/src/staff/staff-accounts.js';
import { launchBrowser } from '../test/e2e/helpers/browser.js';
import { startTestServer } from '../test/e2e/helpers/server.js';

const outDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');
const PASSWORD = 'mật-khẩu-ảnh-chụp-2026';

const server = await startTestServer({ FEEDBACK_MIN_FILL_MS: '0' });
if (!server.app) throw new Error('Unset E2E_BASE_URL: the screenshots need their own server.');
await staffAccounts(server.app.store, staffRepository(server.app.store), auditLog(server.app.store)).create(null, {
  username: 'quantri',
  displayName: 'Trần Quản Trị',
  roles: ['admin'],
  units: [],
  password: PASSWORD,
});
const res = await fetch(`${server.baseUrl}/api/feedback`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
  body: JSON.stringify({
    kind: 'phan_anh',
    communeCode: 'VD-HOA-AN',
    consent: { accepted: true, version: 'pakn-2026-01' },
    subject: 'Chưa nhận được bản sao trích lục khai sinh',
    content: 'Tôi nộp hồ sơ cấp bản sao trích lục khai sinh cho con đã hơn 10 ngày nhưng chưa nhận được kết quả.',
    field: 'ho-tich',
    sender: { name: 'Phạm Thị Hoa', phone: '0977 246 810', address: 'Thôn Đông, xã Hòa An' },
    publish: true,
  }),
});
const { trackingCode } = (await res.json()) as { trackingCode: string };

const heading = (p: Page, name: string) => p.getByRole('heading', { name, exact: true }).first().waitFor();
const SHOTS: [string, string, (p: Page) => Promise<unknown>][] = [
  ['inbox', '#/inbox?status=open', (p) => heading(p, 'Phản ánh cần xử lý')],
  ['detail', `#/feedback/${trackingCode}`, (p) => heading(p, 'Người gửi')],
  [
    'detail-answer',
    `#/feedback/${trackingCode}`,
    async (p) => {
      await p.getByRole('button', { name: 'Trả lời', exact: true }).click();
      await p.getByLabel('Nội dung trả lời').waitFor();
    },
  ],
  ['content-hotlines', '#/content/hotlines', (p) => heading(p, 'Đường dây nóng')],
  [
    'content-hotline-edit',
    '#/content/hotlines',
    async (p) => {
      await p.getByRole('button', { name: 'Sửa' }).first().click();
      await p.getByLabel('Giờ trực').waitFor();
    },
  ],
  ['content-faq', '#/content/faq', (p) => heading(p, 'Hỏi đáp')],
  ['settings-units', '#/settings/units', (p) => heading(p, 'Đơn vị xử lý phản ánh')],
  ['settings-routing', '#/settings/routing', (p) => heading(p, 'Quy tắc chuyển phản ánh')],
  ['settings-holidays', '#/settings/holidays', (p) => heading(p, 'Ngày nghỉ lễ')],
  [
    'settings-staff-new',
    '#/settings/staff',
    async (p) => {
      await p.getByRole('button', { name: 'Tạo tài khoản' }).click();
      await p.getByLabel('Mật khẩu ban đầu').waitFor();
    },
  ],
  ['settings-audit', '#/settings/audit', (p) => heading(p, 'Nhật ký thao tác')],
  ['reports', '#/reports?period=year', (p) => p.locator('figure.chart canvas').first().waitFor()],
  ['reports-gaps', '#/reports/gaps', (p) => heading(p, 'Câu hỏi chưa có trả lời')],
  ['reports-print', '#/reports/print', (p) => heading(p, 'In áp phích, tờ rơi')],
];

await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
const wide: string[] = [];
try {
  for (const [suffix, width, large] of [
    ['', 1280, false],
    ['-360', 360, false],
    ['-360-large', 360, true],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    if (large) await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 22, fixed: 22 } });
    await page.goto(`${server.baseUrl}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    for (const [name, hash, ready] of SHOTS) {
      const file = `console-${name}${suffix}`;
      try {
        await page.goto(`${server.baseUrl}/console/${hash}`);
        await ready(page);
        await page.waitForTimeout(200);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) {
          // The outermost elements that stick out (what to fix).
          const culprits = await page.evaluate(() => {
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > w + 1 && !el.parentElement?.closest('.scroll-x'))
              .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > w + 1))
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          });
          wide.push(`${file}: ${scroll} px wide in a ${client} px window (${culprits.join(', ')})`);
        }
        await page.screenshot({ path: path.join(outDir, `${file}.png`), fullPage: true });
        console.log(`  ${file}.png`);
      } catch (err) {
        console.log(`  ${file}: FAILED ${(err as Error).message.split('\n')[0]}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), outDir)}/`);
if (wide.length > 0) {
  console.log(`Wider than the window:\n  ${wide.join('\n  ')}`);
  process.exitCode = 1;
}
