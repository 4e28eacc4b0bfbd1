// The commune's side, end to end in a real Chromium against the real server: a citizen answers
// the counter survey reached from the poster's QR code (decoded from a screenshot), feedback is
// answered on time and late and rated, people search and chat → a leader's "Báo cáo" screen, the
// CSV and the XLSX (read back with exceljs) all show the figures move; the printable report, the
// poster and a leaflet are rendered for print and their QR codes decode to the right pages; an
// editor turns a question nobody could answer into an FAQ entry in one click.
// Screenshots go to artifacts/screenshots/reports-*.png.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import * as jsqr from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDate } from '../../server/src/calendar/calendar.js';
import { auditLog } from '../../server/src/staff/audit.js';
import { staffRepository } from '../../server/src/staff/staff.repository.js';
import { staffAccounts } from '../../server/src/staff/staff-accounts.js';
import { launchBrowser, phoneContext, recordForeignRequests, screenshot } from './helpers/browser.js';
import { startTestServer } from './helpers/server.js';

const PASSWORD = 'mật-khẩu-lãnh-đạo-2026';
const OFFICE = 'mot-cua-hoa-an';
const today = vnDate(new Date());

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const pageErrors: string[] = [];
const foreign: string[][] = [];

function app() {
  if (!server.app) throw new Error('The reports end-to-end test starts its own server; unset E2E_BASE_URL.');
  return server.app;
}

