import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarRepository } from '../../../server/src/calendar/calendar.repository.js';
import { loadContent } from '../../../server/src/content/loader.js';
import { syncContent } from '../../../server/src/content/sync.js';
import { feedbackRepository } from '../../../server/src/feedback/feedback.repository.js';
import { createFeedbackService, type FeedbackService } from '../../../server/src/feedback/feedback.service.js';
import type { FeedbackDoc } from '../../../server/src/feedback/feedback.types.js';
import { diskStorage } from '../../../server/src/feedback/uploads/storage.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';
import { validBody } from './fixtures.js';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
let store: Store;
let svc: FeedbackService;
let clock = new Date('2026-04-24T09:00:00+07:00');
let kicks = 0;
let dir = '';

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cchc-feedback-'));
  store = await createStore({ dataDir: dir });
  const { content, problems } = await loadContent(CONTENT);
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  await syncContent(store, content);
  const repo = feedbackRepository(store);
  await repo.ensureIndexes();
  clock = new Date('2026-04-24T09:00:00+07:00');
  kicks = 0;
  svc = createFeedbackService({
    store,
    repo,
    calendar: calendarRepository(store),
    uploads: diskStorage('/nonexistent'),
    minFillMs: 0,
    onDeliveriesQueued: () => kicks++,
    now: () => clock,
  });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = () => store.collection<FeedbackDoc>('feedback').find({});

describe('submit', () => {
  it('stores the feedback, its deliveries and consent; tracking code per year; deadline in working days', async () => {
    const res = await svc.submit('key-00000001', validBody());
    // ho-tich in Hòa An → justice officer, 7 working days from Friday 24/4/2026 (27/4, 30/4, 1/5 off).
    expect(res).toEqual({
      trackingCode: 'PA-2026-000001',
      status: 'received',
      dueAt: '2026-05-08',
      eraseCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
    });
    const [fb] = await all();
    expect(fb).toMatchObject({ unitId: 'tu-phap-hoa-an', deadlineDays: 7, status: 'received', publishApproved: false });
    expect(fb?.sender.phone).toMatch(/^0912\d{6}$/);
    expect(fb?.consent).toMatchObject({ accepted: true, version: 'pakn-2026-01', at: clock.toISOString(), purposeVersion: 'pakn-2026-01' });
    const deliveries = await store.collection('deliveries').find({});
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 'pending', attempts: 0, channel: { type: 'email', to: 'tuphap@hoa-an.example.vn' } });
    expect(kicks).toBe(1);
    const second = await svc.submit('key-00000002', validBody({ kind: 'kien_nghi' }));
    expect(second.trackingCode).toBe('KN-2026-000002');
  });

  it('is idempotent: same key and body → same answer, one record; other body → 409', async () => {
    const body = validBody();
    const a = await svc.submit('same-key-123', body);
    const b = await svc.submit('same-key-123', { ...body, sender: { ...body.sender } });
    expect(b).toEqual(a);
    await expect(svc.submit('same-key-123', { ...body, subject: 'Một tiêu đề khác hẳn' })).rejects.toMatchObject({ status: 409 });
    expect(await all()).toHaveLength(1);
    expect(await store.collection('deliveries').count({})).toBe(1);
  });

  it('five concurrent submissions with one key make one record', async () => {
    const body = validBody();
    const results = await Promise.all(Array.from({ length: 5 }, () => svc.submit('concurrent-key', body)));
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
    expect(await all()).toHaveLength(1);
  });

  it('a double tap is not answered before the first copy is durable (no 201 from an uncommitted record)', async () => {
    // The store acknowledges the first request's write only when `commit` opens, as if the disk
    // were slow: until then that record is in memory only and a crash would lose it.
    let commit!: () => void;
    const durable = new Promise<void>((r) => {
      commit = r;
    });
    const slowDisk = new Proxy(store, {
      get(target, prop) {
        if (prop === 'insertAtomically')
          return async (writes: Parameters<Store['insertAtomically']>[0]) => {
            const done = target.insertAtomically(writes);
            await durable;
            return done;
          };
        if (prop === 'flush') return async () => durable.then(() => target.flush());
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const slow = createFeedbackService({
      store: slowDisk,
      repo: feedbackRepository(slowDisk),
      calendar: calendarRepository(slowDisk),
      uploads: diskStorage('/nonexistent'),
      minFillMs: 0,
      now: () => clock,
    });
    const body = validBody();
    const settled: string[] = [];
    const note = (name: string) => (r: Awaited<ReturnType<FeedbackService['submit']>>) => {
      settled.push(name);
      return r;
    };
    const first = slow.submit('double-tap-key', body).then(note('first'));
    while ((await store.collection('idempotency_keys').count({})) === 0) await new Promise((r) => setTimeout(r, 5));
    const second = slow.submit('double-tap-key', body).then(note('second'));
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).toEqual([]);
    commit();
    const [a, b] = await Promise.all([first, second]);
    expect(b).toEqual(a);
    expect(await all()).toHaveLength(1);
  });

  it('refuses a merged (expired) commune, naming the new one, an unknown field and missing photos', async () => {
    const err = await svc
      .submit(
        'k-expired-1',
        validBody({ communeCode: 'VD-XA-HOA', field: 'khong-co', attachments: ['7b0e7a4e-8f57-4a5c-9d8e-1f6a2b3c4d5e'] }),
      )
      .catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.extra.errors.map((e: { path: string }) => e.path)).toEqual(['body.communeCode', 'body.field', 'body.attachments.0']);
    expect(err.extra.errors[0].message).toContain('Xã Hòa An');
    await expect(svc.submit('k-province', validBody({ communeCode: 'VD' }))).rejects.toMatchObject({ status: 400 });
    expect(await all()).toHaveLength(0);
  });

  it('anti-bot: honeypot; the minimum fill time runs on the server clock (form token) and cannot be skipped', async () => {
    const svc = createFeedbackService({
      store,
      repo: feedbackRepository(store),
      calendar: calendarRepository(store),
      uploads: diskStorage('/nonexistent'),
      minFillMs: 3000,
      now: () => clock,
    });
    await expect(svc.submit('k-honeypot', validBody({ website: 'http://spam.example' }))).rejects.toMatchObject({ status: 400 });
    // Leaving startedAt out, sending 0 or a future time no longer skips the check: a token is needed.
    for (const [i, over] of [{}, { startedAt: 0 }, { startedAt: clock.getTime() + 10_000 }].entries())
      await expect(svc.submit(`k-notoken-${i}`, validBody(over))).rejects.toMatchObject({ status: 400, extra: { code: 'form_token' } });
    const token = await svc.issueFormToken();
    await expect(svc.submit('k-fast-000', validBody({ formToken: token }))).rejects.toMatchObject({
      status: 400,
      detail: expect.stringContaining('chờ vài giây'),
    });
    // A token with an earlier time written into it does not verify.
    const forged = token.replace(/^\d+/, String(clock.getTime() - 60_000));
    await expect(svc.submit('k-forged-0', validBody({ formToken: forged }))).rejects.toMatchObject({
      status: 400,
      extra: { code: 'form_token' },
    });
    clock = new Date(clock.getTime() + 4000);
    await expect(svc.submit('k-slow-000', validBody({ formToken: token }))).resolves.toMatchObject({ status: 'received' });
    // One feedback per token.
    await expect(svc.submit('k-reuse-00', validBody({ formToken: token }))).rejects.toMatchObject({
      status: 400,
      extra: { code: 'form_token' },
    });
    expect(await all()).toHaveLength(1);
  });
});

