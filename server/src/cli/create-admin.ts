// `npm run staff:create-admin`: creates a console administrator from the terminal.
//   On a terminal: asks for the username, name and password (typed without echo).
//   In scripts:   npm run staff:create-admin -- --username admin [--name "Quản trị"]
//                 with the password in the environment variable STAFF_ADMIN_PASSWORD.
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../lib/errors.js';
import { auditLog } from '../staff/audit.js';
import { CONTROL_HEADER, processAlive, readControlFile } from '../staff/local-control.js';
import { passwordProblem } from '../staff/password.js';
import { TERMINAL } from '../staff/routes/local.routes.js';
import { staffRepository } from '../staff/staff.repository.js';
import { staffAccounts } from '../staff/staff-accounts.js';
import { createStore } from '../store/index.js';

/** Reads a line; with `hidden`, what is typed is not echoed. */
async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const pending = rl.question(question);
  muted = hidden;
  const answer = await pending;
  rl.close();
  if (hidden) process.stdout.write('\n');
  return answer;
}

/** Creates the admin through the running server; null when no server runs on this data directory. */
async function createThroughServer(
  dataDir: string,
  body: { username: string; displayName: string; password: string },
): Promise<number | null> {
  const control = await readControlFile(dataDir);
  if (!control || !processAlive(control.pid)) return null;
  let res: Response;
  try {
    res = await fetch(`${control.url}/api/staff/local/admins`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTROL_HEADER]: control.token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    // The file outlived its server (killed without closing): the store is ours.
    return null;
  }
  const answer = (await res.json().catch(() => ({}))) as { username?: string; detail?: string };
  if (res.status === 201) {
    console.log(
      `Đã tạo quản trị viên "${answer.username}" qua máy chủ đang chạy (${control.url}). Đăng nhập ngay tại ${control.url}/console/.`,
    );
    return 0;
  }
  console.error(`${answer.detail ?? `Máy chủ trả lời ${res.status}.`} Chưa tạo tài khoản.`);
  return 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } }, allowPositionals: false });
  const tty = process.stdin.isTTY === true;
  let username = values.username;
  let password = process.env.STAFF_ADMIN_PASSWORD;
  if (!username && tty) username = (await ask('Tên đăng nhập của quản trị viên: ')).trim();
  if (!username) {
    console.error('Thiếu tên đăng nhập: dùng --username <tên> (hoặc chạy trong cửa sổ dòng lệnh để được hỏi).');
    return 2;
  }
  const displayName = values.name ?? (tty && !values.username ? (await ask('Họ và tên (Enter để bỏ qua): ')).trim() : '') ?? '';
  if (!password) {
    if (!tty) {
      console.error('Thiếu mật khẩu: đặt biến môi trường STAFF_ADMIN_PASSWORD (hoặc chạy trong cửa sổ dòng lệnh để được hỏi).');
      return 2;
    }
    password = await ask('Mật khẩu (ít nhất 12 ký tự): ', true);
    const problem = passwordProblem(password, username);
    if (problem) {
      console.error(problem);
      return 1;
    }
    if ((await ask('Nhập lại mật khẩu: ', true)) !== password) {
      console.error('Hai lần nhập mật khẩu không khớp. Chưa tạo tài khoản.');
      return 1;
    }
  }
  const problem = passwordProblem(password, username);
  if (problem) {
    console.error(`${problem} Chưa tạo tài khoản.`);
    return 1;
  }

  const config = loadConfig();
  // One writer: while the server runs, the account is created through it (see local-control.ts).
  const viaServer = await createThroughServer(config.DATA_DIR, { username, displayName: displayName || username, password });
  if (viaServer !== null) return viaServer;
  const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: path.resolve(config.DATA_DIR), dbName: config.MONGODB_DB });
  try {
    const repo = staffRepository(store);
    await repo.ensureIndexes();
    const doc = await staffAccounts(store, repo, auditLog(store)).create(TERMINAL, {
      username,
      displayName: displayName || username,
      roles: ['admin'],
      units: [],
      password,
    });
    console.log(`Đã tạo quản trị viên "${doc.username}". Đăng nhập tại /console/.`);
    return 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  if (err instanceof AppError || err instanceof ConfigError) console.error(err.message);
  else console.error('Không tạo được tài khoản:', (err as Error).message);
  process.exitCode = 1;
}
