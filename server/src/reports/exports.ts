// The summary as CSV (UTF-8 with BOM, so Excel shows the diacritics) and as XLSX (exceljs):
// the same indicators as the JSON, then the breakdowns and the usage by day.
import ExcelJS from 'exceljs';
import { breakdowns, indicators } from './indicators.js';
import { viDate } from './period.js';
import type { Summary } from './summary.js';

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',');

export function summaryCsv(s: Summary): string {
  const lines = [
    csvLine(['Báo cáo', `Từ ${viDate(s.period.from)} đến ${viDate(s.period.to)}`, s.period.unitName ?? 'Toàn địa phương', '']),
    csvLine(['khoa', 'nhom', 'chi_tieu', 'gia_tri']),
    ...indicators(s).map((i) => csvLine([i.key, i.group, i.label, i.value])),
  ];
  for (const b of breakdowns(s)) {
    lines.push('', csvLine([b.title, '', '', '']));
    for (const r of b.rows) lines.push(csvLine([r.key, b.title, r.label, r.count]));
  }
  lines.push('', csvLine(['ngay', 'luot_xem_thu_tuc', 'luot_tim_kiem', 'luot_hoi_tro_ly', 'luot_mo_app']));
  for (const d of s.usage.byDay) lines.push(csvLine([d.day, d.procedureViews, d.searches, d.chatTurns, d.appOpens]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A worksheet with its columns and a bold header row. */
function sheet(wb: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  return ws;
}

export async function summaryXlsx(s: Summary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC trên Zalo';
  wb.created = new Date(s.period.generatedAt);
  const main = sheet(wb, 'Tổng hợp', [
    { header: 'Khóa', key: 'key', width: 34 },
    { header: 'Nhóm', key: 'group', width: 44 },
    { header: 'Chỉ tiêu', key: 'label', width: 60 },
    { header: 'Giá trị', key: 'value', width: 14 },
  ]);
  for (const i of indicators(s)) {
    const row = main.addRow({ key: i.key, group: i.group, label: i.label, value: i.value });
    if (i.unit === 'share') row.getCell('value').numFmt = '0.0%';
    if (i.unit === 'mean') row.getCell('value').numFmt = '0.00';
  }
  main.addRow([]);
  main.addRow(['Kỳ báo cáo', `${viDate(s.period.from)} – ${viDate(s.period.to)}`, s.period.unitName ?? 'Toàn địa phương']);

  const parts = sheet(wb, 'Phân loại', [
    { header: 'Bảng', key: 'table', width: 40 },
    { header: 'Mã', key: 'key', width: 24 },
    { header: 'Tên', key: 'label', width: 50 },
    { header: 'Số lượng', key: 'count', width: 12 },
  ]);
  for (const b of breakdowns(s)) for (const r of b.rows) parts.addRow({ table: b.title, key: r.key, label: r.label, count: r.count });

  const days = sheet(wb, 'Theo ngày', [
    { header: 'Ngày', key: 'day', width: 12 },
    { header: 'Lượt xem thủ tục', key: 'procedureViews', width: 18 },
    { header: 'Lượt tìm kiếm', key: 'searches', width: 16 },
    { header: 'Lượt hỏi trợ lý', key: 'chatTurns', width: 16 },
    { header: 'Lượt mở mini app', key: 'appOpens', width: 18 },
  ]);
  for (const d of s.usage.byDay) days.addRow(d);

  const sat = sheet(wb, 'Khảo sát', [
    { header: 'Yếu tố', key: 'label', width: 50 },
    { header: 'Số câu trả lời', key: 'answers', width: 16 },
    { header: 'Điểm trung bình', key: 'average', width: 16 },
    { header: 'Tỷ lệ hài lòng', key: 'satisfiedShare', width: 16 },
  ]);
  for (const c of s.satisfaction.criteria) sat.addRow(c).getCell('satisfiedShare').numFmt = '0.0%';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
