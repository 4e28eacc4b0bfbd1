// Crash safety with a real process: the server is killed (SIGKILL) while an e-mail is in flight;
// a restarted server takes the delivery again once the lease expires.
//
// What "exactly once" honestly means here: SMTP has no two-phase commit. The first server sent
// the whole message and died before reading the receiver's answer, so it cannot know whether
// the mail was taken. The outbox therefore delivers AT LEAST once, and every copy carries the
// same Message-ID (<deliveryId@cchc>) so the receiving side can drop the repeat. The store
// records the delivery as delivered exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../server/src/config.js';
import { createStore } from '../../../server/src/store/index.js';
import { validBody } from '../feedback/fixtures.js';
import { startSmtp } from './receivers.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-crash-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function startChild(smtpUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'child-server.ts')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      CONTENT_DIR: path.join(repoRoot, 'content'),
      NATIONAL_TTHC_FILE: '',
      MINI_APP_DIR: path.join(dataDir, 'no-mini-app'),
      SMTP_URL: smtpUrl,
      OUTBOX_POLL_MS: '100',
      OUTBOX_LEASE_MS: '2000',
      OUTBOX_SEND_TIMEOUT_MS: '60000',
      FEEDBACK_MIN_FILL_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

const until = async (ok: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return ok();
};

describe('outbox across a crash', () => {
  it('server killed mid-delivery and restarted → the receiver gets the mail (same Message-ID), the store says delivered once', async () => {
    // The first message is received in full but never answered: the sender is killed meanwhile.
    const smtp = await startSmtp({ hold: (n) => n === 0 });
    try {
      const first = await startChild(smtp.url);
      const res = await fetch(`${first.base}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'crash-test-key-1' },
        body: JSON.stringify(validBody()),
      });
      expect(res.status).toBe(201);
      const { trackingCode } = (await res.json()) as { trackingCode: string };
      expect(await until(() => smtp.seen.length === 1)).toBe(true);

      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));

      const second = await startChild(smtp.url);
      expect(await until(() => smtp.accepted.length === 1)).toBe(true);
      // Let the restarted server record the outcome, then stop it cleanly.
      await new Promise((r) => setTimeout(r, 500));
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));

      expect(smtp.seen).toHaveLength(2);
      expect(new Set(smtp.seen.map((m) => m.messageId)).size).toBe(1);
      expect(smtp.accepted[0]?.raw).toContain(trackingCode);

      const store = await createStore({ dataDir });
      try {
        const deliveries = await store.collection('deliveries').find({});
        expect(deliveries).toHaveLength(1);
        expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2 });
        expect(await store.collection('feedback').count({})).toBe(1);
        const fb = await store.collection('feedback').findOne({ trackingCode });
        expect(((fb?.timeline ?? []) as { type: string }[]).filter((e) => e.type === 'delivered')).toHaveLength(1);
        expect(fb?.status).toBe('forwarded');
      } finally {
        await store.close();
      }
    } finally {
      await smtp.close();
    }
  }, 90_000);
});
