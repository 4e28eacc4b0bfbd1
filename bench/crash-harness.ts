// SIGKILL harness for feedback intake (issue #12): the real server in its own process on one
// data directory, 50 clients submitting, one submission in five sent twice at once with the same
// Idempotency-Key (a double tap), the server killed with SIGKILL mid-load and restarted on the
// same directory; clients that lost their answer retry with the same key, as the mini app does.
// Afterwards the store is opened directly and every 201 is checked against what was sent.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

export interface CrashOptions {
  rounds: number;
  /** Submissions per round (distinct keys); one in `doubleEvery` is sent twice at once. */
  submissions: number;
  clients: number;
  doubleEvery?: number;
  log?: (line: string) => void;
}

export interface CrashFigures {
  rounds: number;
  submissions: number;
  requests: number;
  kills: number;
  /** Distinct submissions answered 201 with a tracking code. */
  acknowledged: number;
  /** Acknowledged, but no record with that code afterwards. */
  lost: number;
  /** Acknowledged, but the record with that code holds another submission's content. */
  reissued: number;
  /** Records beyond one per submission (same content stored twice). */
  duplicated: number;
  /** Codes answered to two different submissions. */
  codesGivenTwice: number;
  /** One submission answered with two different codes. */
  keysWithTwoCodes: number;
  statuses: Record<string, number>;
}

interface Submission {
  key: string;
  subject: string;
  payload: string;
  codes: Set<string>;
}

function bodyFor(round: number, i: number, subject: string) {
  return {
    kind: (['phan_anh', 'kien_nghi', 'hoi_dap'] as const)[i % 3],
    subject,
    content: `Nội dung kiểm tra sập nguồn, vòng ${round}, phản ánh số ${i}: đèn đường đầu ngõ bị hỏng, đề nghị xã kiểm tra.`,
    communeCode: i % 4 ? 'VD-HOA-AN' : 'VD-BINH-MINH',
    sender: { name: 'Người thử nghiệm', phone: `09${String(10_000_000 + round * 100_000 + i).slice(-8)}`, address: 'Thôn Đông' },
    consent: { accepted: true, version: 'pakn-2026-01' },
    publish: false,
  };
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'serve.ts'), 'app'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      BENCH_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      NATIONAL_TTHC_FILE: '',
      MINI_APP_DIR: path.join(dataDir, 'none'),
      FEEDBACK_MIN_FILL_MS: '0',
      FEEDBACK_RATE_IP_MAX: '100000000',
      FEEDBACK_RATE_PHONE_MAX: '100000000',
      OUTBOX_POLL_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  return { child, port };
}

type Answer = { status: number; json: Record<string, unknown> } | { status: 'down' };

