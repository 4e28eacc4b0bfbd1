// Embedded store speed: equality lookups on a unique key (index, not scan) and synced
// atomic inserts from 50 concurrent clients, as feedback intake does them. Prints figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmbeddedStore } from '../server/src/store/embedded.js';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

export default async function benchStore() {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-bench-store-'));
  const store = await createEmbeddedStore(dir);
  try {
    const col = store.collection('feedback');
    await col.createIndex({ keys: { trackingCode: 1 }, unique: true });
    const n = 20_000;
    let t = performance.now();
    await col.insertMany(Array.from({ length: n }, (_, i) => ({ trackingCode: `PA-${i}`, status: 'new', n: i })));
    const insertMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 2_000; i++) await col.findOne({ trackingCode: `PA-${(i * 7919) % n}`, status: 'new' });
    const lookupMs = (performance.now() - t) / 2_000;
    t = performance.now();
    for (let i = 0; i < 50; i++) await col.findOne({ n: (i * 7919) % n });
    const scanMs = (performance.now() - t) / 50;

    const latencies: number[] = [];
    const client = async (c: number) => {
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const seq = await store.nextSequence('tracking');
        await store.insertAtomically([
          { collection: 'intake', doc: { trackingCode: `PA-${seq}`, client: c } },
          { collection: 'deliveries', doc: { trackingCode: `PA-${seq}`, channel: 'email' } },
        ]);
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, c) => client(c)));
    latencies.sort((a, b) => a - b);
    console.log(`\nKho nhúng (LMDB + mingo), ${n} bản ghi:`);
    console.log(`  chèn ${n} bản ghi: ${insertMs.toFixed(0)} ms`);
    console.log(`  tra theo khóa duy nhất: ${lookupMs.toFixed(3)} ms/lần (quét toàn bộ: ${scanMs.toFixed(2)} ms/lần)`);
    console.log(
      `  500 lần ghi nguyên tử (số thứ tự + 2 tài liệu) từ 50 client: p50 ${pct(latencies, 0.5).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms (mục tiêu < 100 ms)`,
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStore();
