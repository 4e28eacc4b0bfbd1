// Imports the real national file when it sits beside the repository (../shared/data/…).
// Skipped elsewhere; the fixtures cover each trap on their own.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importNational, NATIONAL_COLLECTION } from '../../../server/src/importer/national.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const file = path.resolve(repoRoot, '..', 'shared', 'data', 'national-tthc', 'procedures.jsonl.gz');
const dataDir = mkdtempSync(path.join(tmpdir(), 'import-national-real-'));

describe.skipIf(!existsSync(file))('import of the real national file', () => {
  let store: Store | undefined;
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Two full imports take ~10 s alone; the limit leaves room for a busy machine running other suites.
  it('imports every record with a code, keeps commune levels, and re-imports in place', { timeout: 90_000 }, async () => {
    const raw = gunzipSync(readFileSync(file))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, string>);
    const withCode = raw.filter((r) => r.ma_thu_tuc?.trim() && r.ten_thu_tuc?.trim());
    const communeCodes = raw.filter((r) => r.cap_thuc_hien?.includes('Cấp xã')).map((r) => r.ma_thu_tuc ?? '');
    expect(communeCodes).toHaveLength(588);

    store = await createStore({ dataDir });
    const first = await importNational(store, file, {});
    expect(first.read).toBe(raw.length);
    expect(first.imported).toBe(withCode.length);
    expect(first.inserted).toBe(withCode.length);

    const docs = await store.collection(NATIONAL_COLLECTION).find({});
    expect(docs).toHaveLength(withCode.length);
    const levels = new Map(docs.map((d) => [d.code as string, d.levels as string[]]));
    const communeImported = communeCodes.filter((c) => levels.get(c)?.includes('xa'));
    expect(communeImported).toHaveLength(588);

    const second = await importNational(store, file, {});
    expect(second).toMatchObject({ imported: first.imported, inserted: 0, updated: first.imported });
    expect(await store.collection(NATIONAL_COLLECTION).count({})).toBe(withCode.length);

    const m = first.methods;
    const share = (n: number) => `${((n / m.total) * 100).toFixed(1)}%`;
    console.log(
      `national import (${store.kind} store): ${first.imported} records in ${first.durationMs} ms; ${m.total} method rows, known time ${share(m.knownTime)}, known fee ${share(m.knownFee)}`,
    );
    expect(m.knownTime / m.total).toBeGreaterThan(0.7);
    expect(m.knownFee / m.total).toBeGreaterThan(0.5);
  });
});
