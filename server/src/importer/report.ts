// Progress and summary output for the import:national command, in Vietnamese.
import type { ImportSummary } from './national.js';
import type { QualityField } from './record.js';

export const FIELD_LABELS: Record<QualityField, string> = {
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
    if (decile > lastDecile && (decile > 0 || done >= total)) {
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
  out.push('(% có cấu trúc tính trên các bản ghi có dữ liệu ở trường đó. "Chưa rõ": nguồn không đọc được chắc chắn,');
  out.push(' nguyên văn được giữ trong unparsed; riêng mức độ trực tuyến "chưa rõ" là bản ghi không nói toàn trình hay một phần.)');
  const o = s.online;
  out.push('', `Mức độ trực tuyến: toàn trình ${o.toan_trinh}, một phần ${o.mot_phan}, không trực tuyến ${o.khong}, chưa rõ ${o.chua_ro}`);
  out.push('', `Cách thức thực hiện: ${s.methods.total} dòng`);
  out.push(`  có thời hạn giải quyết rõ (số + đơn vị): ${s.methods.knownTime} (${pct(s.methods.knownTime, s.methods.total)})`);
  out.push(`  có phí, lệ phí rõ (số tiền hoặc miễn phí): ${s.methods.knownFee} (${pct(s.methods.knownFee, s.methods.total)})`);
  return out.join('\n');
}

/** Said plainly when the national procedure records are not loaded: what works, what is missing, how to add them. */
export function nationalDataMissing(file: string, loaded: number): string {
  return [
    `⚠ Chưa có dữ liệu thủ tục quốc gia: chỉ nạp ${loaded} thủ tục biên soạn trong content/procedures/.`,
    '  Thiếu: các thủ tục khác của Cổng Dịch vụ công quốc gia (tệp mẫu có 2.642 thủ tục); tìm kiếm và chatbot không biết các thủ tục đó.',
    file ? `  Không thấy tệp ${file} (biến NATIONAL_TTHC_FILE).` : '  NATIONAL_TTHC_FILE đang để rỗng nên không nhập khi khởi động.',
    '  Để nhập: npm run import:national -- <tệp procedures.jsonl hoặc .jsonl.gz>  (xem README, mục "Dữ liệu thủ tục quốc gia").',
    '',
  ].join('\n');
}
