// `npm start`: builds the mini app and the staff console when missing, starts the server and prints the URLs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ConfigError, loadConfig, repoRoot } from '../config.js';
import { contentRepository } from '../content/content.repository.js';
import { nationalDataMissing } from '../importer/report.js';
import { ContentInvalidError } from '../plugins/content.js';
import { startServer } from '../server.js';
import { staffRepository } from '../staff/staff.repository.js';

/** Builds a client workspace (mini-app, console) on the first run, when its build is missing. */
function buildIfMissing(dir: string, workspace: 'mini-app' | 'console', name: string) {
  if (existsSync(path.join(dir, 'index.html')) || !existsSync(path.join(repoRoot, workspace, 'index.html'))) return;
  console.log(`Đang dựng ${name} lần đầu (npm run build:${workspace})…`);
  const r = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) console.error(`Không dựng được ${name}; máy chủ vẫn chạy phần API.`);
}

async function hasActiveAdmin(app: FastifyInstance): Promise<boolean> {
  const accounts = await staffRepository(app.store).list();
  return accounts.some((a) => a.active && a.roles.includes('admin'));
}

try {
  const config = loadConfig();
  buildIfMissing(config.MINI_APP_DIR, 'mini-app', 'mini app');
  buildIfMissing(config.CONSOLE_DIR, 'console', 'bảng điều khiển cán bộ');
  const app = await startServer(config);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const base = `http://${host}:${port}`;
  const national = await contentRepository(app.store).nationalCount();
  console.log(
    [
      '',
      `CCHC trên Zalo đang chạy (kho dữ liệu: ${app.store.kind}, ${app.catalog.size} thủ tục):`,
      `  Mini app (xem thử):   ${base}/app/`,
      `  Bảng điều khiển:      ${base}/console/`,
      `  API và tài liệu:      ${base}/docs`,
      `  Kiểm tra sẵn sàng:    ${base}/readyz`,
      ...((await hasActiveAdmin(app))
        ? []
        : [
            'Chưa có tài khoản quản trị: chạy `npm run staff:create-admin` ở cửa sổ dòng lệnh khác (máy chủ đang chạy vẫn được),',
            'rồi đăng nhập ngay ở bảng điều khiển.',
          ]),
      ...(config.SMTP_URL
        ? []
        : [
            'Chưa đặt SMTP_URL: phản ánh vẫn được nhận và lưu, nhưng thư cho đơn vị xử lý không gửi được — thử lại',
            `${config.OUTBOX_MAX_ATTEMPTS} lần rồi báo "Gửi thất bại" trong bảng điều khiển (cán bộ gửi lại sau khi đặt SMTP_URL).`,
          ]),
      ...(config.PUBLIC_URL || config.ZALO_MINI_APP_URL
        ? []
        : ['Chưa đặt PUBLIC_URL: liên kết trong tin nhắn và mã QR trên áp phích trỏ về máy này, chỉ dùng để thử.']),
      'Nhấn Ctrl+C để dừng.',
      '',
    ].join('\n'),
  );
  if (national === 0) console.log(nationalDataMissing(config.NATIONAL_TTHC_FILE, app.catalog.size));
} catch (err) {
  if (err instanceof ConfigError || err instanceof ContentInvalidError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