export async function runCrashRounds(opts: CrashOptions): Promise<CrashFigures> {
  const log = opts.log ?? (() => {});
  const doubleEvery = opts.doubleEvery ?? 5;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-crash-bench-'));
  const statuses: Record<string, number> = {};
  const all: Submission[] = [];
  let requests = 0;
  let kills = 0;

  let server = await startServer(dataDir);
  let agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients * 2 });
  /** Resolves when a server is up again after a kill. */
  let up: Promise<void> = Promise.resolve();

  const post = (s: Submission): Promise<Answer> =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/feedback', method: 'POST', agent }, (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          raw += c;
        });
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(raw) as Record<string, unknown> });
          } catch {
            resolve({ status: 'down' }); // cut off mid-answer: the client does not know
          }
        });
        res.on('error', () => resolve({ status: 'down' }));
      });
      req.setHeader('content-type', 'application/json');
      req.setHeader('idempotency-key', s.key);
      req.on('error', () => resolve({ status: 'down' }));
      req.end(s.payload);
    });

  /** One request, retried with the same key until the server gives a definite answer. */
  const submitUntilAnswered = async (s: Submission): Promise<void> => {
    for (;;) {
      await up;
      const incarnation = server;
      requests++;
      const a = await post(s);
      statuses[String(a.status)] = (statuses[String(a.status)] ?? 0) + 1;
      if (a.status === 'down' || a.status === 503 || a.status >= 500) {
        // Wait for the restart (or a moment) and retry with the same key.
        if (incarnation === server) await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      if (a.status === 201 && typeof a.json.trackingCode === 'string') s.codes.add(a.json.trackingCode);
      return;
    }
  };

  for (let round = 1; round <= opts.rounds; round++) {
    const subs: Submission[] = Array.from({ length: opts.submissions }, (_, i) => {
      const subject = `Kiểm tra sập nguồn vòng ${round} số ${i} ${randomUUID().slice(0, 8)}`;
      return { key: randomUUID(), subject, payload: JSON.stringify(bodyFor(round, i, subject)), codes: new Set() };
    });
    all.push(...subs);
    const killAt = Math.floor(opts.submissions * (0.3 + Math.random() * 0.4));
    let started = 0;
    let killed = false;
    const crash = async () => {
      killed = true;
      let restarted!: () => void;
      up = new Promise((r) => {
        restarted = r;
      });
      const old = server.child;
      old.kill('SIGKILL');
      await new Promise((r) => old.once('exit', r));
      kills++;
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: opts.clients * 2 });
      server = await startServer(dataDir);
      restarted();
      log(`  vòng ${round}: máy chủ bị SIGKILL sau ${killAt} phản ánh bắt đầu gửi, đã khởi động lại`);
    };
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: opts.clients }, async () => {
        while (started < subs.length) {
          const i = started++;
          if (!killed && i >= killAt) void crash();
          const s = subs[i]!;
          // A double tap: the same submission twice at the same moment.
          if (i % doubleEvery === 0) await Promise.all([submitUntilAnswered(s), submitUntilAnswered(s)]);
          else await submitUntilAnswered(s);
        }
      }),
    );
    log(`  vòng ${round}: ${subs.length} phản ánh trong ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  // The last crash: kill the server once more, then read what the disk holds.
  server.child.kill('SIGKILL');
  await new Promise((r) => server.child.once('exit', r));
  agent.destroy();
  const { createStore } = await import('../server/src/store/index.js');
  const store = await createStore({ dataDir });
  const records = await store.collection('feedback').find({}, { projection: { trackingCode: 1, subject: 1 } });
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });

  const byCode = new Map(records.map((r) => [r.trackingCode as string, r.subject as string]));
  const perSubject = new Map<string, number>();
  for (const r of records) perSubject.set(r.subject as string, (perSubject.get(r.subject as string) ?? 0) + 1);
  const owners = new Map<string, number>();
  let acknowledged = 0;
  let lost = 0;
  let reissued = 0;
  for (const s of all) {
    if (s.codes.size > 0) acknowledged++;
    for (const code of s.codes) {
      owners.set(code, (owners.get(code) ?? 0) + 1);
      const stored = byCode.get(code);
      if (stored === undefined) lost++;
      else if (stored !== s.subject) reissued++;
    }
  }
  return {
    rounds: opts.rounds,
    submissions: all.length,
    requests,
    kills,
    acknowledged,
    lost,
    reissued,
    duplicated: [...perSubject.values()].reduce((n, c) => n + c - 1, 0),
    codesGivenTwice: [...owners.values()].filter((n) => n > 1).length,
    keysWithTwoCodes: all.filter((s) => s.codes.size > 1).length,
    statuses,
  };
}

export const formatCrash = (f: CrashFigures) =>
  [
    `SIGKILL giữa lúc tải: ${f.rounds} vòng × ${f.submissions / f.rounds} phản ánh, ${f.kills} lần giết tiến trình, ${f.requests} yêu cầu`,
    `  Trạng thái HTTP: ${Object.entries(f.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
    `  acknowledged ${f.acknowledged}   lost ${f.lost}   duplicated ${f.duplicated}   reissued ${f.reissued}   codes given twice ${f.codesGivenTwice}   keys with two codes ${f.keysWithTwoCodes}`,
  ].join('\n');
