// The A4 poster for the one-stop office: QR codes to the mini app, the counter survey of this
// office and (when configured) the Zalo OA; the locality's hotlines and the office hours.
import { esc, printPage, qrSvg } from './html.js';
import { hoursLines } from './labels.js';

export interface PosterData {
  localityName: string;
  example: boolean;
  office: {
    id: string;
    name: string;
    address: string;
    phone: string | null;
    hours: { days: number[]; open: string; close: string }[];
    note: string | null;
  };
  hotlines: { name: string; number: string | null; hours: string | null; group: string; example: boolean }[];
  links: { miniApp: string; survey: string; oa: string | null };
}

const CSS = `
.example { border: 2px dashed #b00; color: #b00; padding: 2mm 4mm; font-weight: bold; text-align: center; margin-bottom: 4mm; }
.head { text-align: center; }
.head .org { font-size: 13pt; text-transform: uppercase; }
.head h1 { font-size: 26pt; line-height: 1.15; margin: 3mm 0 2mm; text-transform: uppercase; }
.head p { font-size: 14pt; }
.codes { display: grid; grid-template-columns: repeat(auto-fit, minmax(50mm, 1fr)); gap: 5mm; margin: 5mm 0; text-align: center; }
.codes figure { margin: 0; border: 1.5pt solid #000; border-radius: 4mm; padding: 4mm; }
.codes .qr { width: 100%; max-width: 52mm; height: auto; display: block; margin: 0 auto; }
.codes figcaption { font-size: 15pt; font-weight: bold; margin-top: 2mm; }
.codes small { display: block; font-size: 11pt; font-weight: normal; }
h2 { font-size: 15pt; border-bottom: 1pt solid #000; margin-top: 4mm; }
.hotlines td { padding: 1mm 2mm; font-size: 12pt; border-bottom: 0.5pt solid #999; vertical-align: top; }
.hotlines .num { font-size: 16pt; font-weight: bold; white-space: nowrap; text-align: right; }
.office p { font-size: 12.5pt; }
.emergency { font-size: 12pt; margin-top: 2mm; }
.foot { margin-top: 6mm; font-size: 10pt; color: #333; }
`;

/** The locality's own numbers first, in a table; the national emergency numbers on one line. */
const GROUPS_TABLE = ['dia_phuong', 'phan_anh', 'dich_vu_cong'];

export async function posterHtml(d: PosterData): Promise<string> {
  const codes = [
    { link: d.links.miniApp, title: 'Tra cứu thủ tục, hỏi trợ lý', sub: 'Quét mã bằng Zalo để mở Mini App' },
    { link: d.links.survey, title: 'Đánh giá sự hài lòng', sub: 'Sau khi làm thủ tục tại đây, mất khoảng 1 phút' },
    ...(d.links.oa ? [{ link: d.links.oa, title: 'Quan tâm Zalo OA', sub: 'Nhận tin và trả lời phản ánh qua Zalo' }] : []),
  ];
  const figures = await Promise.all(
    codes.map(
      async (c) =>
        `<figure>${await qrSvg(c.link, `Mã QR: ${c.title}`)}<figcaption>${esc(c.title)}<small>${esc(c.sub)}</small></figcaption></figure>`,
    ),
  );
  // A blank slot (number: null, e.g. the province's own line not yet entered) is not printed.
  const numbered = d.hotlines.filter((h): h is typeof h & { number: string } => Boolean(h.number));
  const hotlines = numbered
    .filter((h) => GROUPS_TABLE.includes(h.group))
    .sort((a, b) => GROUPS_TABLE.indexOf(a.group) - GROUPS_TABLE.indexOf(b.group))
    .map(
      (h) =>
        `<tr><td>${esc(h.name)}${h.hours ? `<br><small>${esc(h.hours)}</small>` : ''}${h.example ? ' <strong>(số ví dụ)</strong>' : ''}</td><td class="num">${esc(h.number)}</td></tr>`,
    )
    .join('');
  const emergency = numbered
    .filter((h) => h.group === 'khan_cap')
    .map((h) => `<strong>${esc(h.number)}</strong> ${esc(h.name)}`)
    .join(' · ');
  const hours = hoursLines(d.office.hours);
  const body = `
${d.example ? '<p class="example">ĐỊA PHƯƠNG VÍ DỤ — thay tên, địa chỉ, số điện thoại bằng thông tin thật trước khi in</p>' : ''}
<header class="head">
  <p class="org">${esc(d.localityName)}</p>
  <h1>Thủ tục hành chính<br>ngay trên Zalo</h1>
  <p>Cần giấy tờ gì, mất bao lâu, lệ phí bao nhiêu, nộp ở đâu — tra cứu, hỏi trợ lý, gửi phản ánh, kiến nghị và theo dõi trả lời.</p>
</header>
<section class="codes" aria-label="Mã QR">${figures.join('')}</section>
<section class="office">
  <h2>${esc(d.office.name)}</h2>
  <p>Địa chỉ: ${esc(d.office.address)}</p>
  ${d.office.phone ? `<p>Điện thoại: <strong>${esc(d.office.phone)}</strong></p>` : ''}
  <p>Giờ làm việc: ${hours.length ? hours.map(esc).join('; ') : 'Chưa có thông tin'}</p>
  ${d.office.note ? `<p><small>${esc(d.office.note)}</small></p>` : ''}
</section>
<section>
  <h2>Đường dây nóng</h2>
  <table class="hotlines">${hotlines}</table>
  ${emergency ? `<p class="emergency">Số khẩn cấp: ${emergency}</p>` : ''}
</section>
<p class="foot">Mini App: ${esc(d.links.miniApp)}</p>`;
  return printPage({ title: `Áp phích — ${d.office.name}`, size: 'A4', css: CSS, body });
}
