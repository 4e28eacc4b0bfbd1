// Builds the real app for a test: a fresh embedded store in a temp dir, the repo's content,
// and optionally a national records file. Nothing listens; tests use inject().
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app.js';
import { type Config, loadConfig, repoRoot } from '../../../server/src/config.js';

export const contentDir = path.join(repoRoot, 'content');
export const nationalFile = path.resolve(repoRoot, '..', 'shared', 'data', 'national-tthc', 'procedures.jsonl.gz');

export async function testConfig(
  env: Record<string, string> = {},
): Promise<{ config: Config; dataDir: string; cleanup: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    CONTENT_DIR: contentDir,
    NATIONAL_TTHC_FILE: '',
    MINI_APP_DIR: path.join(dataDir, 'no-mini-app'),
    // No form token needed unless a test turns the minimum fill time on.
    FEEDBACK_MIN_FILL_MS: '0',
    // Most tests never chat: the learned models are built at a test's first question, not at every start.
    CHAT_MODELS_AT_START: 'false',
    ...env,
  });
  return { config, dataDir, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
}

export async function testApp(
  env: Record<string, string> = {},
): Promise<{ app: FastifyInstance; config: Config; close: () => Promise<void> }> {
  const { config, cleanup } = await testConfig(env);
  const app = await buildApp({ config, logger: false });
  return {
    app,
    config,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}
