// `npm run bench fuzz`: the real app listening on 127.0.0.1 (fresh embedded store, the repo's
// content, an administrator), hostile requests to every route over real HTTP. Prints the count
// of requests and of 5xx answers (must be 0).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { auditLog } from '../server/src/staff/audit.js';
import { staffRepository } from '../server/src/staff/staff.repository.js';
import { staffAccounts } from '../server/src/staff/staff-accounts.js';
import { formatFuzz, fuzzRoutes, routesOf } from './fuzz-harness.js';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-fuzz-'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  CONTENT_DIR: path.join(repoRoot, 'content'),
  NATIONAL_TTHC_FILE: '',
  MINI_APP_DIR: path.join(repoRoot, 'mini-app', 'www'),
  // One machine plays every attacker: lift the per-IP limits so handlers, not the limiter, answer.
  RATE_LIMIT_MAX: '100000000',
  FEEDBACK_RATE_IP_MAX: '100000000',
  CHAT_RATE_LIMIT_MAX: '100000000',
  ZALO_PHONE_RATE_LIMIT_MAX: '100000000',
  STAFF_LOGIN_MAX_PER_IP: '100000000',
  OUTBOX_ENABLED: 'false',
  TRUST_PROXY: 'true',
});
const app = await buildApp({ config, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
try {
  const password = `fuzz-${randomUUID()}`;
  await staffAccounts(app.store, staffRepository(app.store), auditLog(app.store)).create(null, {
    username: 'fuzz-admin',
    displayName: 'Quản trị thử',
    roles: ['admin'],
    units: [],
    password,
  });
  const login = await fetch(`${base}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'cchc-console' },
    body: JSON.stringify({ username: 'fuzz-admin', password }),
  });
  if (login.status !== 200) throw new Error(`admin sign-in failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const routes = routesOf((await (await fetch(`${base}/docs/json`)).json()) as never);
  const t0 = performance.now();
  const result = await fuzzRoutes(
    async (r) => {
      const res = await fetch(`${base}${r.url}`, {
        method: r.method,
        headers: r.headers,
        body: r.payload as BodyInit | undefined,
        redirect: 'manual',
      });
      return { status: res.status, body: await res.text() };
    },
    { routes, cookie, onProgress: (n) => process.stdout.write(`\r  ${n} requests…`) },
  );
  process.stdout.write('\r');
  console.log(formatFuzz(result));
  console.log(
    `  ${((performance.now() - t0) / 1000).toFixed(1)} s; server still answers /healthz: ${(await fetch(`${base}/healthz`)).status}`,
  );
  if (result.serverErrors.length || result.polluted) process.exitCode = 1;
} finally {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