describe('track, erase, retention', () => {
  it('shows status and citizen events only, with the right last 4 digits; same 404 otherwise', async () => {
    const body = validBody();
    const { trackingCode } = await svc.submit('k-track-01', body);
    const last4 = body.sender.phone.replace(/\D/g, '').slice(-4);
    const fb = (await all())[0]!;
    await feedbackRepository(store).addEvent(fb._id, { at: clock.toISOString(), by: 'staff-42', type: 'note', note: 'nội bộ' });
    await svc.transition(fb._id, 'in_progress', { by: 'staff-42', note: 'Đang kiểm tra hiện trường.' });
    const view = await svc.track(trackingCode, last4);
    expect(view).toMatchObject({ status: 'in_progress', statusLabel: 'Đang xử lý', unit: { id: 'tu-phap-hoa-an' }, answer: null });
    expect(view.timeline.map((e) => [e.type, e.by])).toEqual([
      ['received', 'citizen'],
      ['status', 'staff'],
    ]);
    expect(JSON.stringify(view)).not.toMatch(/Nguyễn|0912|staff-42|Thôn Đông/);
    const wrong = await svc.track(trackingCode, last4 === '0000' ? '1111' : '0000').catch((e) => e);
    const unknown = await svc.track('PA-2026-999999', last4).catch((e) => e);
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(wrong.detail).toBe(unknown.detail);
  });

  it('erase (with the erase code, not the last 4 digits) removes name, phone, address and unpublishes; the code still tracks', async () => {
    const body = validBody({ location: { lat: 21.03, lng: 105.85 }, publish: true });
    const { trackingCode, eraseCode } = await svc.submit('k-erase-01', body);
    const last4 = body.sender.phone.replace(/\D/g, '').slice(-4);
    const [created] = await all();
    await store.collection('feedback').updateOne({ _id: created!._id }, { $set: { publishApproved: true } });
    await expect(svc.erase(trackingCode, `${last4}${last4}${last4}`)).rejects.toMatchObject({ status: 404 });
    await svc.erase(trackingCode, eraseCode!);
    const fb = (await all())[0]!;
    expect([fb.publish, fb.publishApproved, fb.publicText]).toEqual([false, false, null]);
    expect(fb.sender).toEqual({ name: null, phone: null, address: null });
    expect(fb.location).toBeNull();
    expect(fb.consent.withdrawnAt).toBeTruthy();
    expect((await svc.track(trackingCode, last4)).timeline.map((e) => e.type)).toContain('erased');
  });

  it('erase also masks the personal data typed into the subject, the content and the answer', async () => {
    const body = validBody({
      sender: { name: 'Nguyễn Thị Lan', phone: '0912 345 678', address: 'Thôn Đông, xã Hòa An' },
      subject: 'Đèn đường thôn Đông hỏng, gọi 0912345678',
      content: 'Đèn đường đầu ngõ hỏng hai tuần. Số điện thoại của tôi 0912345678, email lan@example.vn, Nguyễn Thị Lan.',
    });
    const { trackingCode, eraseCode } = await svc.submit('k-erase-02', body);
    const [created] = await all();
    await store
      .collection('feedback')
      .updateOne(
        { _id: created!._id },
        { $set: { answer: { text: 'Chào chị Lan, xã đã sửa đèn; cần gì chị gọi lại 0912 345 678.', at: clock.toISOString(), by: 'x' } } },
      );
    await svc.erase(trackingCode, eraseCode!);
    const fb = (await all())[0]!;
    const stored = JSON.stringify([fb.subject, fb.content, fb.answer]);
    expect(stored).not.toMatch(/0912|345 678|lan@example|Nguyễn Thị Lan|chị Lan/);
    expect(fb.content).toContain('Đèn đường đầu ngõ hỏng hai tuần.');
  });

  it('wrong proofs lock the code after 5 (15 min, then doubling), whatever the address; a day later they are forgotten', async () => {
    const body = validBody();
    const { trackingCode } = await svc.submit('k-lock-001', body);
    const right = body.sender.phone.replace(/\D/g, '').slice(-4);
    const wrong = right === '0000' ? '1111' : '0000';
    for (let i = 0; i < 5; i++) await expect(svc.track(trackingCode, wrong)).rejects.toMatchObject({ status: 404 });
    await expect(svc.track(trackingCode, right)).rejects.toMatchObject({ status: 429, extra: { retryAfter: 900 } });
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    await expect(svc.track(trackingCode, right)).resolves.toMatchObject({ trackingCode });
    await expect(svc.track(trackingCode, wrong)).rejects.toMatchObject({ status: 404 });
    await expect(svc.track(trackingCode, right)).rejects.toMatchObject({ status: 429, extra: { retryAfter: 1800 } });
    // Unknown codes lock the same way: a lock says nothing about whether a code exists.
    for (let i = 0; i < 5; i++) await expect(svc.track('PA-2026-777777', wrong)).rejects.toMatchObject({ status: 404 });
    await expect(svc.track('PA-2026-777777', wrong)).rejects.toMatchObject({ status: 429 });
    clock = new Date(clock.getTime() + 25 * 3600_000);
    await expect(svc.track(trackingCode, wrong)).rejects.toMatchObject({ status: 404 });
    await expect(svc.track(trackingCode, right)).resolves.toMatchObject({ trackingCode });
  });

  it('retention anonymises only cases closed longer ago than the limit', async () => {
    const old = await svc.submit('k-old-0001', validBody());
    const recent = await svc.submit('k-recent-01', validBody());
    const [a, b] = await all();
    await svc.transition(a!._id, 'rejected', { by: 'staff-1', reason: 'Không thuộc thẩm quyền.' });
    clock = new Date('2028-05-01T00:00:00Z'); // 24 months and a week later
    await svc.transition(b!._id, 'duplicate', { by: 'staff-1', duplicateOf: old.trackingCode });
    expect(await svc.anonymiseExpired(24)).toBe(1);
    const byCode = new Map((await all()).map((f) => [f.trackingCode, f]));
    expect(byCode.get(old.trackingCode)?.sender.name).toBeNull();
    expect(byCode.get(recent.trackingCode)?.sender.name).toBe('Nguyễn Văn An');
    expect(await svc.anonymiseExpired(24)).toBe(0);
  });
});
