// Usage counting: sums stay in memory until a flush writes one document per day and unit (the
// day in Vietnam time); a failed write keeps the sums for the next flush without counting twice;
// unanswered questions are masked before they are kept.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../server/src/store/embedded.js';
import type { Store } from '../../../server/src/store/port.js';
import { createUsageCounter } from '../../../server/src/usage/counter.js';
import { gapText, maskPersonal } from '../../../server/src/usage/mask.js';
import { usageRepository } from '../../../server/src/usage/usage.repository.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-usage-'));
  store = await createEmbeddedStore(dir);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('usage counter', () => {
  it('writes nothing until a flush, then one document per Vietnamese day and unit', async () => {
    const repo = usageRepository(store);
    let now = new Date('2026-03-05T16:59:00Z'); // 23:59 on 5 March in Vietnam
    const counter = createUsageCounter(repo, { flushMs: 60_000, now: () => now });
    counter.count('search');
    counter.count('search');
    counter.count('procedure_view', 'VD-HOA-AN');
    expect(await store.collection('usage_daily').count({})).toBe(0);
    now = new Date('2026-03-05T17:01:00Z'); // 00:01 on 6 March in Vietnam
    counter.count('search');
    await counter.flush();
    const docs = await store.collection('usage_daily').find({}, { sort: { _id: 1 } });
    expect(docs.map((d) => [d.day, d.unit, d.counts])).toEqual([
      ['2026-03-05', '', { search: 2 }],
      ['2026-03-05', 'VD-HOA-AN', { procedure_view: 1 }],
      ['2026-03-06', '', { search: 1 }],
    ]);
    // A second flush adds to the same documents.
    counter.count('search');
    await counter.flush();
    expect((await repo.totals('2026-03-01', '2026-03-31')).totals).toEqual({ search: 4, procedure_view: 1 });
    expect((await repo.totals('2026-03-06', '2026-03-06', 'VD-HOA-AN')).totals).toEqual({});
  });

  it('a failed write keeps the sums for the next flush, without counting twice', async () => {
    const repo = usageRepository(store);
    let failures = 1;
    const flaky = {
      ...repo,
      async addCounts(day: string, unit: string, counts: Record<string, number>) {
        if (unit === 'B' && failures-- > 0) throw new Error('disk full');
        return repo.addCounts(day, unit, counts);
      },
    };
    const counter = createUsageCounter(flaky, { flushMs: 60_000, now: () => new Date('2026-04-01T03:00:00Z') });
    counter.count('search', 'A');
    counter.count('search', 'B');
    counter.count('search', 'C');
    await expect(counter.flush()).rejects.toThrow('disk full');
    counter.count('search', 'B');
    await counter.flush();
    const totals = async (unit: string) => (await repo.totals('2026-04-01', '2026-04-01', unit)).totals.search;
    expect([await totals('A'), await totals('B'), await totals('C')]).toEqual([1, 2, 1]);
  });

  it('keeps unanswered questions masked and counted', async () => {
    const repo = usageRepository(store);
    const counter = createUsageCounter(repo, { flushMs: 60_000, now: () => new Date('2026-04-01T03:00:00Z') });
    counter.gap('search', 'Làm CCCD  cho con, gọi 0912 345 678');
    counter.gap('search', 'làm cccd cho con, gọi 0987.654.321');
    counter.gap('chat', 'gửi giúp tới an.nguyen@example.vn');
    await counter.flush();
    const { items, total, distinct } = await repo.gapsBetween('2026-04-01', '2026-04-01', undefined, 10);
    expect(total).toBe(3);
    expect(distinct).toBe(2);
    expect(items[0]).toEqual({ source: 'search', text: 'làm cccd cho con, gọi [số]', count: 2, lastDay: '2026-04-01' });
    expect(items[1]).toMatchObject({ source: 'chat', text: 'gửi giúp tới [email]', count: 1 });
  });
});

describe('masking', () => {
  it.each([
    ['gọi +84 912 345 678 nhé', 'gọi [số] nhé'],
    ['sđt 0912.345.678', 'sđt [số]'],
    ['CCCD 001204012345 bị sai', 'CCCD [số] bị sai'],
    ['CMND 123456789', 'CMND [số]'],
    ['mail ho.ten+1@xa-hoa-an.gov.vn', 'mail [email]'],
  ])('%s', (input, masked) => {
    expect(maskPersonal(input)).toBe(masked);
  });

  it('leaves short numbers (years, fees) and masks a tracking code’s number too', () => {
    // With the last 4 phone digits a tracking code opens a case: editors do not need it.
    expect(maskPersonal('lệ phí 8000 đồng năm 2026, mã PA-2026-000123')).toBe('lệ phí 8000 đồng năm 2026, mã PA-[số]');
  });

  it('folds to one lower-case line of at most 200 characters', () => {
    expect(gapText('  Xin   GIẤY\nphép  ')).toBe('xin giấy phép');
    expect(gapText('a'.repeat(500))).toHaveLength(200);
  });
});
