// Uploads stop with a clear 503 before the disk is full, rather than letting the store fail.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp } from '../helpers/app.js';
import { jpegWithExif } from './images.js';

let t: Awaited<ReturnType<typeof testApp>>;
// More free space required than any test machine has: the disk counts as full.
beforeAll(async () => {
  t = await testApp({ UPLOAD_MIN_FREE_MB: String(1024 ** 4) });
});
afterAll(() => t?.close());

it('a (nearly) full disk → 503 "tạm ngừng nhận ảnh", nothing stored', async () => {
  const boundary = `----cchc${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    jpegWithExif(),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode).toBe(503);
  expect(res.json().detail).toMatch(/tạm ngừng nhận ảnh/);
  expect(await t.app.store.collection('uploads').count({})).toBe(0);
});
