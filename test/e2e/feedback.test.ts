// Feedback end to end, in a real Chromium at phone size against the real server: the citizen fills
// the form (photo, location, consent) → the e-mail reaches a real SMTP server on loopback with the
// tracking code → the signed webhook arrives and its signature checks → the status page says
// "Đã chuyển"; then staff answer and publish, the citizen rates, finds it in public answers,
// looks it up from another device, and erases their data. Screenshots at 360 and 320 px.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { startSmtp, startWebhook } from '../server/outbox/receivers.js';
import { launchBrowser, phoneContext, recordForeignRequests, screenshot } from './helpers/browser.js';
import { type RunningServer, startTestServer } from './helpers/server.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const SECRET_ENV = 'E2E_FEEDBACK_WEBHOOK_SECRET';
const SECRET = 'e2e-webhook-secret-0123456789abcdef';
const STAFF_PASSWORD = 'mật-khẩu-e2e-đủ-dài-2026';

// Needs its own server (SMTP, webhook, content): not possible against E2E_BASE_URL.
const suite = process.env.E2E_BASE_URL ? describe.skip : describe;

let server: RunningServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let webhook: Awaited<ReturnType<typeof startWebhook>>;
let contentDir: string;
let browser: Browser;

/** A real, decodable PNG (solid colour), so the thumbnail shows something. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Nothing wider than the screen. */
async function expectNoHorizontalOverflow(p: Page) {
  const { scroll, client } = await p.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** The same screen at 360 and at 320 px: the whole page from the top, or (a dialog) what is on screen. */
async function shoot(p: Page, name: string, fullPage = true) {
  for (const width of [360, 320]) {
    await p.setViewportSize({ width, height: 640 });
    if (fullPage) await p.evaluate(() => window.scrollTo(0, 0));
    await expectNoHorizontalOverflow(p);
    await screenshot(p, `feedback-${name}-${width}`, fullPage);
  }
  await p.setViewportSize({ width: 360, height: 640 });
}

beforeAll(async () => {
  if (process.env.E2E_BASE_URL) return;
  smtp = await startSmtp();
  webhook = await startWebhook(SECRET);
  // The example content sends e-mail only: a copy where every unit also has a signed webhook.
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-e2e-content-'));
  await cp(path.join(repoRoot, 'content'), contentDir, { recursive: true });
  const unitsFile = path.join(contentDir, 'handling-units.yaml');
  const doc = YAML.parse(await readFile(unitsFile, 'utf8')) as { units: { channels: unknown[] }[] };
  for (const u of doc.units) u.channels.push({ type: 'webhook', url: webhook.url, secretEnv: SECRET_ENV });
  await writeFile(unitsFile, YAML.stringify(doc));
  process.env[SECRET_ENV] = SECRET;
  server = (await startTestServer({
    // The webhook receiver listens on loopback.
    WEBHOOK_ALLOW_PRIVATE: 'true',
    CONTENT_DIR: contentDir,
    SMTP_URL: smtp.url,
    OUTBOX_POLL_MS: '100',
    OUTBOX_RETRY_BASE_MS: '200',
    // The anti-bot minimum fill time stays on, shorter than a person but longer than a script.
    FEEDBACK_MIN_FILL_MS: '500',
  })) as RunningServer;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
  await webhook?.close();
  if (contentDir) await rm(contentDir, { recursive: true, force: true });
  delete process.env[SECRET_ENV];
});

suite('feedback in the mini app', () => {
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  let trackingCode = '';
  const app = (hash: string) => `${server.baseUrl}/app/#${hash}`;

  beforeAll(async () => {
    context = await phoneContext(browser);
    await context.grantPermissions(['geolocation'], { origin: server.baseUrl });
    await context.setGeolocation({ latitude: 16.0544, longitude: 108.2022 });
    page = await context.newPage();
    foreign = recordForeignRequests(page, server.baseUrl);
  });

  afterAll(async () => {
    expect(foreign).toEqual([]);
    await context?.close();
  });

  it('form → e-mail with the tracking code → signed webhook → status "Đã chuyển"', async () => {
    await page.goto(app('/feedback/new?procedure=1.001193'));
    await page.getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    await page.getByText('Thủ tục đăng ký khai sinh', { exact: true }).waitFor();
    await page.getByRole('option', { name: 'Xã Hòa An' }).waitFor({ state: 'attached' });
    await shoot(page, 'form');

    // Sending empty: every required field says what is missing, in Vietnamese.
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByText('Vui lòng chọn loại: phản ánh, kiến nghị hoặc hỏi đáp.').waitFor();
    await page.getByText('Vui lòng nhập họ và tên.').waitFor();
    await shoot(page, 'errors');

    await page.getByRole('radio', { name: /Phản ánh/ }).check();
    await page.getByLabel(/^Tiêu đề/).fill('Bị yêu cầu nộp thêm giấy tờ khi đăng ký khai sinh');
    await page.getByLabel(/^Nội dung/).fill('Tôi muốn tố cáo việc cán bộ yêu cầu nộp bản sao sổ hộ khẩu.');
    await page.getByRole('heading', { name: 'Nếu bạn muốn khiếu nại hoặc tố cáo' }).waitFor();
    await page.locator('#fb-legal').scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 360, height: 640 });
    await screenshot(page, 'feedback-legal-notice-360', false);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('#fb-legal').scrollIntoViewIfNeeded();
    await screenshot(page, 'feedback-legal-notice-320', false);
    await page.setViewportSize({ width: 360, height: 640 });

    await page
      .getByLabel(/^Nội dung/)
      .fill('Khi đăng ký khai sinh cho con, cán bộ yêu cầu nộp bản sao sổ hộ khẩu dù sổ đã bỏ từ năm 2023. Đề nghị xem lại.');
    await expect(page.getByRole('heading', { name: /khiếu nại hoặc tố cáo/ }).count()).resolves.toBe(0);
    await page.getByLabel(/Xã, phường nơi xảy ra/).selectOption('VD-HOA-AN');
    await page.getByLabel(/Lĩnh vực/).selectOption('ho-tich');
    await page.getByLabel(/^Mô tả nơi xảy ra/).fill('Bộ phận Một cửa xã Hòa An');
    await page.getByRole('button', { name: 'Thêm vị trí' }).click();
    await page.getByText(/Đã thêm vị trí trên bản đồ: 16,0544/).waitFor();
    await page.locator('#fb-photo-input').setInputFiles([
      { name: 'giay-hen.png', mimeType: 'image/png', buffer: png(120, 90, [11, 78, 162]) },
      { name: 'tai-lieu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    await page.getByText('“tai-lieu.pdf” không phải là ảnh. Chỉ gửi được ảnh JPEG, PNG hoặc WebP.').waitFor();
    await page.getByRole('button', { name: 'Xóa ảnh 1' }).waitFor();
    await page.getByLabel(/^Họ và tên/).fill('Nguyễn Thị Lan');
    await page.getByLabel(/^Số điện thoại/).fill('0912 345 678');
    await page.getByLabel(/^Địa chỉ/).fill('Thôn Đông, xã Hòa An');
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    await page.getByRole('checkbox', { name: /Cho phép công khai/ }).check();
    await shoot(page, 'form-filled');

    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByRole('heading', { name: 'Đã gửi thành công' }).waitFor();
    trackingCode = (await page.locator('.fb-code').textContent())?.trim() ?? '';
    expect(trackingCode).toMatch(/^PA-\d{4}-\d{6}$/);
    await page.getByText(/Hạn trả lời: (Thứ|Chủ nhật)/).waitFor();
    // The erase code is shown once and kept on this device.
    await expect(page.locator('.fb-erase-code').textContent()).resolves.toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await shoot(page, 'success');
    // Large text (root font 22 px), as many older citizens set their phones.
    const large = await page.addStyleTag({ content: 'html { font-size: 22px !important; }' });
    // (No overflow check here: at 22 px the app layout is 20rem = 440 px wide — the layout's, not this screen's.)
    await screenshot(page, 'feedback-success-360-large', true);
    await large.evaluate((el) => (el as Element).remove());

    // The unit's e-mail, through a real SMTP conversation, names the tracking code.
    const mail = await until('the e-mail', () => smtp.accepted.find((m) => m.raw.includes(trackingCode)));
    expect(mail.to).toEqual(['tuphap@hoa-an.example.vn']);
    // The webhook arrived with a signature the receiver verified (bad ones are refused with 401).
    const hook = await until('the webhook', () => webhook.received.find((w) => w.body.trackingCode === trackingCode));
    expect(webhook.badSignatures()).toBe(0);
    expect(hook.body).toMatchObject({ kind: 'phan_anh', communeCode: 'VD-HOA-AN', procedureCode: '1.001193', attachments: 1 });
    expect(hook.body.location).toEqual({ lat: 16.0544, lng: 108.2022, text: 'Bộ phận Một cửa xã Hòa An' });

    await page.getByRole('link', { name: 'Xem trạng thái' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trạng thái phản ánh' }).waitFor();
    await until('status forwarded', async () => {
      if (await page.locator('.fb-status-badge', { hasText: 'Đã chuyển đến đơn vị xử lý' }).count()) return true;
      await page.reload();
      await page.locator('.fb-status-badge').waitFor();
      return false;
    });
    await page.getByText('Công chức Tư pháp - Hộ tịch xã Hòa An').waitFor();
    await shoot(page, 'status');

    // The draft was cleared: a new form is empty.
    await page.goto(app('/feedback/new'));
    await expect(page.getByLabel(/^Tiêu đề/).inputValue()).resolves.toBe('');
  });

  it('my feedback, answer, rating, public answers, lookup from another device, erase', async () => {
    await page.goto(app('/feedback/mine'));
    await page.getByRole('link', { name: /Bị yêu cầu nộp thêm giấy tờ/ }).waitFor();
    await shoot(page, 'mine');

    // Staff answer and publish through the console API.
    const { staffAccounts } = await import('../../server/src/staff/staff-accounts.js');
    const { staffRepository } = await import('../../server/src/staff/staff.repository.js');
    const { auditLog } = await import('../../server/src/staff/audit.js');
    const store = server.app.store;
    await staffAccounts(store, staffRepository(store), auditLog(store)).create(null, {
      username: 'e2e-admin',
      displayName: 'Cán bộ thử',
      roles: ['admin'],
      units: [],
      password: STAFF_PASSWORD,
    });
    const csrf = { 'x-requested-with': 'cchc-console', 'content-type': 'application/json' };
    const login = await fetch(`${server.baseUrl}/api/staff/login`, {
      method: 'POST',
      headers: csrf,
      body: JSON.stringify({ username: 'e2e-admin', password: STAFF_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const answer = await fetch(`${server.baseUrl}/api/staff/feedback/${trackingCode}/answer`, {
      method: 'POST',
      headers: { ...csrf, cookie },
      body: JSON.stringify({
        text: 'Từ năm 2023 sổ hộ khẩu không còn được dùng. Bộ phận Một cửa đã được nhắc không yêu cầu giấy tờ này.',
      }),
    });
    expect(answer.status).toBe(200);
    // Publishing goes through the preview (personal data masked), then the checked texts.
    const preview = await (
      await fetch(`${server.baseUrl}/api/staff/feedback/${trackingCode}/publish-preview`, { headers: { cookie } })
    ).json();
    const { masked: _masked, ...texts } = preview as { masked: number; subject: string; content: string; answer: string };
    const published = await fetch(`${server.baseUrl}/api/staff/feedback/${trackingCode}/publish`, {
      method: 'POST',
      headers: { ...csrf, cookie },
      body: JSON.stringify({ publish: true, ...texts }),
    });
    expect(published.status).toBe(200);

    await page.getByRole('link', { name: /Bị yêu cầu nộp thêm giấy tờ/ }).click();
    await page.locator('.fb-status-badge', { hasText: 'Đã có trả lời' }).waitFor();
    await page.getByText(/sổ hộ khẩu không còn được dùng/).waitFor();
    await page.getByRole('radio', { name: /4 sao/ }).check({ force: true });
    await page.getByRole('radio', { name: 'Đã giải quyết' }).check();
    await page.getByLabel(/^Nhận xét/).fill('Trả lời nhanh, rõ ràng.');
    await shoot(page, 'status-answered');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();

    // Published without personal data; found by a search typed without accents.
    await page.goto(app('/feedback/public'));
    await page.getByRole('searchbox', { name: 'Tìm câu trả lời' }).fill('so ho khau');
    await page.getByText('1 câu trả lời khớp “so ho khau”').waitFor();
    await page.getByRole('heading', { name: /Bị yêu cầu nộp thêm giấy tờ/ }).waitFor();
    // The words typed without accents are marked in the accented answer.
    await page.locator('.pa-answer mark', { hasText: 'sổ hộ khẩu' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Nguyễn Thị Lan');
    expect(text).not.toContain('0912');
    expect(text).not.toContain('Thôn Đông');
    await shoot(page, 'public');

    // Another device: nothing stored; a wrong last-4 gets the kind "not found".
    const other = await phoneContext(browser);
    const p2 = await other.newPage();
    await p2.goto(app('/feedback/lookup'));
    await p2.getByLabel(/^Mã theo dõi/).fill(trackingCode.toLowerCase().replace(/-/g, ' '));
    await p2.getByLabel(/^4 số cuối/).fill('0000');
    await p2.getByRole('button', { name: 'Tra cứu' }).click();
    await p2.getByRole('heading', { name: 'Không tìm thấy phản ánh' }).waitFor();
    await shoot(p2, 'lookup-not-found');
    await p2.getByLabel(/^4 số cuối/).fill('5678');
    await p2.getByRole('button', { name: 'Tra cứu' }).click();
    await p2.locator('.fb-status-badge', { hasText: 'Đã có trả lời' }).waitFor();
    // Another device has no erase code: it is asked for, and the last 4 digits are not enough.
    await p2.getByLabel('Mã xóa dữ liệu').waitFor();
    await p2.getByRole('button', { name: 'Rút lại đồng ý và xóa dữ liệu của tôi' }).click();
    await p2.getByText('Vui lòng nhập mã xóa dữ liệu được cấp khi gửi phản ánh').waitFor();
    await p2.getByLabel('Mã xóa dữ liệu').fill('AAAA-BBBB-CCCC');
    await p2.getByLabel('Mã xóa dữ liệu').scrollIntoViewIfNeeded();
    await shoot(p2, 'erase-other-device', false);
    await p2.addStyleTag({ content: 'html { font-size: 22px !important; }' });
    await p2.getByLabel('Mã xóa dữ liệu').scrollIntoViewIfNeeded();
    await screenshot(p2, 'feedback-erase-other-device-360-large', false);
    await other.close();

    // Withdraw consent and erase, after a confirmation.
    await page.goto(app(`/feedback/status/${trackingCode}`));
    // This device remembers it rated the answer.
    await page.getByText('Bạn đã chấm 4/5 sao.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Rút lại đồng ý và xóa dữ liệu của tôi' }).click();
    await page.getByText('Xóa dữ liệu cá nhân?').waitFor();
    await shoot(page, 'erase-confirm', false);
    await page.getByRole('button', { name: 'Xóa dữ liệu', exact: true }).click();
    await page.getByRole('heading', { name: 'Dữ liệu cá nhân đã được xóa' }).waitFor();
    await page.getByText('Đã xóa thông tin cá nhân của người gửi').waitFor();
    const stored = await server.app.store.collection('feedback').findOne({ trackingCode });
    expect(stored?.sender).toEqual({ name: null, phone: null, address: null });
  });
});
