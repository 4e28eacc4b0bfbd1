import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importNational, NATIONAL_COLLECTION } from '../../../server/src/importer/national.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/national/sample.jsonl');
const tmp = mkdtempSync(path.join(tmpdir(), 'import-national-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Each test gets its own embedded store in a fresh directory.
const open: Store[] = [];
let n = 0;
async function newStore(): Promise<Store> {
  const store = await createStore({ dataDir: path.join(tmp, `store-${++n}`) });
  open.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('importNational', () => {
  it('imports every valid record, skips the broken line and the record without code, and says why', async () => {
    const store = await newStore();
    const progress: [number, number][] = [];
    const s = await importNational(store, fixture, { onProgress: (d, t) => progress.push([d, t]) });
    expect(s.read).toBe(9);
    expect(s.imported).toBe(7);
    expect(s.inserted).toBe(7);
    expect(s.updated).toBe(0);
    expect(s.skipped).toMatchObject({ total: 2, invalidJson: 1, missingCodeOrName: 1, filteredOut: 0 });
    expect(s.skippedLines.map((l) => [l.line, l.reason])).toEqual([
      [4, 'invalidJson'],
      [9, 'missingCodeOrName'],
    ]);
    expect(progress.at(-1)).toEqual([9, 9]);
    const docs = await store.collection(NATIONAL_COLLECTION).find({});
    expect(docs).toHaveLength(7);
    expect(typeof docs[0]!.importedAt).toBe('string');
    expect(s.fields.methods.unknown).toBe(1);
    expect(s.methods.total).toBeGreaterThan(0);
    expect(s.methods.knownTime).toBeLessThan(s.methods.total);
  });

  it('is idempotent: a second import updates in place and adds nothing', async () => {
    const store = await newStore();
    await importNational(store, fixture, {});
    const second = await importNational(store, fixture, {});
    expect(second).toMatchObject({ imported: 7, inserted: 0, updated: 7 });
    expect(await store.collection(NATIONAL_COLLECTION).count({})).toBe(7);
  });

  it('keeps one document when a code appears twice in the same file (writes overlap, never for one code)', async () => {
    const first = readFileSync(fixture, 'utf8').split('\n')[0]!;
    const twice = path.join(tmp, 'twice.jsonl');
    writeFileSync(twice, `${first}\n${first}\n`);
    const store = await newStore();
    const s = await importNational(store, twice, {});
    expect(s).toMatchObject({ imported: 2, inserted: 1, updated: 1 });
    expect(await store.collection(NATIONAL_COLLECTION).count({})).toBe(1);
  });

  it('reads .jsonl.gz the same way', async () => {
    const gz = path.join(tmp, 'sample.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    const s = await importNational(await newStore(), gz, {});
    expect(s).toMatchObject({ read: 9, imported: 7 });
  });

  it('filters by level and by field (name or slug)', async () => {
    const byLevel = await importNational(await newStore(), fixture, { level: 'tinh' });
    expect(byLevel.imported).toBe(2);
    expect(byLevel.skipped.filteredOut).toBe(5);
    const byName = await importNational(await newStore(), fixture, { field: 'Chứng thực' });
    const bySlug = await importNational(await newStore(), fixture, { field: 'chung-thuc' });
    expect(byName.imported).toBe(2);
    expect(bySlug.imported).toBe(2);
  });

  it('fails before writing anything when the file is missing', async () => {
    const store = await newStore();
    await expect(importNational(store, path.join(tmp, 'khong-co.jsonl'), {})).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await store.collection(NATIONAL_COLLECTION).count({})).toBe(0);
  });
});
