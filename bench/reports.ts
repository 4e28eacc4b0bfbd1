// Reports at the size of a busy province's year: 100,000 feedback records and 1,000,000 usage
// events (counted through the same in-memory counter the routes use, flushed into per-day,
// per-unit documents) on the embedded store. Prints: the cost of one count on the hot path, the
// flush, and the summary / CSV / XLSX times (target: summary < 1 s).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildApp } from '../server/src/app.js';
import { addWorkingDays, buildCalendar, isoDate } from '../server/src/calendar/calendar.js';
import { calendarRepository } from '../server/src/calendar/calendar.repository.js';
import { loadConfig } from '../server/src/config.js';
import { holidayYearSchema } from '../server/src/content/schemas.js';
import { feedbackRepository } from '../server/src/feedback/feedback.repository.js';
import { buildCatalog } from '../server/src/procedures/catalog.js';
import { summaryCsv, summaryXlsx } from '../server/src/reports/exports.js';
import { reportsRepository } from '../server/src/reports/reports.repository.js';
import { reportsService } from '../server/src/reports/reports.service.js';
import { auditLog } from '../server/src/staff/audit.js';
import { staffRepository } from '../server/src/staff/staff.repository.js';
import { staffAccounts } from '../server/src/staff/staff-accounts.js';
import { createEmbeddedStore } from '../server/src/store/embedded.js';
import { responseId, surveyRepository } from '../server/src/survey/survey.repository.js';
import { createUsageCounter } from '../server/src/usage/counter.js';
import { usageRepository } from '../server/src/usage/usage.repository.js';
import { repoRoot } from './lib.js';

const FEEDBACK = 100_000;
const EVENTS = 1_000_000;
const YEAR = 2026;
const DAY_MS = 86_400_000;
const UNITS = ['VD-HOA-AN', 'VD-BINH-MINH', ''];
const HANDLING = ['vp-ubnd-hoa-an', 'tu-phap-hoa-an', 'kinh-te-hoa-an', 'vp-ubnd-binh-minh'];
const FIELDS = ['ho-tich', 'chung-thuc', 'dat-dai', 'xay-dung', null];
const KINDS = ['phan_anh', 'kien_nghi', 'hoi_dap'] as const;
const EVENT_NAMES = [
  'procedure_view',
  'search',
  'search',
  'procedure_view',
  'chat_answer',
  'chat_clarify',
  'chat_fallback',
  'app_open',
  'hotline_tap',
  'guide_view',
  'news_view',
] as const;

