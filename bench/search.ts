// Search throughput and latency at 50 connections over a mixed query list, side by side with
// a bare Fastify route on the same machine. Target: ≥ 30 % of bare throughput, p99 < 25 ms.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fmt, load, repoRoot, startChild } from './lib.js';

export const SEARCH_QUERIES = [
  'dang ky khai sinh',
  'đăng ki kết hôn',
  'chung thuc ban sao',
  'khai sinnh',
  'cắt khẩu',
  'xin giấy độc thân',
  'tạm trú',
  'ho kinh doanh',
  'giay phep xay dung',
  'khai tu',
  'so do',
  'công chứng hợp đồng',
  'thuong tru',
  'cấp lại giấy chứng nhận',
  'trich luc',
  'giám hộ',
];

export async function benchSearch(duration = 10) {
  await benchSearchOnce(duration, true);
  return benchSearchOnce(duration, false);
}

async function benchSearchOnce(duration: number, cache: boolean) {
  const national = path.resolve(repoRoot, '..', 'shared', 'data', 'national-tthc', 'procedures.jsonl.gz');
  if (!existsSync(national)) console.warn('! Không thấy dữ liệu thủ tục quốc gia: chỉ đo trên nội dung biên soạn.');
  const app = await startChild('app', { NATIONAL_TTHC_FILE: existsSync(national) ? national : '', SEARCH_CACHE: String(cache) });
  const bare = await startChild('bare');
  try {
    const ready = await (await fetch(`${app.url}/readyz`)).json();
    const paths = SEARCH_QUERIES.flatMap((q) => [
      `/api/procedures?q=${encodeURIComponent(q)}`,
      `/api/procedures?q=${encodeURIComponent(q)}&level=xa&limit=10`,
    ]);
    // Warm both up so JIT and caches do not count against either.
    await load(app.url, paths, { duration: 2 });
    await load(bare.url, ['/api/procedures'], { duration: 2 });
    const s = await load(app.url, paths, { duration });
    const b = await load(bare.url, ['/api/procedures'], { duration });
    console.log(
      `\nTìm kiếm thủ tục, ${cache ? 'có' : 'KHÔNG có'} bộ nhớ đệm kết quả (${ready.procedures} thủ tục trong chỉ mục, 50 kết nối, ${duration} s, ${SEARCH_QUERIES.length * 2} truy vấn xoay vòng)`,
    );
    console.log(`  /api/procedures  ${fmt(s)}`);
    console.log(`  route Fastify trơn ${fmt(b)}`);
    const ratio = s.rps / b.rps;
    console.log(
      `  tỉ lệ thông lượng: ${(ratio * 100).toFixed(1)} % (mục tiêu ≥ 30 %) ${ratio >= 0.3 ? '✓' : '✗'}   p99 ${s.p99} ms (mục tiêu < 25 ms) ${s.p99 < 25 ? '✓' : '✗'}`,
    );
    return { search: s, bare: b, ratio };
  } finally {
    app.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSearch();
