// `npm run staff:create-admin` from a script: username flag, password from the environment.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app.js';
import { repoRoot } from '../../../server/src/config.js';
import { controlPath } from '../../../server/src/staff/local-control.js';
import { testConfig } from '../helpers/app.js';
import { CSRF } from './helpers.js';

let t: Awaited<ReturnType<typeof testConfig>>;
beforeAll(async () => {
  t = await testConfig();
});
afterAll(() => t?.cleanup());

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const run = (args: string[], password?: string) =>
  spawnSync(tsx, [path.join(repoRoot, 'server/src/cli/create-admin.ts'), ...args], {
    env: { PATH: process.env.PATH, DATA_DIR: t.dataDir, NATIONAL_TTHC_FILE: '', ...(password ? { STAFF_ADMIN_PASSWORD: password } : {}) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });

describe('staff:create-admin', () => {
  it('refuses a password shorter than 12 characters, or a common one, in Vietnamese', () => {
    const r = run(['--username', 'quantri'], '1234567890');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Mật khẩu quá ngắn: cần ít nhất 12 ký tự.');
    const common = run(['--username', 'quantri'], 'password1234');
    expect(common.status).toBe(1);
    expect(common.stderr).toContain('Mật khẩu quá phổ biến');
  });

  it('says what is missing without a terminal', () => {
    const r = run(['--username', 'quantri']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('STAFF_ADMIN_PASSWORD');
  });

  it('creates an admin who can then sign in; a second run with the same name is refused', async () => {
    const r = run(['--username', 'QuanTri', '--name', 'Quản trị viên xã'], 'một-mật-khẩu-đủ-dài');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã tạo quản trị viên "quantri"');
    expect(run(['--username', 'quantri'], 'một-mật-khẩu-khác-nữa').stderr).toContain('đã có người dùng');

    const app = await buildApp({ config: t.config, logger: false });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/staff/login',
        headers: CSRF,
        payload: { username: 'quantri', password: 'một-mật-khẩu-đủ-dài' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().staff).toMatchObject({ displayName: 'Quản trị viên xã', roles: ['admin'] });
    } finally {
      await app.close();
    }
  });
});

/** The same command, without blocking the event loop (the server under test runs in this process). */
const runAsync = (dataDir: string, args: string[], password: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [path.join(repoRoot, 'server/src/cli/create-admin.ts'), ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, NATIONAL_TTHC_FILE: '', STAFF_ADMIN_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

describe('staff:create-admin while the server runs', () => {
  it('goes through the running server: the new admin signs in at once, without a restart', async () => {
    const s = await testConfig();
    const app = await buildApp({ config: s.config, logger: false });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const control = JSON.parse(await readFile(controlPath(s.dataDir), 'utf8'));
      expect(control.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const r = await runAsync(s.dataDir, ['--username', 'quantri', '--name', 'Quản trị xã'], 'một-mật-khẩu-đủ-dài');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('qua máy chủ đang chạy');

      const res = await app.inject({
        method: 'POST',
        url: '/api/staff/login',
        headers: CSRF,
        payload: { username: 'quantri', password: 'một-mật-khẩu-đủ-dài' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().staff).toMatchObject({ displayName: 'Quản trị xã', roles: ['admin'] });

      // The same name again is refused by the server, with its Vietnamese reason.
      const again = await runAsync(s.dataDir, ['--username', 'quantri'], 'một-mật-khẩu-khác-nữa');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('đã có người dùng');
    } finally {
      await app.close();
      await s.cleanup();
    }
  }, 60_000);

  it('refuses the local route without the token from the data directory, and withdraws the file on close', async () => {
    const s = await testConfig();
    const app = await buildApp({ config: s.config, logger: false });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const payload = { username: 'ke-gian', displayName: 'Kẻ gian', password: 'một-mật-khẩu-đủ-dài' };
      for (const headers of [{}, { 'x-cchc-local-token': 'đoán-thử' }]) {
        const res = await app.inject({ method: 'POST', url: '/api/staff/local/admins', headers, payload });
        expect(res.statusCode).toBe(403);
      }
      const login = await app.inject({
        method: 'POST',
        url: '/api/staff/login',
        headers: CSRF,
        payload: { username: payload.username, password: payload.password },
      });
      expect(login.statusCode).toBe(401);
    } finally {
      await app.close();
    }
    expect(existsSync(controlPath(s.dataDir))).toBe(false);
    await s.cleanup();
  });

  it('writes to the store itself when the control file outlived a killed server', async () => {
    const s = await testConfig();
    try {
      await writeFile(controlPath(s.dataDir), JSON.stringify({ pid: 2 ** 22 + 7, url: 'http://127.0.0.1:9', token: 'x' }));
      const r = await runAsync(s.dataDir, ['--username', 'quantri'], 'một-mật-khẩu-đủ-dài');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Đã tạo quản trị viên "quantri"');
    } finally {
      await s.cleanup();
    }
  }, 60_000);
});
