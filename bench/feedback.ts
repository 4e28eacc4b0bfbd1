// `npm run bench feedback` (or `npx tsx bench/feedback.ts`): the real server on the embedded
// store in its own process (127.0.0.1, random port); 500 feedback submissions from 50 concurrent
// clients, 50 of them retried with the same Idempotency-Key; a local SMTP sink receives the
// outbox e-mails. Prints how many were stored, duplicates, latency p50/p99 and delivery.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const repoRoot = path.resolve(import.meta.dirname, '..');
const TOTAL = 500;
const CONCURRENCY = 50;
const RETRIES = 50;
/** Submissions sent first to warm the server up (JIT, first-use paths); reported apart. */
const WARMUP = 100;

if (process.argv.includes('--serve')) {
  const { loadConfig } = await import('../server/src/config.js');
  const { startServer } = await import('../server/src/server.js');
  const app = await startServer(loadConfig());
  const a = app.server.address();
  process.stdout.write(`LISTENING ${typeof a === 'object' && a ? a.port : 0}\n`);
}

function body(i: number) {
  return {
    kind: (['phan_anh', 'kien_nghi', 'hoi_dap'] as const)[i % 3],
    subject: `Phản ánh thử nghiệm số ${i}`,
    content: 'Đèn đường đầu ngõ bị hỏng, buổi tối đi lại nguy hiểm. Đề nghị xã kiểm tra, sửa chữa.',
    field: i % 2 ? 'ho-tich' : undefined,
    communeCode: i % 4 ? 'VD-HOA-AN' : 'VD-BINH-MINH',
    sender: { name: 'Người thử nghiệm', phone: `09${String(10_000_000 + i).slice(-8)}`, address: 'Thôn Đông, xã Hòa An' },
    consent: { accepted: true, version: 'pakn-2026-01' },
    publish: i % 5 === 0,
  };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export default async function benchFeedback() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-bench-feedback-'));
  const mails = new Set<string>();
  let mailCount = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _s, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString();
      });
      stream.on('end', () => {
        mailCount++;
        mails.add(/^Message-ID:\s*(.+)$/im.exec(raw)?.[1] ?? '');
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'feedback.ts'), '--serve'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      NATIONAL_TTHC_FILE: '',
      MINI_APP_DIR: path.join(dataDir, 'none'),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_POLL_MS: '200',
      OUTBOX_ENABLED: process.env.BENCH_OUTBOX ?? 'true',
      FEEDBACK_MIN_FILL_MS: '0',
      // One machine plays 50 citizens from one address: lift the per-IP limits for the run.
      RATE_LIMIT_MAX: '1000000',
      FEEDBACK_RATE_IP_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });

  // node:http with keep-alive: undici's fetch costs the load generator more CPU than the
  // server spends per request, and on two cores that showed up as server latency.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = (key: string, payload: string) =>
    new Promise<{ status: number; json: { trackingCode?: string } }>((resolve, reject) => {
      const req = http.request(
        `${base}/api/feedback`,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'idempotency-key': key, 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          let raw = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            raw += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(raw) }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  const run = async (jobs: { k: string; i: number }[]) => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const codesByKey = new Map<string, Set<string>>();
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) {
          const { k, i } = jobs[next++]!;
          const payload = JSON.stringify(body(i));
          const start = performance.now();
          const res = await post(k, payload);
          const json = res.json;
          latencies.push(performance.now() - start);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (json.trackingCode) (codesByKey.get(k) ?? codesByKey.set(k, new Set()).get(k)!).add(json.trackingCode);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return { latencies, statuses, codesByKey, elapsed: performance.now() - t0 };
  };
  const warm = await run(Array.from({ length: WARMUP }, (_, i) => ({ k: randomUUID(), i: 100_000 + i })));
  // 500 first submissions, then 50 of them again with the same key (a client retrying).
  const keys = Array.from({ length: TOTAL }, () => randomUUID());
  const { latencies, statuses, codesByKey, elapsed } = await run([
    ...keys.map((k, i) => ({ k, i })),
    ...keys.slice(0, RETRIES).map((k, i) => ({ k, i })),
  ]);
  const jobs = { length: TOTAL + RETRIES };
  // Give the outbox a moment to deliver, then stop the server cleanly and count in the store.
  const deadline = Date.now() + 30_000;
  while (mails.size < TOTAL + WARMUP && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const deliveredIn = Date.now() - (deadline - 30_000);
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const { createStore } = await import('../server/src/store/index.js');
  const store = await createStore({ dataDir });
  const stored = await store.collection('feedback').count({});
  const distinctCodes = new Set(
    (await store.collection('feedback').find({}, { projection: { trackingCode: 1 } })).map((f) => f.trackingCode),
  ).size;
  const delivered = await store.collection('deliveries').count({ status: 'delivered' });
  await store.close();
  await new Promise<void>((r) => smtp.close(() => r()));
  rmSync(dataDir, { recursive: true, force: true });

  const keysWithTwoCodes = [...codesByKey.values()].filter((s) => s.size > 1).length;
  console.log(
    [
      `Phản ánh: ${jobs.length} yêu cầu (${TOTAL} mới + ${RETRIES} gửi lại cùng khóa), ${CONCURRENCY} máy khách đồng thời, ${(elapsed / 1000).toFixed(1)} s`,
      `  Trạng thái HTTP: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`,
      `  Đã lưu: ${stored - WARMUP} / ${TOTAL} (cộng ${WARMUP} khởi động)   trùng lặp: ${stored - TOTAL - WARMUP + (stored - distinctCodes)} bản ghi, ${keysWithTwoCodes} khóa nhận hai mã`,
      `  Khởi động (${WARMUP} yêu cầu, máy chủ vừa mở): p50 ${pct(warm.latencies, 50).toFixed(1)} ms   p99 ${pct(warm.latencies, 99).toFixed(1)} ms`,
      `  Độ trễ: p50 ${pct(latencies, 50).toFixed(1)} ms   p99 ${pct(latencies, 99).toFixed(1)} ms   max ${latencies.at(-1)?.toFixed(1)} ms`,
      `  Gửi thư: ${delivered} lượt ghi nhận đã gửi, ${mails.size} Message-ID khác nhau, ${mailCount} thư nhận được (sau ${(deliveredIn / 1000).toFixed(1)} s)`,
    ].join('\n'),
  );
  return { stored, p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

if (import.meta.url === `file://${process.argv[1]}` && !process.argv.includes('--serve')) await benchFeedback();
