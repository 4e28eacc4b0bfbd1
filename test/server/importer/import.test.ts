import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importNational, NATIONAL_COLLECTION } from '../../../server/src/importer/national.js';
import { createFakeStore } from './fake-store.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/national/sample.jsonl');
const tmp = mkdtempSync(path.join(tmpdir(), 'import-national-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('importNational', () => {
  it('imports every valid record, skips the broken line and the record without code, and says why', async () => {
    const store = createFakeStore();
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
    const store = createFakeStore();
    await importNational(store, fixture, {});
    const second = await importNational(store, fixture, {});
    expect(second).toMatchObject({ imported: 7, inserted: 0, updated: 7 });
    expect(await store.collection(NATIONAL_COLLECTION).count({})).toBe(7);
  });

  it('reads .jsonl.gz the same way', async () => {
    const gz = path.join(tmp, 'sample.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture)));
    const s = await importNational(createFakeStore(), gz, {});
    expect(s).toMatchObject({ read: 9, imported: 7 });
  });

  it('filters by level and by field (name or slug)', async () => {
    const byLevel = await importNational(createFakeStore(), fixture, { level: 'tinh' });
    expect(byLevel.imported).toBe(2);
    expect(byLevel.skipped.filteredOut).toBe(5);
    const byName = await importNational(createFakeStore(), fixture, { field: 'Chứng thực' });
    const bySlug = await importNational(createFakeStore(), fixture, { field: 'chung-thuc' });
    expect(byName.imported).toBe(2);
    expect(bySlug.imported).toBe(2);
  });

  it('fails before writing anything when the file is missing', async () => {
    const store = createFakeStore();
    await expect(importNational(store, path.join(tmp, 'khong-co.jsonl'), {})).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.data.get(NATIONAL_COLLECTION)).toBeUndefined();
  });
});
