// The staff console in a real Chromium against the real server: a citizen's feedback → a handler
// signs in, finds it in the inbox, answers it → the citizen reads the answer by tracking code
// and rates it → it is listed publicly without personal data. Screenshots of every screen go
// to artifacts/screenshots/console-*.png.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/staff/audit.js';
import { staffRepository } from '../../server/src/staff/staff.repository.js';
import { staffAccounts } from '../../server/src/staff/staff-accounts.js';
import { seriousViolations } from './helpers/axe.js';
import { launchBrowser, recordForeignRequests, screenshot } from './helpers/browser.js';
import { startTestServer } from './helpers/server.js';

const PASSWORD = 'mật-khẩu-cán-bộ-2026';
const SENDER = { name: 'Phạm Thị Hoa', phone: '0977 246 810', address: 'Số 12 ngõ 5, thôn Đông, xã Hòa An' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let code = '';
const pageErrors: string[] = [];
/** One list per page, filled as the page loads (see recordForeignRequests). */
const foreign: string[][] = [];

async function submit(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${server.baseUrl}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ kind: 'phan_anh', communeCode: 'VD-HOA-AN', consent: { accepted: true, version: 'pakn-2026-01' }, ...body }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { trackingCode: string }).trackingCode;
}

async function desktop(size = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    // A 401 on the first /me call before signing in is expected; anything else is an error.
    if (m.type() === 'error' && !m.text().includes('401')) pageErrors.push(`${m.text()} ${m.location().url}`);
  });
  foreign.push(recordForeignRequests(page, server.baseUrl));
  return { context, page };
}

