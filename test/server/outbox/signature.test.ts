import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../server/src/outbox/backoff.js';
import { signWebhook, verifyWebhook } from '../../../server/src/outbox/signature.js';

describe('webhook signature', () => {
  const body = JSON.stringify({ trackingCode: 'PA-2026-000001', subject: 'Đèn đường hỏng' });
  it('is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const h = signWebhook('bí-mật', body, 1_780_000_000);
    const mac = createHmac('sha256', 'bí-mật').update(`1780000000.${body}`).digest('hex');
    expect(h).toBe(`t=1780000000,v1=${mac}`);
  });
  it('verifies, and refuses another body, another secret, an old timestamp or garbage', () => {
    const now = 1_780_000_000_000;
    const h = signWebhook('s3cret', body, now / 1000);
    expect(verifyWebhook('s3cret', body, h, 300, now)).toBe(true);
    expect(verifyWebhook('s3cret', `${body} `, h, 300, now)).toBe(false);
    expect(verifyWebhook('other', body, h, 300, now)).toBe(false);
    expect(verifyWebhook('s3cret', body, h, 300, now + 301_000)).toBe(false);
    expect(verifyWebhook('s3cret', body, 't=abc,v1=zz', 300, now)).toBe(false);
    expect(verifyWebhook('s3cret', body, undefined, 300, now)).toBe(false);
  });
});

describe('backoff', () => {
  it('doubles from the base, stays within ±20 %, and is capped', () => {
    expect(backoffMs(1, 5000, 3_600_000, () => 0.5)).toBe(5000);
    expect(backoffMs(2, 5000, 3_600_000, () => 0.5)).toBe(10_000);
    expect(backoffMs(4, 5000, 3_600_000, () => 0)).toBe(32_000);
    expect(backoffMs(4, 5000, 3_600_000, () => 1)).toBe(48_000);
    expect(backoffMs(30, 5000, 3_600_000, () => 0.5)).toBe(3_600_000);
  });
});
