import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app.js';
import { testConfig } from '../helpers/app.js';
import { startSmtp } from '../outbox/receivers.js';
import { validBody } from './fixtures.js';
import { heicWithExif, jpegWithExif, jpegWithTrailingExif, MARKER, notDecodableJpeg } from './images.js';

let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let dataDir = '';
let cleanup: () => Promise<void>;
const logLines: string[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  const t = await testConfig({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '50', LOG_LEVEL: 'trace', UPLOAD_PENDING_MB_PER_IP: '2' });
  dataDir = t.dataDir;
  cleanup = t.cleanup;
  // Everything the app logs, at the most verbose level, to check no personal data gets there.
  const { loggerOptions } = await import('../../../server/src/app.js');
  const stream = { write: (s: string) => logLines.push(s) };
  app = await buildApp({ config: t.config, logger: { ...(loggerOptions(t.config) as object), stream } as never });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
  await cleanup?.();
});

const post = (body: unknown, key: string | null = randomUUID(), ip = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/feedback',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    remoteAddress: ip,
  });
const count = () => app.store.collection('feedback').count({});
const last4 = (phone: string) => phone.replace(/\D/g, '').slice(-4);

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function multipart(filename: string, contentType: string, data: Buffer) {
  const boundary = `----cchc${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
}
const upload = (filename: string, type: string, data: Buffer) =>
  app.inject({ method: 'POST', url: '/api/uploads', ...multipart(filename, type, data), remoteAddress: '10.0.0.9' });

describe('POST /api/feedback', () => {
  it('201 with tracking code, status and due date; delivered to the unit by e-mail; trackable; erasable', async () => {
    const body = validBody();
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      trackingCode: expect.stringMatching(/^PA-\d{4}-\d{6}$/),
      status: 'received',
      dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const delivered = await until(
      () => app.store.collection('deliveries').findOne({ trackingCode: created.trackingCode }),
      (d) => d?.status === 'delivered',
    );
    expect(delivered?.status).toBe('delivered');
    expect(smtp.accepted.filter((m) => m.raw.includes(created.trackingCode))).toHaveLength(1);

    await until(
      () => app.store.collection('feedback').findOne({ trackingCode: created.trackingCode }),
      (f) => f?.status === 'forwarded',
    );
    const track = await app.inject(`/api/feedback/${created.trackingCode}?phoneLast4=${last4(body.sender.phone)}`);
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({
      status: 'forwarded',
      statusLabel: 'Đã chuyển đến đơn vị xử lý',
      unit: { id: 'tu-phap-hoa-an' },
      answer: null,
    });
    expect(track.body).not.toMatch(/Nguyễn Văn An|0912|Thôn Đông/);
    const wrong = await app.inject(
      `/api/feedback/${created.trackingCode}?phoneLast4=${last4(body.sender.phone) === '0000' ? '1111' : '0000'}`,
    );
    expect(wrong.statusCode).toBe(404);
    expect(wrong.headers['content-type']).toContain('application/problem+json');

    // Erasing needs the erase code of the 201 answer: the last 4 digits are not enough.
    expect(created.eraseCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const byDigits = await app.inject({
      method: 'POST',
      url: `/api/feedback/${created.trackingCode}/erase`,
      payload: { phoneLast4: last4(body.sender.phone) },
    });
    expect(byDigits.statusCode).toBe(400);
    const erase = await app.inject({
      method: 'POST',
      url: `/api/feedback/${created.trackingCode}/erase`,
      payload: { eraseCode: created.eraseCode.toLowerCase().replaceAll('-', ' ') },
    });
    expect(erase.statusCode).toBe(200);
    const stored = await app.store.collection('feedback').findOne({ trackingCode: created.trackingCode });
    expect(stored?.sender).toEqual({ name: null, phone: null, address: null });
  });

  it('the same submission posted 5 times at once with one key → one record, five identical answers', async () => {
    const before = await count();
    const body = validBody();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(body, key)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await count()).toBe(before + 1);
    const conflict = await post({ ...body, subject: 'Nội dung khác hẳn lần trước' }, key);
    expect(conflict.statusCode).toBe(409);
  });

  it('bad input → 400 with a Vietnamese message per field, nothing stored', async () => {
    const before = await count();
    const empty = await post({
      kind: '',
      subject: '',
      content: '',
      communeCode: '',
      sender: { name: '', phone: '', address: '' },
      consent: {},
      publish: '',
    });
    expect(empty.statusCode).toBe(400);
    const paths = (empty.json().errors as { path: string; message: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.kind',
        'body.subject',
        'body.content',
        'body.communeCode',
        'body.sender.name',
        'body.sender.phone',
        'body.sender.address',
        'body.consent.accepted',
        'body.publish',
      ]),
    );
    const msg = (r: { json(): { errors: { path: string; message: string }[] } }, p: string) =>
      r.json().errors.find((e) => e.path === p)?.message;
    expect(msg(empty, 'body.subject')).toBe('Vui lòng nhập tiêu đề.');
    expect(msg(empty, 'body.sender.phone')).toBe('Vui lòng nhập số điện thoại.');

    const long = await post(
      validBody({ content: 'a'.repeat(4001), sender: { name: 'A'.repeat(101), phone: '12345', address: 'Thôn Đông' } }),
    );
    expect(long.statusCode).toBe(400);
    expect(msg(long, 'body.content')).toBe('Nội dung dài tối đa 4.000 ký tự.');
    expect(msg(long, 'body.sender.phone')).toMatch(/Số điện thoại không đúng/);

    const types = await post({
      ...validBody(),
      kind: 'khieu_nai',
      publish: 'yes',
      attachments: 'x',
      consent: { accepted: false, version: 'v1' },
    });
    expect(types.statusCode).toBe(400);
    expect(msg(types, 'body.consent.accepted')).toMatch(/Bạn cần đồng ý/);
    expect(msg(types, 'body.kind')).toMatch(/phản ánh, kiến nghị hoặc hỏi đáp/);

    const operator = await post({ ...validBody(), sender: { name: 'A B', phone: { $gt: '' }, address: 'Thôn Đông' } });
    expect(operator.statusCode).toBe(400);
    expect(operator.json().detail).toContain('$gt');

    expect((await post(validBody(), null)).json().detail).toMatch(/Idempotency-Key/);
    expect((await post('{"kind": ')).statusCode).toBe(400);
    expect((await post(validBody({ website: 'spam' }))).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('limits submissions per phone number (keyed on a hash, not the number)', async () => {
    const phone = '0987 000 111';
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(
        (await post(validBody({ sender: { name: 'Trần Thị Bình', phone, address: 'Thôn Tây, xã Hòa An' } }), randomUUID(), `10.1.0.${i}`))
          .statusCode,
      );
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    // The number in any written form (a bare '0987' can occur by chance in a timestamp or a request id).
    for (const form of ['0987 000 111', '0987000111', '987000111']) expect(logLines.join('')).not.toContain(form);
  });

  it('GET /api/feedback/public lists nothing yet, and the tracking route is strictly rate limited', async () => {
    const pub = await app.inject('/api/feedback/public?q=đèn&limit=5');
    expect(pub.json()).toEqual({ items: [], total: 0 });
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await app.inject({ url: `/api/feedback/PA-2026-00099${i % 10}?phoneLast4=1234`, remoteAddress: '10.2.0.1' })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
    expect(codes[10]).toBe(429);
  });

  it('guessing the last 4 digits from many addresses locks the code for everyone (429 + Retry-After), rating included', async () => {
    const body = validBody();
    const { trackingCode } = (await post(body)).json();
    const right = last4(body.sender.phone);
    const wrong = right === '0000' ? '1111' : '0000';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await app.inject({ url: `/api/feedback/${trackingCode}?phoneLast4=${wrong}`, remoteAddress: `10.3.0.${i}` })).statusCode,
      );
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    // Locked now, from any address, even with the right digits.
    const locked = await app.inject({ url: `/api/feedback/${trackingCode}?phoneLast4=${right}`, remoteAddress: '10.3.1.1' });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(locked.json().detail).toMatch(/tạm khóa/);
    const rating = await app.inject({
      method: 'POST',
      url: `/api/feedback/${trackingCode}/rating`,
      payload: { phoneLast4: right, stars: 5, solved: true },
      remoteAddress: '10.3.1.2',
    });
    expect(rating.statusCode).toBe(429);
  });
});

describe('POST /api/uploads', () => {
  const saved = (uploadId: string) => readFileSync(path.join(dataDir, 'uploads', uploadId.slice(0, 2), uploadId));

  it('stores a JPEG re-encoded, without its EXIF/GPS, and lets the feedback attach it', async () => {
    const res = await upload('IMG_0001.jpg', 'image/jpeg', jpegWithExif());
    expect(res.statusCode).toBe(201);
    const { uploadId } = res.json();
    const stored = saved(uploadId);
    expect(stored.includes(MARKER)).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    const fb = await post(validBody({ attachments: [uploadId] }));
    expect(fb.statusCode).toBe(201);
  });

  it('a second JPEG with EXIF after the end marker (as phones write) does not reach the disk', async () => {
    const res = await upload('IMG_0002.jpg', 'image/jpeg', jpegWithTrailingExif());
    expect(res.statusCode).toBe(201);
    const stored = saved(res.json().uploadId);
    expect(stored.includes(MARKER)).toBe(false);
    expect(stored.includes('Exif')).toBe(false);
  });

  it('refuses a 20 MB photo (413), a PDF named .jpg (415), HEIC (415, says what to do) and junk with a JPEG header (400), storing nothing', async () => {
    const before = await app.store.collection('uploads').count({});
    const big = await upload('big.jpg', 'image/jpeg', jpegWithExif(20 * 1024 * 1024));
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toMatch(/lớn hơn 5 MB/);
    const pdf = await upload('anh-chup.jpg', 'image/jpeg', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'));
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().detail).toMatch(/không phải ảnh/);
    const heic = await upload('IMG_0003.HEIC', 'image/heic', heicWithExif());
    expect(heic.statusCode).toBe(415);
    expect(heic.json().detail).toMatch(/HEIC.*Tương thích nhất/s);
    const junk = await upload('anh.jpg', 'image/jpeg', notDecodableJpeg());
    expect(junk.statusCode).toBe(400);
    expect(junk.json().detail).toMatch(/không đọc được/);
    const notMultipart = await app.inject({ method: 'POST', url: '/api/uploads', payload: { file: 'x' } });
    expect(notMultipart.statusCode).toBeGreaterThanOrEqual(400);
    expect(await app.store.collection('uploads').count({})).toBe(before);
  });

  it('broken multipart (no boundary, cut off) → 400 in Vietnamese, not 500', async () => {
    const noBoundary = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'xxxx',
      remoteAddress: '10.0.0.31',
    });
    expect(noBoundary.statusCode).toBe(400);
    const whole = multipart('a.jpg', 'image/jpeg', jpegWithExif());
    const cut = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: whole.headers,
      payload: whole.payload.subarray(0, whole.payload.length - 300),
      remoteAddress: '10.0.0.31',
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().detail).not.toMatch(/at |Error/);
  });

  it('bounds photos not yet attached per address (429), and clears them within hours', async () => {
    const big = await sharp({
      create: { width: 1600, height: 1200, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    const statuses: number[] = [];
    for (let i = 0; i < 40 && !statuses.includes(429); i++)
      statuses.push(
        (await app.inject({ method: 'POST', url: '/api/uploads', ...multipart('n.jpg', 'image/jpeg', big), remoteAddress: '10.0.0.77' }))
          .statusCode,
      );
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back by this one.
    expect((await upload('IMG_0004.jpg', 'image/jpeg', jpegWithExif())).statusCode).toBe(201);
    const pending = await app.store.collection('uploads').count({ attachedTo: null });
    expect(await app.feedback.uploads.removeOrphans(0)).toBe(pending);
  });
});

describe('logs', () => {
  it('never contain the sender’s name, phone or address', () => {
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of ['Nguyễn Văn An', 'Trần Thị Bình', '0987 000 111', '0987000111', 'Thôn Đông', 'Thôn Tây'])
      expect(all).not.toContain(secret);
  });
});

describe('GET /api/feedback/form (minimum fill time on the server clock)', () => {
  it('issues a form token; a submission right away is refused, one after the minimum time is stored', async () => {
    const { testApp } = await import('../helpers/app.js');
    const t = await testApp({ FEEDBACK_MIN_FILL_MS: '300' });
    try {
      const form = await t.app.inject('/api/feedback/form');
      expect(form.statusCode).toBe(200);
      expect(form.headers['cache-control']).toBe('no-store');
      const { formToken, minFillMs } = form.json();
      expect(minFillMs).toBe(300);
      const send = (body: object) =>
        t.app.inject({ method: 'POST', url: '/api/feedback', headers: { 'idempotency-key': randomUUID() }, payload: body });
      const fast = await send(validBody({ formToken }));
      expect(fast.statusCode).toBe(400);
      expect(fast.json().detail).toMatch(/chờ vài giây/);
      const none = await send(validBody({ startedAt: 0 }));
      expect(none.statusCode).toBe(400);
      expect(none.json().code).toBe('form_token');
      await new Promise((r) => setTimeout(r, 350));
      expect((await send(validBody({ formToken }))).statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