async function http(path: string, init: RequestInit & { json?: unknown; cookie?: string } = {}) {
  const headers: Record<string, string> = { 'x-requested-with': 'cchc-console' };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  return fetch(`${server.baseUrl}${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as Record<string, string>) },
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
}

async function cookieFor(username: string): Promise<string> {
  const res = await http('/api/staff/login', { method: 'POST', json: { username, password: PASSWORD } });
  expect(res.status).toBe(200);
  const set = res.headers.getSetCookie().find((c) => c.startsWith('cchc_staff='));
  return (set ?? '').split(';')[0] as string;
}

async function submit(over: Record<string, unknown> = {}): Promise<string> {
  const res = await http('/api/feedback', {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    json: {
      kind: 'phan_anh',
      subject: 'Chậm trả kết quả chứng thực',
      content: 'Tôi nộp hồ sơ chứng thực bản sao tại bộ phận một cửa nhưng đến hẹn chưa nhận được kết quả.',
      field: 'chung-thuc',
      communeCode: 'VD-HOA-AN',
      sender: { name: 'Lê Văn Hùng', phone: '0987 654 321', address: 'Thôn Nam, xã Hòa An' },
      consent: { accepted: true, version: 'pakn-2026-01' },
      publish: false,
      ...over,
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { trackingCode: string }).trackingCode;
}

async function desktop(size = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: size, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('401')) pageErrors.push(`${m.text()} ${m.location().url}`);
  });
  foreign.push(recordForeignRequests(page, server.baseUrl));
  return { context, page };
}

async function signIn(page: Page, username: string) {
  await page.goto(`${server.baseUrl}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** jsqr is CommonJS: its function arrives as the default export or as the default's default. */
type QrDecode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsqrDefault = (jsqr as unknown as { default: QrDecode | { default: QrDecode } }).default;
const jsQR: QrDecode = typeof jsqrDefault === 'function' ? jsqrDefault : jsqrDefault.default;

/** Decodes the QR code drawn in an element from a screenshot of it. */
async function decodeQr(page: Page, selector: string, index = 0): Promise<string> {
  const png = PNG.sync.read(await page.locator(selector).nth(index).screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
  if (!code) throw new Error(`no QR code found in ${selector} #${index}`);
  return code.data;
}

/** Pages in a PDF Chromium printed (its page objects are written uncompressed). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** The summary as the leader's API gives it (after the usage counters were written). */
async function summary(cookie: string) {
  await app().usage.counter.flush();
  const res = await http(`/api/staff/reports/summary?from=${today}&to=${today}`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  server = await startTestServer({ OUTBOX_ENABLED: 'false', FEEDBACK_MIN_FILL_MS: '0' });
  const store = app().store;
  const accounts = staffAccounts(store, staffRepository(store), auditLog(store));
  for (const [username, roles, units] of [
    ['lanhdao', ['leader'], []],
    ['chungthuc', ['handler'], ['vp-ubnd-hoa-an', 'tu-phap-hoa-an']],
    ['bientap', ['editor'], []],
    ['quantri', ['admin'], []],
  ] as const) {
    await accounts.create(null, { username, displayName: `Cán bộ ${username}`, roles: [...roles], units: [...units], password: PASSWORD });
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reports, survey and printable outreach', () => {
  let leader = '';
  let before: Awaited<ReturnType<typeof summary>>;
  let surveyUrl = '';
  let homeUrl = '';

  it('the poster: A4 print, QR codes to the mini app and to this office’s survey', async () => {
    leader = await cookieFor('lanhdao');
    before = await summary(leader);
    const { context, page } = await desktop({ width: 900, height: 1200 });
    await signIn(page, 'lanhdao');
    await page.goto(`${server.baseUrl}/api/staff/print/poster?office=${OFFICE}`);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: /Thủ tục hành chính/ }).waitFor();
    await expect(page.getByRole('button', { name: 'In trang này' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'reports-poster-a4');
    homeUrl = await decodeQr(page, 'svg.qr', 0);
    expect(homeUrl).toBe(`${server.baseUrl}/app/#/?unit=VD-HOA-AN`);
    surveyUrl = await decodeQr(page, 'svg.qr', 1);
    expect(surveyUrl).toBe(`${server.baseUrl}/app/#/survey?office=${OFFICE}`);
    // Hotlines and hours come from content; example numbers say so.
    await page.getByText('(số ví dụ)').first().waitFor();
    await page.getByText(/Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00/).waitFor();
    // It fits on one A4 sheet.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfPages(pdf)).toBe(1);
    await context.close();
  });

  it('a citizen scans it and answers the survey on a phone (360 px, then large text)', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    foreign.push(recordForeignRequests(page, server.baseUrl));
    // The poster's first code opens the app (counted for Hòa An); the second, the survey.
    await page.goto(homeUrl);
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).waitFor();
    await page.goto(surveyUrl);
    await page.getByText('Bộ phận Một cửa — Trung tâm Phục vụ hành chính công xã Hòa An').first().waitFor();
    await screenshot(page, 'reports-survey-360');
    // Sending with a question left out says which one.
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Vui lòng chọn một mức.').first().waitFor();
    for (const [question, score] of [
      ['Tiếp cận dịch vụ', '5'],
      ['Thủ tục hành chính', '4'],
      ['Công chức giải quyết công việc', '5'],
      ['Kết quả giải quyết', '4'],
    ] as const) {
      await page.getByRole('group', { name: question }).getByText(score, { exact: true }).click();
    }
    await page
      .getByRole('group', { name: /Tiếp nhận, xử lý góp ý/ })
      .getByText('Tôi chưa góp ý, phản ánh lần nào', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    await context.close();

    // Large text: the same screen with a 22 px root font still fits the phone's width.
    const big = await phoneContext(browser);
    const p2 = await big.newPage();
    await p2.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '22px';
      });
    });
    await p2.goto(`${server.baseUrl}/app/#/survey?office=mot-cua-binh-minh&procedure=2.000635`);
    await p2.getByText('Phường Bình Minh', { exact: false }).first().waitFor();
    await screenshot(p2, 'reports-survey-360-large-text');
    // The app's body has min-width 20rem (440 px at 22 px: the shared layout's rule); inside it,
    // the survey's own content — the 1–5 row included — never sticks out of its card.
    const overflow = await p2.evaluate(() =>
      [...document.querySelectorAll('.sv-question')].map((q) => q.scrollWidth - q.clientWidth).reduce((a, b) => Math.max(a, b), 0),
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await big.close();
  });

  it('feedback answered on time and late, rated; searches and chat → the figures move', async () => {
    const handler = await cookieFor('chungthuc');
    const onTime = await submit({ publish: true });
    const late = await submit();
    const open = await submit();
    const fb = app().store.collection('feedback');
    await fb.updateOne({ trackingCode: late }, { $set: { dueAt: '2020-01-06' } });
    await fb.updateOne({ trackingCode: open }, { $set: { dueAt: '2020-01-06' } });
    for (const [code, publish] of [
      [onTime, true],
      [late, false],
    ] as const) {
      const res = await http(`/api/staff/feedback/${code}/answer`, {
        method: 'POST',
        cookie: handler,
        json: { text: 'Bộ phận một cửa đã trả kết quả chứng thực, mời ông đến nhận.', publish },
      });
      expect(res.status).toBe(200);
    }
    const rate = await http(`/api/feedback/${onTime}/rating`, { method: 'POST', json: { phoneLast4: '4321', stars: 4, solved: true } });
    expect(rate.status).toBe(200);
    expect((await http('/api/procedures?q=chung%20thuc%20ban%20sao')).status).toBe(200);
    expect(((await (await http('/api/procedures?q=qwzx%20plmk%200912%20345%20678')).json()) as { total: number }).total).toBe(0);
    expect((await http('/api/procedures/2.000635')).status).toBe(200);
    expect((await http('/api/chat', { method: 'POST', json: { text: 'qwzx plmk' } })).status).toBe(200);

    const after = await summary(leader);
    expect(after.feedback.received - before.feedback.received).toBe(3);
    expect(after.feedback.answeredOnTime - before.feedback.answeredOnTime).toBe(1);
    expect(after.feedback.answeredLate - before.feedback.answeredLate).toBe(1);
    expect(after.feedback.overdueOpen - before.feedback.overdueOpen).toBe(1);
    expect(after.feedback.ratingAverage).toBe(4);
    expect(after.satisfaction.responses - before.satisfaction.responses).toBe(1);
    expect(after.satisfaction.average).toBe(4.5);
    expect(after.usage.searches - before.usage.searches).toBe(2);
    expect(after.usage.searchesZero - before.usage.searchesZero).toBe(1);
    expect(after.usage.chatTurns - before.usage.chatTurns).toBe(1);
    // The app started twice (the poster's code, the large-text check): once for Hòa An.
    expect(after.usage.appOpens).toBe(2);
    await app().usage.counter.flush();
    const hoaAn = await (await http(`/api/staff/reports/summary?from=${today}&to=${today}&unit=VD-HOA-AN`, { cookie: leader })).json();
    expect(hoaAn.usage).toMatchObject({ appOpens: 1, surveyOpens: 1 });
    expect(hoaAn.satisfaction.responses).toBe(1);
  });

  it('the leader’s Báo cáo screen: figures, charts with their tables, CSV and XLSX downloads', async () => {
    const { context, page } = await desktop();
    await signIn(page, 'lanhdao');
    await page.getByRole('link', { name: 'Số liệu báo cáo' }).click();
    await page.getByRole('heading', { name: 'Báo cáo kết quả tuyên truyền CCHC' }).waitFor();
    // A leader sees no inbox.
    await expect(page.getByRole('link', { name: 'Cần xử lý' }).count()).resolves.toBe(0);
    await page.getByLabel('Kỳ báo cáo').selectOption('custom');
    await page.getByLabel('Từ ngày').fill(today);
    await page.getByLabel('Đến ngày').fill(today);
    await page.getByRole('button', { name: 'Xem' }).click();
    const kpi = (label: string) => page.locator('.kpi', { has: page.getByText(label, { exact: true }) }).locator('.kpi-value');
    await expect(kpi('Phản ánh, kiến nghị tiếp nhận').textContent()).resolves.toBe('3');
    await expect(kpi('Trả lời đúng hạn').textContent()).resolves.toBe('50 %');
    await expect(kpi('Đang xử lý quá hạn').textContent()).resolves.toBe('1');
    await expect(kpi('Hài lòng tại bộ phận một cửa').textContent()).resolves.toBe('4,5 / 5');
    // Charts drew (Chart.js from our server) and their tables hold the same numbers.
    await expect(page.locator('figure.chart canvas').count()).resolves.toBe(4);
    const painted = await page
      .locator('figure.chart canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0);
    expect(painted).toBe(true);
    await screenshot(page, 'reports-console');
    // On a phone-sized screen and with large text the screen still fits its width.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '22px';
    });
    await page.locator('.kpi').first().waitFor();
    await screenshot(page, 'reports-console-360-large-text');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải Excel (XLSX)' }).click();
    const xlsxFile = await (await xlsxDownload).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const rows = new Map<string, unknown>();
    wb.getWorksheet('Tổng hợp')?.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(4).value));
    expect(rows.get('feedback.received')).toBe(3);
    expect(rows.get('feedback.answeredOnTime')).toBe(1);
    expect(rows.get('feedback.answeredLate')).toBe(1);
    expect(rows.get('satisfaction.responses')).toBe(1);

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải CSV' }).click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csv).toMatch(/^\uFEFF/);
    expect(csv).toMatch(/feedback\.received,[^\r\n]*,3\r\n/);
    expect(csv).toMatch(/usage\.chatTurns,[^\r\n]*,1\r\n/);
    await context.close();
  });

  it('the printable report: A4 print layout with the same figures', async () => {
    const { context, page } = await desktop({ width: 900, height: 1200 });
    await signIn(page, 'lanhdao');
    await page.goto(`${server.baseUrl}/api/staff/reports/print?from=${today}&to=${today}`);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'BÁO CÁO' }).waitFor();
    await page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    const row = (label: string) => page.locator('tr', { has: page.getByText(label, { exact: true }) }).locator('td.n');
    await expect(row('Số phản ánh, kiến nghị tiếp nhận').textContent()).resolves.toBe('3');
    await expect(row('Trả lời quá hạn').textContent()).resolves.toBe('1');
    await expect(row('Số phiếu khảo sát').textContent()).resolves.toBe('1');
    await expect(page.locator('body').textContent()).resolves.not.toContain('Lê Văn Hùng');
    await screenshot(page, 'reports-print-a4');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await context.close();
  });

  it('a leaflet (A5) for one procedure with a QR code to its page', async () => {
    const { context, page } = await desktop({ width: 700, height: 1000 });
    await signIn(page, 'bientap');
    await page.goto(`${server.baseUrl}/api/staff/print/leaflet/2.000635`);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'Giấy tờ cần chuẩn bị' }).waitFor();
    await page.getByRole('heading', { name: 'Làm trực tuyến' }).waitFor();
    expect(await decodeQr(page, 'svg.qr', 0)).toBe(`${server.baseUrl}/app/#/procedures/2.000635`);
    expect(await decodeQr(page, 'svg.qr', 1)).toBe(`${server.baseUrl}/app/#/survey?office=${OFFICE}&procedure=2.000635`);
    await screenshot(page, 'reports-leaflet-a5');
    expect(pdfPages(await page.pdf({ format: 'A5' }))).toBe(1);
    await context.close();
  });

  it('an editor turns an unanswered question into an FAQ entry in one click', async () => {
    await app().usage.counter.flush();
    const { context, page } = await desktop();
    await signIn(page, 'bientap');
    await page.getByRole('link', { name: 'Câu hỏi chưa có trả lời' }).click();
    const row = page.locator('tr', { hasText: 'qwzx plmk [số]' });
    await row.waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('345 678');
    await screenshot(page, 'reports-gaps');
    await row.getByRole('button', { name: 'Viết trả lời' }).click();
    await expect(page.getByLabel('Câu hỏi *').inputValue()).resolves.toBe('Qwzx plmk [số]');
    await page.getByLabel('Câu hỏi *').fill('Tôi hỏi mã lạ thì hỏi ai?');
    await page.getByLabel('Trả lời *').fill('Bạn gọi bộ phận một cửa của xã trong giờ hành chính để được hướng dẫn.');
    await page.getByRole('button', { name: 'Lưu vào Hỏi đáp' }).click();
    await page.getByText('Đã thêm vào Hỏi đáp.').waitFor();
    const faq = (await (await http('/api/faq')).json()) as { items: { question: string }[] };
    expect(faq.items.map((f) => f.question)).toContain('Tôi hỏi mã lạ thì hỏi ai?');
    await context.close();
  });

  it('an admin gives the leader role in the console; the leader lands on the reports', async () => {
    const { context, page } = await desktop();
    await signIn(page, 'quantri');
    await page.goto(`${server.baseUrl}/console/#/settings/staff`);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByLabel('Tên đăng nhập').fill('pho-chu-tich');
    await page.getByLabel('Họ và tên').fill('Phó Chủ tịch Ủy ban');
    await page.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
    await page.getByRole('checkbox', { name: 'Cán bộ xử lý phản ánh' }).uncheck();
    await page.getByRole('checkbox', { name: /Lãnh đạo/ }).check();
    await screenshot(page, 'reports-settings-leader');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo tài khoản.').waitFor();
    await page
      .getByRole('cell', { name: /Lãnh đạo/ })
      .first()
      .waitFor();
    await context.close();

    const second = await desktop();
    await signIn(second.page, 'pho-chu-tich');
    await second.page.getByRole('heading', { name: 'Báo cáo kết quả tuyên truyền CCHC' }).waitFor();
    await expect(second.page.getByRole('link', { name: 'Cần xử lý' }).count()).resolves.toBe(0);
    await expect(second.page.getByRole('link', { name: 'Đường dây nóng' }).count()).resolves.toBe(0);
    await second.context.close();
  });

  it('no page error, nothing loaded from outside', () => {
    expect(pageErrors).toEqual([]);
    expect(foreign.flat()).toEqual([]);
  });
});
