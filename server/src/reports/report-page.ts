// The printable periodic report on the results of CCHC propaganda (A4, print CSS), laid out like
// the report the provinces' plans ask communes for: heading and motto, I. results (content
// published, reach, feedback handled, satisfaction), II. assessment and III. proposals left for
// the official to write, recipients and signature. Figures are the summary's, nothing else.
import { esc, printPage } from '../print/html.js';
import { breakdowns, formatValue, indicators } from './indicators.js';
import { viDate } from './period.js';
import type { Summary } from './summary.js';

const CSS = `
html { font-size: 13pt; line-height: 1.4; }
.heading { display: grid; grid-template-columns: 1fr 1.3fr; text-align: center; gap: 4mm; }
.heading .org { text-transform: uppercase; font-weight: bold; }
.heading .motto { font-weight: bold; }
.heading .motto span { display: block; font-weight: bold; text-decoration: underline; }
.heading .place { font-style: italic; margin-top: 2mm; }
.title { text-align: center; margin: 8mm 0 5mm; }
.title h1 { font-size: 15pt; margin: 0; }
.title p { font-weight: bold; margin: 0; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; }
h3 { font-size: 13pt; font-style: italic; margin: 3mm 0 1mm; font-weight: bold; }
table.figures { margin: 1mm 0 3mm; }
table.figures th, table.figures td { border: 0.75pt solid #000; padding: 1mm 2mm; vertical-align: top; }
table.figures th { background: #eee; }
table.figures td.n { text-align: right; white-space: nowrap; width: 30mm; }
table.figures td.i { text-align: center; width: 10mm; }
.fill { border-bottom: 1pt dotted #000; height: 8mm; }
.sign { display: grid; grid-template-columns: 1fr 1fr; margin-top: 8mm; break-inside: avoid; }
.sign .to { font-size: 11pt; }
.sign .who { text-align: center; font-weight: bold; }
.sign .who .space { height: 25mm; }
.note { font-size: 10pt; color: #333; margin-top: 6mm; }
tr { break-inside: avoid; }
`;

function table(rows: { label: string; value: string }[], head = ['TT', 'Nội dung', 'Kết quả']): string {
  return `<table class="figures"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r, i) => `<tr><td class="i">${i + 1}</td><td>${esc(r.label)}</td><td class="n">${esc(r.value)}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function reportPageHtml(s: Summary, org: { localityName: string }): string {
  const all = indicators(s);
  const group = (prefix: string) => all.filter((i) => i.key.startsWith(prefix)).map((i) => ({ label: i.label, value: formatValue(i) }));
  const who = s.period.unitName ?? org.localityName;
  const parts = breakdowns(s)
    .filter((b) => b.rows.length)
    .map(
      (b) =>
        `<h3>${esc(b.title)}</h3>${table(b.rows.map((r) => ({ label: r.label, value: formatValue({ value: r.count, unit: 'count' }) })))}`,
    )
    .join('');
  const generated = new Date(s.period.generatedAt);
  const body = `
<div class="heading">
  <div><p class="org">Ủy ban nhân dân<br>${esc(who)}</p><p>Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-UBND</p></div>
  <div><p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<span>Độc lập - Tự do - Hạnh phúc</span></p>
  <p class="place">……………, ngày …… tháng …… năm ……</p></div>
</div>
<div class="title">
  <h1>BÁO CÁO</h1>
  <p>Kết quả thông tin, tuyên truyền cải cách hành chính trên kênh Zalo</p>
  <p>(từ ngày ${esc(viDate(s.period.from))} đến ngày ${esc(viDate(s.period.to))})</p>
</div>
<h2>I. KẾT QUẢ THỰC HIỆN</h2>
<h3>1. Nội dung đã đăng tải, công khai</h3>
${table(group('content.'))}
<h3>2. Kết quả tiếp cận của người dân</h3>
${table(group('usage.'))}
<h3>3. Tiếp nhận, xử lý phản ánh, kiến nghị</h3>
${table(group('feedback.'))}
${parts}
<h3>4. Mức độ hài lòng của người dân (khảo sát tại bộ phận một cửa theo 5 yếu tố SIPAS)</h3>
${table(group('satisfaction.'))}
<h2>II. ĐÁNH GIÁ CHUNG</h2>
<h3>1. Ưu điểm</h3><div class="fill"></div><div class="fill"></div>
<h3>2. Tồn tại, hạn chế và nguyên nhân</h3><div class="fill"></div><div class="fill"></div>
<h2>III. PHƯƠNG HƯỚNG, ĐỀ XUẤT</h2><div class="fill"></div><div class="fill"></div>
<div class="sign">
  <div class="to"><p><strong><em>Nơi nhận:</em></strong></p><p>- ……………;<br>- Lưu: VT.</p></div>
  <div class="who"><p>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</p><div class="space"></div></div>
</div>
<p class="note">Số liệu do hệ thống tự tổng hợp lúc ${esc(generated.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }))}. Phản ánh, kiến nghị tính theo ngày tiếp nhận trong kỳ; "đúng hạn" là trả lời không muộn hơn hạn xử lý (ngày làm việc, trừ ngày nghỉ lễ). Lượt tiếp cận được đếm gộp theo ngày, không ghi nhận người dùng.</p>`;
  return printPage({
    title: `Báo cáo kết quả tuyên truyền CCHC ${viDate(s.period.from)}–${viDate(s.period.to)}`,
    size: 'A4',
    css: CSS,
    body,
  });
}
