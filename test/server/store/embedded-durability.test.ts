import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../server/src/store/embedded.js';
import { DuplicateKeyError } from '../../../server/src/store/port.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

describe('embedded store durability', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cchc-durable-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps documents, updates, deletes, counters and unique indexes across close and reopen', async () => {
    const first = await createEmbeddedStore(dir);
    const col = first.collection('feedback');
    await col.createIndex({ keys: { trackingCode: 1 }, unique: true });
    await col.insertMany([
      { _id: 'a', trackingCode: 'PA-1', status: 'new', at: new Date('2025-07-01T01:02:03Z') },
      { _id: 'b', trackingCode: 'PA-2', status: 'new' },
      { _id: 'c', trackingCode: 'PA-3', status: 'new' },
    ]);
    await col.updateOne({ _id: 'a' }, { $set: { status: 'answered' }, $push: { timeline: { kind: 'answer' } } });
    await col.deleteOne({ _id: 'c' });
    await first.nextSequence('tracking');
    await first.nextSequence('tracking');
    await first.close();

    const second = await createEmbeddedStore(dir);
    const again = second.collection('feedback');
    expect(await again.find({}, { sort: { _id: 1 } })).toEqual([
      { _id: 'a', trackingCode: 'PA-1', status: 'answered', at: new Date('2025-07-01T01:02:03Z'), timeline: [{ kind: 'answer' }] },
      { _id: 'b', trackingCode: 'PA-2', status: 'new' },
    ]);
    expect(await second.nextSequence('tracking')).toBe(3);
    // The unique index was rebuilt at open, without the caller creating it again.
    await expect(again.insertOne({ trackingCode: 'PA-2' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await second.close();
  });

  it('loses no acknowledged write when the writing process is killed with SIGKILL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'burst-writer.ts'), dir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: { id: string; seq: number }[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [tag, id, seq] = line.split(' ');
          if (tag === 'ack' && id && seq) acked.push({ id, seq: Number(seq) });
        }
        // Kill in the middle of the burst, once a meaningful number of writes is acknowledged.
        if (acked.length >= 400 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      void exited.then(() => reject(new Error(`writer exited before the kill: ${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(400);

    const store = await createEmbeddedStore(dir);
    const col = store.collection('burst');
    const stored = new Set((await col.find({}, { projection: { _id: 1 } })).map((d) => d._id));
    const missing = acked.filter((a) => !stored.has(a.id));
    expect(missing).toEqual([]);
    // The counter never goes back: the next number is above every acknowledged one.
    const maxSeq = Math.max(...acked.map((a) => a.seq));
    expect(await store.nextSequence('burst')).toBeGreaterThan(maxSeq);
    await store.close();
  });
});
