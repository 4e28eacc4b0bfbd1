// Child process for the crash test: writes documents as fast as it can and prints each
// id (and sequence number) only after the store acknowledged it. The parent kills it
// with SIGKILL in the middle and then checks that every printed write survived.
import { createEmbeddedStore } from '../../../server/src/store/embedded.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: burst-writer <dir>');
const store = await createEmbeddedStore(dir);
const col = store.collection('burst');
await col.createIndex({ keys: { code: 1 }, unique: true });
process.stdout.write('ready\n');

async function writer(worker: number): Promise<never> {
  for (let i = 0; ; i++) {
    const seq = await store.nextSequence('burst');
    const doc = await col.insertOne({ code: `W${worker}-${i}`, seq, payload: 'đăng ký khai sinh '.repeat(10) });
    process.stdout.write(`ack ${doc._id} ${seq}\n`);
  }
}

await Promise.all([0, 1, 2, 3].map(writer));
