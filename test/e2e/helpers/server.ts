// Starts the real server in-process for end-to-end tests: 127.0.0.1, a random port, a
// fresh data directory, the repo's content, the built mini app and staff console (built once if missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../server/src/config.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const miniAppDir = path.join(repoRoot, 'mini-app', 'www');
export const consoleDir = path.join(repoRoot, 'console', 'www');

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  baseUrl: string;
  close: () => Promise<void>;
}

export interface ExternalServer {
  app: null;
  config: null;
  baseUrl: string;
  close: () => Promise<void>;
}

/** Builds mini-app/www when it is missing (or always with rebuild: true). */
export function ensureMiniAppBuilt({ rebuild = false }: { rebuild?: boolean } = {}): void {
  if (!rebuild && existsSync(path.join(miniAppDir, 'index.html'))) return;
  const r = spawnSync('npm', ['run', 'build', '-w', 'mini-app'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build -w mini-app failed');
}

/** Builds console/www (the staff console) when it is missing. */
export function ensureConsoleBuilt(): void {
  if (existsSync(path.join(consoleDir, 'index.html'))) return;
  const r = spawnSync('npm', ['run', 'build', '-w', 'console'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build -w console failed');
}

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer | ExternalServer> {
  // E2E_BASE_URL points the browser tests at a server that is already running (a staging
  // deployment, or `npm start` while debugging) instead of starting one in-process.
  const external = process.env.E2E_BASE_URL;
  if (external) return { app: null, config: null, baseUrl: external.replace(/\/+$/, ''), close: async () => {} };
  ensureMiniAppBuilt();
  ensureConsoleBuilt();
  // Loaded here, not at the top, so E2E_BASE_URL runs need no server code at all.
  const { buildApp } = await import('../../../server/src/app.js');
  const { loadConfig } = await import('../../../server/src/config.js');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    CONTENT_DIR: path.join(repoRoot, 'content'),
    // The curated content is enough for the screens; the national file makes start-up slow.
    NATIONAL_TTHC_FILE: '',
    MINI_APP_DIR: miniAppDir,
    CONSOLE_DIR: consoleDir,
    ...env,
  });
  const app = await buildApp({ config, logger: false });
  // PORT may be chosen by the test (links in messages name PUBLIC_URL, which must be this server).
  await app.listen({ host: '127.0.0.1', port: config.PORT });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
