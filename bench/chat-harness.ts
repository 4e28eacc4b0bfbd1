// Shared by bench/eval-chat.ts and bench/chat.ts: the real app in-process on a fresh embedded
// store, with the national records imported on first start (NATIONAL_TTHC_FILE).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/src/app.js';
import { loadConfig, repoRoot } from '../server/src/config.js';

export interface EvalTurn {
  text: string;
  expect: {
    kind: 'answer' | 'clarify' | 'fallback';
    codes?: string[];
    options?: string[];
    detail?: string;
    choice?: number;
    sameFocus?: boolean;
  };
}
export interface EvalItem {
  id: string;
  holdout: boolean;
  turns: EvalTurn[];
}

export async function loadEval(): Promise<EvalItem[]> {
  const { readFile } = await import('node:fs/promises');
  const raw = JSON.parse(await readFile(path.join(repoRoot, 'test', 'fixtures', 'chat-eval.json'), 'utf8')) as { items: EvalItem[] };
  return raw.items;
}

export async function chatApp(): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-chat-bench-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    MINI_APP_DIR: path.join(dataDir, 'none'),
    OUTBOX_ENABLED: 'false',
    CHAT_RATE_LIMIT_MAX: '1000000',
    RATE_LIMIT_MAX: '1000000',
  });
  const app = await buildApp({ config, logger: false });
  return {
    app,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
