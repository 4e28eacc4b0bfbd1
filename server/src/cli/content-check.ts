// `npm run content:check`: validates content/, prints every problem and lint warning,
// and the coverage table (per field: structured vs unknown) of the whole store.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { contentRepository } from '../content/content.repository.js';
import { factProblems, knownFacts } from '../content/facts.js';
import { type CoverageKey, coverage, coverageLabels, lintContent } from '../content/lint.js';
import { formatProblem, loadContent } from '../content/loader.js';
import { readRecordTexts } from '../importer/national.js';
import { buildCatalog } from '../procedures/catalog.js';
import { createStore } from '../store/index.js';

const config = loadConfig();
const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: path.resolve(config.DATA_DIR), dbName: config.MONGODB_DB });
try {
  const known = await contentRepository(store).nationalCodes();
  const { content, problems } = await loadContent(config.CONTENT_DIR, { knownCodes: known });
  if (!content) {
    console.error(`✗ Nội dung có ${problems.length} lỗi:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exitCode = 1;
  } else {
    console.log(
      `✓ Nội dung hợp lệ: ${content.procedures.length} thủ tục, ${content.fields.length} lĩnh vực, ${content.hotlines.length} đường dây nóng, ${content.guides.length} hướng dẫn, ${content.news.length} tin.`,
    );
    const records = await readRecordTexts(config.NATIONAL_TTHC_FILE, new Set(content.procedures.map((p) => p.code)));
    if (records.size === 0)
      console.log(
        `\n(Không đọc được dữ liệu quốc gia ở ${config.NATIONAL_TTHC_FILE || '(NATIONAL_TTHC_FILE rỗng)'}: không đối chiếu được phí, thời hạn với bản ghi.)`,
      );
    const facts = factProblems(content, records);
    if (facts.length) {
      console.error(
        `\n✗ ${facts.length} lỗi sự thật (phí, thời hạn, nơi nộp, mức trực tuyến không có nguồn, hoặc lỗi từ bản ghi lọt ra trang):`,
      );
      for (const f of facts) console.error(`  ${f.file}: ${f.path}: ${f.message}`);
      process.exitCode = 1;
    }
    const knownCount = { time: 0, fee: 0, place: 0, online: 0 };
    for (const p of content.procedures)
      for (const [k, v] of Object.entries(knownFacts(p, content.locality.provinceFees))) if (v) knownCount[k as keyof typeof knownCount]++;
    const n = content.procedures.length;
    console.log(
      `\nThủ tục biên soạn (${n}): đã rõ thời hạn ${knownCount.time}/${n}, lệ phí ${knownCount.fee}/${n}, nơi nộp ${knownCount.place}/${n}, mức trực tuyến ${knownCount.online}/${n}` +
        ` (toàn trình ${content.procedures.filter((p) => p.online.level === 'toan_trinh').length}).`,
    );
    const warnings = lintContent(content);
    if (warnings.length) {
      console.log(`\n⚠ ${warnings.length} cảnh báo:`);
      for (const w of warnings) console.log(`  ${w.file}: ${w.path}: ${w.message}`);
    }
    if (known.size === 0) {
      console.log('\n(Chưa nhập dữ liệu thủ tục quốc gia vào kho; bảng độ phủ chỉ tính nội dung biên soạn.)');
    }
    const { syncContent } = await import('../content/sync.js');
    await syncContent(store, content);
    const catalog = await buildCatalog(store);
    const keys = Object.keys(coverageLabels) as CoverageKey[];
    console.log(`\nĐộ phủ dữ liệu có cấu trúc (${catalog.size} thủ tục trong kho) — số thủ tục đã rõ / tổng:`);
    const head = ['Lĩnh vực'.padEnd(42), 'Tổng'.padStart(5), ...keys.map((k) => coverageLabels[k].padStart(15))].join(' ');
    console.log(head);
    for (const [field, row] of coverage(catalog.all(), new Map(content.fields.map((f) => [f.id, f.name])), content.locality.provinceFees)) {
      console.log(
        [
          field.slice(0, 42).padEnd(42),
          String(row.total).padStart(5),
          ...keys.map((k) => `${row.known[k]} (${Math.round((100 * row.known[k]) / row.total)}%)`.padStart(15)),
        ].join(' '),
      );
    }
  }
} finally {
  await store.close();
}
