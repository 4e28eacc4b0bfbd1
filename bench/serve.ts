// A server for the benchmarks: the real app on a fresh embedded store, or a bare Fastify route.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';

const mode = process.argv[2] ?? 'app';
if (mode === 'bare') {
  const app = Fastify({ logger: false });
  app.get('/api/procedures', async () => ({
    items: [{ code: '1.000000', name: 'bare', field: 'x', levels: ['xa'], online: 'chua_ro', score: 1 }],
    total: 1,
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`LISTENING http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
} else {
  const dataDir = process.env.BENCH_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'cchc-bench-')));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '100000000',
    PORT: '0',
  });
  const app = await buildApp({ config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`LISTENING http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
}

// Exit cleanly on a signal so profilers (--cpu-prof) get to write their files.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
