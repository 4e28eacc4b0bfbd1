// `npm run content:check`: validates content/, prints every problem and lint warning,
// and the coverage table (per field: structured vs unknown) of the whole store.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { type CoverageKey, coverage, coverageLabels, lintContent } from '../content/lint.js';
import { formatProblem, loadContent } from '../content/loader.js';
import { buildCatalog } from '../procedures/catalog.js';
import { createStore } from '../store/index.js';

const config = loadConfig();
const store = await createStore({ mongodbUri: config.MONGODB_URI, dataDir: path.resolve(config.DATA_DIR), dbName: config.MONGODB_DB });
try {
  const known = new Set((await store.collection('national_procedures').find({}, { projection: { code: 1 } })).map((d) => String(d.code)));
  const { content, problems } = await loadContent(config.CONTENT_DIR, { knownCodes: known });
  if (!content) {
    console.error(`✗ Nội dung có ${problems.length} lỗi:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exitCode = 1;
  } else {
    console.log(
      `✓ Nội dung hợp lệ: ${content.procedures.length} thủ tục, ${content.fields.length} lĩnh vực, ${content.hotlines.length} đường dây nóng, ${content.guides.length} hướng dẫn, ${content.news.length} tin.`,
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
    for (const [field, row] of coverage(catalog.all(), new Map(content.fields.map((f) => [f.id, f.name])))) {
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