let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-bench-reports-'));
  const store = await createEmbeddedStore(dir);
  try {
    const years = ['2025', '2026', '2027'].map((y) =>
      holidayYearSchema.parse(parse(readFileSync(path.join(repoRoot, 'content', 'holidays', `${y}.yaml`), 'utf8'))),
    );
    for (const y of years) await store.collection('holidays').insertOne({ _id: String(y.year), ...y });
    const calendar = buildCalendar(years);
    const fb = feedbackRepository(store);
    await fb.ensureIndexes();

    // 100,000 feedback records with their full shape (text, sender, timeline), spread over the year.
    let t = performance.now();
    const start = Date.UTC(YEAR, 0, 1) - 7 * 3600_000;
    for (let batch = 0; batch < FEEDBACK / 10_000; batch++) {
      const docs = Array.from({ length: 10_000 }, (_, k) => {
        const i = batch * 10_000 + k;
        const created = new Date(start + Math.floor(rand() * 360 * DAY_MS));
        const due = isoDate(addWorkingDays(created, 10, calendar));
        const answered = rand() < 0.8;
        const answerAt = answered ? new Date(created.getTime() + Math.floor(rand() * 18 * DAY_MS)).toISOString() : null;
        const rated = answered && rand() < 0.4;
        return {
          _id: randomUUID(),
          trackingCode: `PA-${YEAR}-${String(i + 1).padStart(6, '0')}`,
          kind: pick(KINDS),
          subject: 'Đèn đường ngõ 5 thôn Đông bị hỏng',
          content: 'Đèn đường ở đầu ngõ 5 thôn Đông đã hỏng hơn hai tuần, buổi tối rất tối, đi lại nguy hiểm. '.repeat(3),
          field: pick(FIELDS),
          communeCode: pick(UNITS.slice(0, 2)),
          procedureCode: null,
          location: null,
          attachments: [],
          sender: { name: 'Nguyễn Văn An', phone: '0912345678', address: 'Thôn Đông, xã Hòa An' },
          lookupKey: 'x',
          consent: { accepted: true, version: 'pakn-2026-01', at: created.toISOString(), purposeVersion: 'p1', withdrawnAt: null },
          publish: rand() < 0.5,
          publishApproved: rand() < 0.5,
          status: answered ? pick(['answered', 'closed']) : pick(['received', 'forwarded', 'in_progress', 'rejected']),
          unitId: pick(HANDLING),
          deadlineDays: 10,
          dueAt: due,
          answer: answerAt ? { text: 'Đã sửa xong.', at: answerAt, by: 'staff-1' } : null,
          rating: rated ? { stars: 1 + Math.floor(rand() * 5), solved: rand() < 0.7, comment: null, at: answerAt } : undefined,
          createdAt: created.toISOString(),
          updatedAt: created.toISOString(),
          closedAt: null,
          anonymisedAt: null,
          timeline: [{ at: created.toISOString(), by: 'citizen', type: 'received', note: null }],
        };
      });
      await fb.feedback.insertMany(docs as never);
    }
    const insertMs = performance.now() - t;

    // 1,000,000 usage events through the counter, day by day, flushed as the server does.
    const usage = usageRepository(store);
    await usage.ensureIndexes();
    let clock = start;
    const counter = createUsageCounter(usage, { flushMs: 60_000, now: () => new Date(clock) });
    let countMs = 0;
    let flushMs = 0;
    const perDay = EVENTS / 365;
    for (let day = 0; day < 365; day++) {
      clock = start + day * DAY_MS + 3600_000;
      t = performance.now();
      for (let i = 0; i < perDay; i++) counter.count(pick(EVENT_NAMES), pick(UNITS));
      for (let i = 0; i < 30; i++) counter.gap('search', `thủ tục lạ số ${Math.floor(rand() * 500)} gọi 0912 345 678`);
      countMs += performance.now() - t;
      t = performance.now();
      await counter.flush();
      flushMs += performance.now() - t;
    }
    const survey = surveyRepository(store);
    await survey.ensureIndexes();
    for (let i = 0; i < 5_000; i++) {
      const day = new Date(start + Math.floor(rand() * 360 * DAY_MS) + 7 * 3600_000).toISOString().slice(0, 10);
      await survey.insert({
        _id: responseId(`bench-device-${i}`, day),
        day,
        office: 'mot-cua-hoa-an',
        unit: 'VD-HOA-AN',
        procedure: null,
        scores: { access: 1 + Math.floor(rand() * 5), procedure: 4, staff: 5, result: 1 + Math.floor(rand() * 5) },
      });
    }

    const service = reportsService({
      repo: reportsRepository(store),
      calendar: calendarRepository(store),
      catalog: (await buildCatalogOnce(store))(),
    });
    const year = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, unit: undefined };
    const runs = (label: string, p: { from: string; to: string; unit: string | undefined }) => async () => {
      const times: number[] = [];
      let s = await service.summary(p);
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        s = await service.summary(p);
        times.push(performance.now() - t0);
      }
      return { label, ms: median(times), s };
    };
    const all = await runs('cả năm, mọi đơn vị', year)();
    const unit = await runs('cả năm, một xã', { ...year, unit: 'VD-HOA-AN' })();
    const quarter = await runs('một quý', { from: `${YEAR}-04-01`, to: `${YEAR}-06-30`, unit: undefined })();
    t = performance.now();
    const csv = summaryCsv(all.s);
    const csvMs = performance.now() - t;
    t = performance.now();
    const xlsx = await summaryXlsx(all.s);
    const xlsxMs = performance.now() - t;

    console.log(
      `\nBáo cáo trên kho nhúng: ${FEEDBACK.toLocaleString('vi-VN')} phản ánh, ${EVENTS.toLocaleString('vi-VN')} lượt sử dụng, 5.000 phiếu khảo sát`,
    );
    console.log(`  nạp ${FEEDBACK.toLocaleString('vi-VN')} phản ánh: ${(insertMs / 1000).toFixed(1)} s`);
    console.log(
      `  đếm một lượt (bộ nhớ, trên đường nóng): ${((countMs * 1e6) / EVENTS).toFixed(0)} ns; ghi dồn 365 ngày × ${UNITS.length} đơn vị: ${(flushMs / 365).toFixed(1)} ms/lần ghi`,
    );
    console.log(`  tài liệu tổng hợp theo ngày: ${await store.collection('usage_daily').count({})}`);
    for (const r of [all, unit, quarter]) {
      console.log(
        `  tóm tắt ${r.label}: ${r.ms.toFixed(0)} ms (trung vị 5 lần; mục tiêu < 1.000 ms) — ${r.s.feedback.received} phản ánh, ${r.s.usage.procedureViews + r.s.usage.searches + r.s.usage.chatTurns + r.s.usage.appOpens + r.s.usage.hotlineTaps + r.s.usage.guideViews + r.s.usage.newsViews} lượt`,
      );
    }
    // The same through HTTP: the real app on this store, a signed-in leader, GET …/summary.
    const http = await httpSummary(store, year);
    console.log(
      `  GET /api/staff/reports/summary cả năm (HTTP, phiên lãnh đạo): ${http.toFixed(0)} ms (trung vị 5 lần; mục tiêu < 1.000 ms)`,
    );
    console.log(`  xuất CSV ${csvMs.toFixed(0)} ms (${csv.length} ký tự), XLSX ${xlsxMs.toFixed(0)} ms (${xlsx.length} byte)`);
    if (all.ms >= 1000 || http >= 1000) process.exitCode = 1;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function httpSummary(store: Awaited<ReturnType<typeof createEmbeddedStore>>, p: { from: string; to: string }): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cchc-bench-reports-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    CONTENT_DIR: path.join(repoRoot, 'content'),
    NATIONAL_TTHC_FILE: '',
    OUTBOX_ENABLED: 'false',
    MINI_APP_DIR: path.join(dataDir, 'none'),
  });
  const app = await buildApp({ config, store, logger: false });
  try {
    const accounts = staffAccounts(store, staffRepository(store), auditLog(store));
    await accounts.create(null, {
      username: 'lanhdao',
      displayName: 'Lãnh đạo',
      roles: ['leader'],
      units: [],
      password: 'mật-khẩu-bench-2026',
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/staff/login',
      headers: { 'x-requested-with': 'cchc-console' },
      payload: { username: 'lanhdao', password: 'mật-khẩu-bench-2026' },
    });
    const cookie = login.cookies.find((c) => c.name === 'cchc_staff');
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `/api/staff/reports/summary?from=${p.from}&to=${p.to}`,
        headers: { cookie: `cchc_staff=${cookie?.value}` },
      });
      if (res.statusCode !== 200) throw new Error(`summary: ${res.statusCode} ${res.body}`);
      if (i > 0) times.push(performance.now() - t0);
    }
    return median(times);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function buildCatalogOnce(store: Awaited<ReturnType<typeof createEmbeddedStore>>) {
  const catalog = await buildCatalog(store);
  return () => () => catalog;
}

await main();
