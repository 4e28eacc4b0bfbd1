// The A5 leaflet of one procedure: papers, fee, time, where, online level, and a QR code to its
// page in the mini app. Facts come from the catalog (curated over national records); anything
// missing is printed as unknown with the official page to check.
import type { ProcedureDetail } from '../procedures/catalog.js';
import { esc, printPage, qrSvg } from './html.js';
import { feeText, hoursLines, METHOD_TEXT, ONLINE_TEXT, timeText, UNKNOWN } from './labels.js';

export interface LeafletData {
  procedure: ProcedureDetail;
  localityName: string;
  example: boolean;
  link: string;
  /** The counter survey for this procedure at its office, when it has one. */
  surveyLink: string | null;
}

const CSS = `
html { font-size: 10pt; line-height: 1.3; }
.example { border: 1.5px dashed #b00; color: #b00; padding: 1mm 3mm; font-weight: bold; text-align: center; margin-bottom: 3mm; font-size: 9pt; }
.org { font-size: 9pt; text-transform: uppercase; }
h1 { font-size: 15pt; line-height: 1.2; margin: 1mm 0 1.5mm; }
.code { font-size: 9pt; color: #333; }
.top { display: grid; grid-template-columns: 1fr 32mm; gap: 3mm; align-items: start; }
.top figure { margin: 0; text-align: center; font-size: 8.5pt; }
.top .qr { width: 32mm; height: 32mm; display: block; }
h2 { font-size: 11pt; margin: 2.5mm 0 1mm; border-bottom: 0.75pt solid #000; }
ul { margin: 0; padding-left: 5mm; }
li { margin: 0.5mm 0; }
.unknown { font-style: italic; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 4mm; }
.foot { margin-top: 1.5mm; font-size: 8pt; color: #333; overflow-wrap: anywhere; }
.survey { display: grid; grid-template-columns: 20mm 1fr; gap: 3mm; align-items: center; margin-top: 2mm; border-top: 0.75pt solid #000; padding-top: 1.5mm; }
.survey .qr { width: 20mm; height: 20mm; display: block; }
.survey p { margin: 0; font-size: 10pt; }
`;

const copies = (o: number | null, c: number | null) => [o ? `${o} bản chính` : '', c ? `${c} bản sao` : ''].filter(Boolean).join(', ');

export async function leafletHtml(d: LeafletData): Promise<string> {
  const p = d.procedure;
  const official = p.officialUrl ?? p.source?.url ?? null;
  let unknowns = 0;
  const unknown = () => {
    unknowns++;
    return `<span class="unknown">${UNKNOWN}${official ? ' (*)' : ''}</span>`;
  };
  const docs = p.documentGroups.length
    ? p.documentGroups
        .map(
          (g) =>
            `<p><strong>${esc(g.title)}</strong></p><ul>${g.documents
              .map(
                (doc) =>
                  `<li>${esc(doc.name)}${copies(doc.originals, doc.copies) ? ` (${esc(copies(doc.originals, doc.copies))})` : ''}</li>`,
              )
              .join('')}</ul>`,
        )
        .join('')
    : `<p>${unknown()}</p>`;
  const methods = p.methods.length
    ? `<ul>${p.methods
        .map((m) => {
          const fees = m.fees.map(feeText).filter(Boolean);
          return `<li><strong>${esc(METHOD_TEXT[m.kind])}:</strong> thời gian ${timeText(m.time) ? esc(timeText(m.time)) : unknown()}; lệ phí ${fees.length ? esc(fees.join('; ')) : unknown()}</li>`;
        })
        .join('')}</ul>`
    : `<p>${unknown()}</p>`;
  const office = p.officeInfo;
  const where = office
    ? `<p><strong>${esc(office.name)}</strong><br>${esc(office.address)}<br>${hoursLines(office.hours).map(esc).join('<br>')}</p>`
    : p.agencies.implementing
      ? `<p>${esc(p.agencies.implementing)}${p.agencies.address ? `<br>${esc(p.agencies.address)}` : ''}</p>`
      : `<p>${unknown()}</p>`;
  const body = `
${d.example ? '<p class="example">ĐỊA PHƯƠNG VÍ DỤ — kiểm tra lại nơi nộp, giờ làm việc trước khi in</p>' : ''}
<div class="top">
  <div>
    <p class="org">${esc(d.localityName)}</p>
    <h1>${esc(p.name)}</h1>
    <p class="code">Mã thủ tục: ${esc(p.code)}</p>
    ${p.summary ? `<p>${esc(p.summary)}</p>` : ''}
  </div>
  <figure>${await qrSvg(d.link, `Mã QR mở thủ tục ${p.name} trên Zalo`)}<figcaption>Quét bằng Zalo để xem đầy đủ, hỏi trợ lý</figcaption></figure>
</div>
<h2>Giấy tờ cần chuẩn bị</h2>
${docs}
<h2>Thời gian giải quyết và lệ phí</h2>
${methods}
<div class="grid">
  <section><h2>Nộp ở đâu</h2>${where}</section>
  <section><h2>Làm trực tuyến</h2><p>${esc(ONLINE_TEXT[p.online.level])}</p>${p.online.url ? `<p class="foot">${esc(p.online.url)}</p>` : ''}</section>
</div>
${d.surveyLink ? `<div class="survey">${await qrSvg(d.surveyLink, 'Mã QR đánh giá sự hài lòng')}<p><strong>Làm xong thủ tục?</strong> Quét mã để đánh giá sự hài lòng (khoảng 1 phút, không cần ghi tên).</p></div>` : ''}
${unknowns && official ? '<p class="foot">(*) Xem thông tin này trên bản chính thức ở dưới, hoặc hỏi bộ phận một cửa.</p>' : ''}
<p class="foot">Thông tin lấy từ dữ liệu thủ tục hành chính${p.source?.decision ? ` (${esc(p.source.decision)})` : ''}${official ? `; bản chính thức: ${esc(official)}` : ''}.</p>`;
  return printPage({ title: `Tờ rơi — ${p.name}`, size: 'A5', css: CSS, body });
}