async function signIn(page: Page, username: string) {
  await page.goto(`${server.baseUrl}/console/`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  // Keyboard only: the username field has focus; Tab to the password; Enter submits.
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** The in-process server's store: staff accounts and test dates are written there directly. */
function store() {
  if (!server.app) throw new Error('The console end-to-end test starts its own server; unset E2E_BASE_URL.');
  return server.app.store;
}

beforeAll(async () => {
  // Cases are posted straight to the API here (no form): no minimum fill time.
  server = await startTestServer({ OUTBOX_MAX_ATTEMPTS: '1', FEEDBACK_MIN_FILL_MS: '0' });
  const repo = staffRepository(store());
  const accounts = staffAccounts(store(), repo, auditLog(store()));
  await accounts.create(null, {
    username: 'tuphap',
    displayName: 'Nguyễn Văn Tư',
    roles: ['handler'],
    units: ['tu-phap-hoa-an'],
    password: PASSWORD,
  });
  await accounts.create(null, { username: 'bientap', displayName: 'Lê Thị Biên', roles: ['editor'], units: [], password: PASSWORD });
  await accounts.create(null, { username: 'quantri', displayName: 'Trần Quản Trị', roles: ['admin'], units: [], password: PASSWORD });

  code = await submit({
    subject: 'Chưa nhận được bản sao trích lục khai sinh',
    content: 'Tôi nộp hồ sơ cấp bản sao trích lục khai sinh cho con tại bộ phận một cửa đã hơn 10 ngày nhưng chưa nhận được kết quả.',
    field: 'ho-tich',
    location: { text: 'Bộ phận một cửa UBND xã Hòa An' },
    sender: SENDER,
    publish: true,
  });
  // More cases so the inbox looks like a working day: one overdue, one due soon.
  const late = await submit({
    subject: 'Xác nhận tình trạng hôn nhân bị trả hồ sơ',
    content: 'Hồ sơ xác nhận tình trạng hôn nhân của tôi bị trả lại mà không ghi rõ lý do, đề nghị hướng dẫn.',
    field: 'ho-tich',
    sender: { name: 'Đỗ Văn Nam', phone: '0912 000 111', address: 'Thôn Tây, xã Hòa An' },
    publish: false,
  });
  const soon = await submit({
    subject: 'Đề nghị bổ sung hướng dẫn chứng thực chữ ký',
    content: 'Đề nghị xã niêm yết rõ giấy tờ cần mang theo khi chứng thực chữ ký để người dân khỏi đi lại nhiều lần.',
    kind: 'kien_nghi',
    field: 'chung-thuc',
    sender: { name: 'Vũ Thị Lan', phone: '0903 555 777', address: 'Thôn Bắc, xã Hòa An' },
    publish: true,
  });
  const fb = store().collection('feedback');
  await fb.updateOne({ trackingCode: late }, { $set: { dueAt: '2026-01-05' } });
  await fb.updateOne({ trackingCode: soon }, { $set: { status: 'in_progress' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('staff console', () => {
  it('handler: sign in, inbox, detail with the sender’s data, answer and publish', async () => {
    const { context, page } = await desktop();
    await page.goto(`${server.baseUrl}/console/`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await screenshot(page, 'console-login');
    // A wrong password shows the server's message.
    await page.getByLabel('Tên đăng nhập').fill('tuphap');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('không đúng');
    await screenshot(page, 'console-login-error');

    await signIn(page, 'tuphap');
    await page.getByRole('heading', { name: 'Phản ánh cần xử lý' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: code });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain('Còn 7 ngày làm việc');
    await expect(page.locator('tr.overdue').textContent()).resolves.toContain('Quá hạn');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: /Quá hạn/ }).textContent()).resolves.toContain('1');
    await expect(nav.getByRole('link', { name: /Cần xử lý/ }).textContent()).resolves.toContain('3');
    // Inbox lists never carry personal data.
    await expect(page.locator('main').textContent()).resolves.not.toContain(SENDER.name);
    await screenshot(page, 'console-inbox');

    await nav.getByRole('link', { name: /Quá hạn/ }).click();
    await page.getByRole('heading', { name: 'Phản ánh quá hạn' }).waitFor();
    // (The heading follows the address at once; the previous list stays on screen until the
    // overdue one arrives — useLoad keeps data to avoid a flash — so wait for it.)
    await expect.poll(() => page.getByRole('row').count(), { timeout: 5000 }).toBe(2);

    await page.goto(`${server.baseUrl}/console/#/inbox?status=open`);
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: /Chưa nhận được bản sao/ }).waitFor();
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain(SENDER.name);
    await expect(main.textContent()).resolves.toContain('0977246810');
    await expect(main.textContent()).resolves.toContain('tuphap@hoa-an.example.vn');
    await screenshot(page, 'console-detail');

    await page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await page.getByText('Đang xử lý', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
    await page
      .getByLabel('Nội dung trả lời')
      .fill(
        'Kết quả bản sao trích lục khai sinh của con bà đã có tại Bộ phận một cửa UBND xã. Mời bà mang giấy hẹn đến nhận trong giờ hành chính. Cần hỏi thêm, bà gọi 0977 246 810.',
      );
    await screenshot(page, 'console-answer-form');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.locator('.status.s-answered').first().waitFor();
    await expect(main.textContent()).resolves.toContain('Không công khai');
    // Publishing goes through a preview with personal data already masked, editable.
    await page.getByRole('button', { name: 'Công khai câu trả lời' }).click();
    await page.getByRole('heading', { name: 'Xem trước bản công khai' }).waitFor();
    await expect(page.getByLabel('Câu trả lời', { exact: true }).inputValue()).resolves.toContain('bà gọi [số điện thoại đã ẩn].');
    await page.getByLabel('Câu trả lời', { exact: true }).press('End');
    await page.getByLabel('Câu trả lời', { exact: true }).type(' Xin cảm ơn.');
    await screenshot(page, 'console-publish-preview');
    await page.getByRole('button', { name: 'Công khai', exact: true }).click();
    await page
      .getByText(/Đang công khai/)
      .first()
      .waitFor();
    await screenshot(page, 'console-answered');

    // Tablet, portrait: the same detail in one column.
    await page.setViewportSize({ width: 800, height: 1100 });
    await screenshot(page, 'console-detail-tablet', false);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.goto(`${server.baseUrl}/console/#/inbox?status=all`);
    await page.getByRole('heading', { name: 'Tất cả phản ánh' }).waitFor();
    await screenshot(page, 'console-inbox-tablet', false);
    await context.close();
  });

  it('citizen: reads the answer by tracking code, rates it; the answer is public without personal data', async () => {
    const track = await fetch(`${server.baseUrl}/api/feedback/${code}?phoneLast4=6810`);
    const t = (await track.json()) as { status: string; answer: { text: string } };
    expect(t.status).toBe('answered');
    expect(t.answer.text).toContain('Mời bà mang giấy hẹn');
    const rate = await fetch(`${server.baseUrl}/api/feedback/${code}/rating`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phoneLast4: '6810', stars: 5, solved: true, comment: 'Cán bộ trả lời nhanh.' }),
    });
    expect(rate.status).toBe(200);
    const pub = (await (await fetch(`${server.baseUrl}/api/feedback/public?q=trich luc`)).json()) as {
      items: { id: string; answer: string }[];
    };
    expect(pub.items).toHaveLength(1);
    expect(pub.items[0]?.answer).toContain('[số điện thoại đã ẩn]. Xin cảm ơn.');
    const raw = JSON.stringify(pub);
    for (const s of [SENDER.name, '0977246810', '0977 246 810', '6810', 'ngõ 5, thôn Đông', code]) expect(raw).not.toContain(s);

    // The handler sees the rating in the console.
    const { context, page } = await desktop();
    await signIn(page, 'tuphap');
    await page.goto(`${server.baseUrl}/console/#/feedback/${code}`);
    await page.getByRole('heading', { name: 'Đánh giá của người gửi' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('Cán bộ trả lời nhanh.');
    await screenshot(page, 'console-rated');
    await context.close();
  });

  it('editor: edits a hotline; the public API shows the change', async () => {
    const { context, page } = await desktop();
    await signIn(page, 'bientap');
    await page.getByRole('heading', { name: 'Đường dây nóng' }).waitFor();
    await screenshot(page, 'console-content-hotlines');
    const row = page.getByRole('row').filter({ hasText: 'Ví dụ' }).first();
    await row.getByRole('button', { name: 'Sửa' }).click();
    await page.getByLabel('Giờ trực').fill('7 giờ 30 đến 17 giờ các ngày làm việc');
    await screenshot(page, 'console-content-edit');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.getByText('Đã sửa trong bảng điều khiển').first().waitFor();
    const hotlines = (await (await fetch(`${server.baseUrl}/api/hotlines`)).json()) as { items: { hours: string | null }[] };
    expect(hotlines.items.some((h) => h.hours === '7 giờ 30 đến 17 giờ các ngày làm việc')).toBe(true);

    for (const kind of ['news', 'guides', 'faq', 'templates']) {
      await page.goto(`${server.baseUrl}/console/#/content/${kind}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `console-content-${kind}`);
    }
    // On a phone with large text every entry can still be read whole and edited: the list is
    // read as cards, nothing cut at the right edge, the edit button on screen.
    await page.goto(`${server.baseUrl}/console/#/content/faq`);
    await page.getByRole('heading', { name: 'Hỏi đáp' }).waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '22px';
    });
    const firstRow = page.locator('table.list tbody tr').first();
    const edit = firstRow.getByRole('button', { name: 'Sửa' });
    await expect(edit.isVisible()).resolves.toBe(true);
    const box = await edit.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.scroll-x')].some((el) => el.scrollWidth > el.clientWidth + 1),
    );
    expect(clipped).toBe(false);
    await screenshot(page, 'console-content-faq-360-large-text');
    // (And read as cards, nothing in the list blocks a screen reader or a keyboard user.)
    expect(await seriousViolations(page)).toEqual([]);
    await edit.click();
    await page.getByLabel(/^Trả lời/).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    // An editor has no feedback screens.
    await expect(page.getByRole('link', { name: /Cần xử lý/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it('admin: settings screens and the audit log', async () => {
    const { context, page } = await desktop();
    await signIn(page, 'quantri');
    for (const [path, heading] of [
      ['units', 'Đơn vị xử lý phản ánh'],
      ['routing', 'Quy tắc chuyển phản ánh'],
      ['holidays', 'Ngày nghỉ lễ'],
      ['staff', 'Tài khoản cán bộ'],
      ['audit', 'Nhật ký thao tác'],
    ]) {
      await page.goto(`${server.baseUrl}/console/#/settings/${path}`);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await screenshot(page, `console-settings-${path}`);
    }
    const audit = await page.locator('main').textContent();
    expect(audit).toContain('Trả lời');
    expect(audit).not.toContain(SENDER.name);
    await context.close();
  });

  it('loaded nothing from outside the server and raised no script errors', () => {
    expect(foreign.flat()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
