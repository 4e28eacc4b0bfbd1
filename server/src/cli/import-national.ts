// npm run import:national -- <file.jsonl[.gz]> [--level xa|tinh|bo] [--field NAME]
// Imports national procedure records into the store (DATA_DIR, or MONGODB_URI when set),
// with a progress bar on stderr and a Vietnamese summary on stdout.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bumpContentVersion } from '../content/sync.js';
import { checkReadable, type ImportSummary, importNational } from '../importer/national.js';
import type { QualityField } from '../importer/record.js';
import { createStore } from '../store/index.js';

const USAGE = 'Cách dùng: npm run import:national -- <tệp.jsonl hoặc tệp.jsonl.gz> [--level xa|tinh|bo] [--field "Tên lĩnh vực"]';

const FIELD_LABELS: Record<QualityField, string> = {
  levels: 'Cấp thực hiện',
  methods: 'Cách thức thực hiện',
  documentGroups: 'Thành phần hồ sơ',
  legalBasis: 'Căn cứ pháp lý',
  steps: 'Trình tự thực hiện',
  conditions: 'Yêu cầu, điều kiện',
  applicants: 'Đối tượng thực hiện',
  result: 'Kết quả',
  agencies: 'Cơ quan thực hiện',
  related: 'Thủ tục liên quan',
  online: 'Mức độ trực tuyến',
};
const SKIP_LABELS: Record<string, string> = {
  invalidJson: 'Dòng JSON hỏng',
  missingCodeOrName: 'Thiếu mã hoặc tên thủ tục',
  filteredOut: 'Bị lọc (cấp/lĩnh vực)',
  invalidRecord: 'Bản ghi không hợp lệ',
};

function fail(message: string, code = 2): never {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(code);
}

/** A hand-written bar: redrawn in place on a terminal, one line per 10 % otherwise (logs, CI). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastDecile = -1;
  let lastDraw = 0;
  return (done, total) => {
    const ratio = total > 0 ? done / total : 1;
    if (stream.isTTY) {
      const now = Date.now();
      if (done < total && now - lastDraw < 50) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}% (${done}/${total})`);
      if (done >= total) stream.write('\n');
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      stream.write(`Đã xử lý ${done}/${total} bản ghi (${decile * 10}%)\n`);
    }
  };
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((n / of) * 100).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

export function formatSummary(s: ImportSummary): string {
  const out: string[] = [];
  out.push(`Tệp: ${s.file}`);
  out.push(
    table([
      ['Số bản ghi đọc được', String(s.read)],
      ['Đã nhập', String(s.imported)],
      ['  trong đó mới', String(s.inserted)],
      ['  trong đó cập nhật', String(s.updated)],
      ['Bỏ qua', String(s.skipped.total)],
      ...Object.entries(SKIP_LABELS)
        .filter(([k]) => s.skipped[k as keyof typeof s.skipped] > 0)
        .map(([k, label]) => [`  ${label}`, String(s.skipped[k as keyof typeof s.skipped])]),
      ['Thời gian', `${(s.durationMs / 1000).toFixed(1)} giây`],
    ]),
  );
  if (s.skippedLines.length) {
    out.push('', 'Các dòng bị bỏ qua (tối đa 20):');
    for (const l of s.skippedLines) out.push(`  dòng ${l.line}: ${SKIP_LABELS[l.reason]} — ${l.message}`);
  }
  out.push('', 'Chất lượng phân tích theo trường (trên các bản ghi đã nhập):');
  const rows = [['Trường', 'Có cấu trúc', 'Chưa rõ', 'Trống', '% có cấu trúc']];
  for (const [field, label] of Object.entries(FIELD_LABELS)) {
    const q = s.fields[field as QualityField];
    const filled = q.structured + q.unknown;
    rows.push([label, String(q.structured), String(q.unknown), String(q.empty), pct(q.structured, filled)]);
  }
  out.push(table(rows));
  out.push('(% có cấu trúc tính trên các bản ghi có dữ liệu ở trường đó; "Chưa rõ" giữ nguyên văn trong unparsed.)');
  out.push('', `Cách thức thực hiện: ${s.methods.total} dòng`);
  out.push(`  có thời hạn giải quyết rõ (số + đơn vị): ${s.methods.knownTime} (${pct(s.methods.knownTime, s.methods.total)})`);
  out.push(`  có phí, lệ phí rõ (số tiền hoặc miễn phí): ${s.methods.knownFee} (${pct(s.methods.knownFee, s.methods.total)})`);
  return out.join('\n');
}

function readArgs() {
  try {
    return parseArgs({
      options: { level: { type: 'string' }, field: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
}

function explain(err: NodeJS.ErrnoException, file: string): string {
  if (err.code === 'ENOENT') return `không tìm thấy tệp ${file}`;
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EISDIR') return `không đọc được tệp ${file} (${err.code})`;
  if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR') return `tệp ${file} không phải gzip hợp lệ`;
  return `nhập dữ liệu thất bại: ${err.message}`;
}

async function main() {
  const { values, positionals } = readArgs();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail(`cần đúng một tệp dữ liệu.\n${USAGE}`);
  const file = path.resolve(positionals[0]!);
  const level = values.level;
  if (level !== undefined && level !== 'xa' && level !== 'tinh' && level !== 'bo')
    fail(`--level chỉ nhận xa, tinh hoặc bo (nhận được "${level}").`);
  // Check the file before opening the store, so a typo costs nothing.
  await checkReadable(file).catch((err: NodeJS.ErrnoException) => fail(explain(err, file)));

  const store = await createStore({
    mongodbUri: process.env.MONGODB_URI || undefined,
    dataDir: path.resolve(process.env.DATA_DIR || './data'),
    dbName: process.env.MONGODB_DB || 'cchc',
  });
  let summary: ImportSummary;
  try {
    summary = await importNational(store, file, { level, field: values.field, onProgress: progressReporter() });
    // Running servers rebuild their catalog when the content version moves.
    if (summary.imported > 0) await bumpContentVersion(store);
  } catch (err) {
    await store.close();
    return fail(explain(err as NodeJS.ErrnoException, file), 1);
  }
  await store.close();
  process.stdout.write(`${formatSummary(summary)}\n`);
}

main().catch((err) => fail(`nhập dữ liệu thất bại: ${(err as Error).message}`, 1));
