import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createEmbeddedStore } from '../../../server/src/store/embedded.js';
import { runStoreContract } from './contract.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// A fresh LMDB environment per test.
runStoreContract('embedded', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-store-'));
  dirs.push(dir);
  return createEmbeddedStore(dir);
});
