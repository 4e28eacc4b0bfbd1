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
    kind: 'answer' | 'clarify' | 'fallback' | 'decline';
    codes?: string[];
    options?: string[];
    detail?: string;
    choice?: number;
    sameFocus?: boolean;
    /** A non-procedure answer: office_hours, payment, hotline … */
    topic?: string;
    /** With topic hotline: 111|112|113|114|115|portal|local. */
    hotline?: string;
  };
  category?: string[];
}
export interface EvalItem {
  id: string;
  holdout?: boolean;
  turns: EvalTurn[];
}

/** The evaluation sets: ours (tuning + held-out third) and the blind sets written outside the project. */
export const EVAL_SETS = {
  own: 'chat-eval.json',
  'blind-tuning': 'chat-eval-blind-tuning.json',
  'blind-holdout': 'chat-eval-blind-holdout.json',
  /** A second blind tuning set (471 conversations), written later by other personas: first figure = generalisation. */
  'blind2-tuning': 'chat-eval-blind2-tuning.json',
  /** A third blind set (1/12/2026, new personas), split in halves: tuning, and held-out (aggregates only). */
  'blind3-tuning': 'chat-eval-blind3-tuning.json',
  'blind3-holdout': 'chat-eval-blind3-holdout.json',
  /** Blind training sets (1/12/2026): written like the others, all tuning; regions and personas differ. */
  'blind4-train': 'chat-train-blind4.json',
  'blind5-train': 'chat-train-blind5.json',
  'blind6-train': 'chat-train-blind6.json',
  'blind7-train': 'chat-train-blind7.json',
  'blind8-train': 'chat-train-blind8.json',
  'blind9-train': 'chat-train-blind9.json',
  'blind10-train': 'chat-train-blind10.json',
  'blind11-train': 'chat-train-blind11.json',
  'blind12-train': 'chat-train-blind12.json',
  'blind13-train': 'chat-train-blind13.json',
  'blind14-train': 'chat-train-blind14.json',
} as const;
/** Held-out sets: run with --holdout, aggregates only, never read turn by turn. */
export const HOLDOUT_SETS: EvalSet[] = ['blind-holdout', 'blind3-holdout'];
export type EvalSet = keyof typeof EVAL_SETS;
/** The sets (or parts: our set's non-held-out items) that may be read and tuned on. */
export const TUNING_SETS: EvalSet[] = [
  'own',
  'blind-tuning',
  'blind2-tuning',
  'blind3-tuning',
  'blind4-train',
  'blind5-train',
  'blind6-train',
  'blind7-train',
  'blind8-train',
  'blind9-train',
  'blind10-train',
  'blind11-train',
  'blind12-train',
  'blind13-train',
  'blind14-train',
];

export async function loadEval(set: EvalSet = 'own'): Promise<EvalItem[]> {
  const { readFile } = await import('node:fs/promises');
  const raw = JSON.parse(await readFile(path.join(repoRoot, 'test', 'fixtures', EVAL_SETS[set]), 'utf8')) as { items: EvalItem[] };
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
