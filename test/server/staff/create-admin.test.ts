// `npm run staff:create-admin` from a script: username flag, password from the environment.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app.js';
import { repoRoot } from '../../../server/src/config.js';
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
