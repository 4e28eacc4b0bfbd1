// Fact checks for curated procedures: every fee, time and place a citizen reads is either in the
// national record or cited to a legal text, and none of the known record artefacts reaches a page.
// `npm run content:check` fails on any problem found here.
import { AGENCIES } from '../importer/legal-basis.js';
import type { Content } from './loader.js';
import type { Office, Procedure, ProvinceFee } from './schemas.js';

export interface FactProblem {
  file: string;
  path: string;
  message: string;
}

/** The national record's text for a code (raw_text), when the national data is available. */
export type RecordText = ReadonlyMap<string, string>;

const EDITOR_NOTE =
  /Cổng quốc gia ghi|theo Cổng quốc gia|\(theo [^)]*Cổng quốc gia\)|Bản ghi quốc gia (?:của thủ tục này )?(?:còn )?ghi|mức thu đúng/iu;
/** Advice that only compares two record cells ("nộp trực tiếp nhanh hơn"): not advice a citizen can rely on. */
const RECORD_ADVICE = /\b(?:nhanh|ngắn|lâu|chậm) (?:hơn|nhất)\b/iu;
/** A tip that describes something to avoid belongs in `mistakes`. */
const MISTAKE_TIP = /^(?:Quên|Để quá|Để hết|Khởi công|Nộp sát|Không mang|Mang (?:nhầm|giấy tờ đã hết hạn)|Ký sẵn)/iu;
/** A note dressed up as a paper to bring: never a checklist item. */
const NOTE_AS_PAPER = /^(?:Lưu ý|Ghi chú|Chú ý)(?=[\s:：-]|$)/iu;
const NOT_IN_PERSON = /không (?:phải|cần) đến (?:trụ sở|cơ quan)/iu;
const POLICE_FIELDS = new Set(['cu-tru', 'can-cuoc']);

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
/** Without diacritics: "Uỷ ban" and "Ủy ban" are one spelling. */
const bare = (s: string) =>
  fold(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd');

/** "70000" is in the record as "70,000", "70.000" or "70000". */
function amountInRecord(text: string, amount: number): boolean {
  const plain = String(amount);
  const grouped = amount.toLocaleString('en-US');
  return text.includes(plain) || text.includes(grouped) || text.includes(grouped.replace(/,/g, '.'));
}

const UNIT_WORDS: Record<string, string> = { ngay_lam_viec: 'ngày làm việc', ngay: 'ngày', gio: 'giờ', thang: 'tháng', nam: 'năm' };

function timeInRecord(text: string, value: number, unit: string): boolean {
  const t = fold(text);
  const word = UNIT_WORDS[unit]!;
  return t.includes(`${value} ${word}`) || t.includes(`${value}${word}`) || t.includes(`0${value} ${word}`);
}

/** Garbled legal-basis entries left by a flattened table (cells glued, truncated numbers). */
export function legalBasisProblem(l: Procedure['legalBasis'][number]): string | null {
  const suffix = l.number.split('/').at(-1) ?? '';
  const issuer = suffix.split('-').at(-1) ?? '';
  if (/^\d{4,}\/\d{4}\/QH/.test(l.number)) return `số hiệu "${l.number}" không có thật (hai ô dính nhau)`;
  // "Luật Cư trú 202068/" + "2020/QH14": the year of the title swallowed the number's head.
  if (/^(?:19|20)\d\d\/[A-ZĐ]/u.test(l.number) || /\d\/$/u.test(l.title.trim()))
    return `số hiệu "${l.number}" bị cắt đầu, tên "${l.title.slice(-30)}" dính phần đầu số hiệu`;
  if (/(?:^|-)QH$/.test(suffix)) return `số hiệu "${l.number}" thiếu khóa Quốc hội (bị cắt cụt)`;
  if (!/^QH\d{2}$/.test(issuer) && !/^QH\d{2}$/.test(suffix.replace(/^NQ-/, '')) && !AGENCIES.has(issuer))
    return `số hiệu "${l.number}" bị cắt cụt (cơ quan ban hành "${issuer}")`;
  if (/\p{L}\d{1,4}(?:\.\p{L}|\p{L})?\/\d{4}\//u.test(l.title))
    return `tên văn bản ${l.number} dính số hiệu văn bản khác: "${l.title.slice(0, 80)}"`;
  if (/(?:^|\s)(?:Thông tư|Nghị định|Luật|Quyết định)? ?số$/u.test(l.title.trim())) return `tên văn bản ${l.number} bị cắt: "${l.title}"`;
  if (/^\p{Ll}|^[ACP](?:ngày|quy|về|sửa|hướng|ban)/u.test(l.title))
    return `tên văn bản ${l.number} bắt đầu giữa chừng: "${l.title.slice(0, 60)}"`;
  const other = /\d+(?:\.\d+)?\/\d{4}\/[A-ZĐ][A-ZĐ0-9-]*/u.exec(l.title);
  if (other && !l.title.includes(l.number) && !/sửa đổi|bổ sung|hướng dẫn|thi hành|quy định chi tiết/iu.test(l.title))
    return `tên văn bản ${l.number} nói về văn bản khác (${other[0]})`;
  return null;
}

export function factProblems(content: Content, records: RecordText = new Map()): FactProblem[] {
  const out: FactProblem[] = [];
  const offices = new Map<string, Office>(content.locality.offices.map((o) => [o.id, o]));
  const provinceFeeIds = new Set(content.locality.provinceFees.map((f) => f.id));
  for (const p of content.procedures) {
    const err = (path: string, message: string) => out.push({ file: p.file, path, message });
    const record = records.get(p.code) ?? null;

    for (const [i, m] of p.methods.entries()) {
      if (m.time.value !== null && m.time.unit !== null && !m.time.source && record && !timeInRecord(record, m.time.value, m.time.unit))
        err(
          `methods.${i}.time`,
          `thời hạn ${m.time.value} ${UNIT_WORDS[m.time.unit]} không có trong bản ghi quốc gia và không dẫn văn bản (source)`,
        );
      if (m.time.value !== null && m.time.unit === null) err(`methods.${i}.time`, 'thời hạn có số mà không có đơn vị');
      for (const [j, f] of m.fees.entries()) {
        const at = `methods.${i}.fees.${j}`;
        if (f.amount !== null && f.amount > 0 && !f.source && record && !amountInRecord(record, f.amount))
          err(at, `mức ${f.amount} không có trong bản ghi quốc gia và không dẫn văn bản (source)`);
        if (f.provinceFee && !provinceFeeIds.has(f.provinceFee))
          err(`${at}.provinceFee`, `không có mức "${f.provinceFee}" trong locality.yaml › provinceFees`);
        for (const [k, c] of (f.conditions ?? []).entries()) {
          if (!c.source) err(`${at}.conditions.${k}`, 'điều kiện giảm, miễn phí thiếu văn bản làm căn cứ (source)');
          if (c.appliesTo === null && !c.validTo)
            err(`${at}.conditions.${k}`, 'giảm phí cho mọi người phải có ngày hết hiệu lực (validTo)');
          if (c.validFrom && c.validTo && c.validTo < c.validFrom) err(`${at}.conditions.${k}`, 'validTo trước validFrom');
        }
        if (f.note && EDITOR_NOTE.test(f.note))
          err(`${at}.note`, `ghi chú của người biên soạn hiện cho người dân: "${f.note.slice(0, 60)}…"`);
      }
      if (EDITOR_NOTE.test(m.description)) err(`methods.${i}.description`, 'ghi chú của người biên soạn hiện cho người dân');
    }

    // Place: police procedures are filed with Công an xã; no "thị trấn" after 1/7/2025.
    const police = POLICE_FIELDS.has(p.field) || /công an/iu.test(p.agencies.implementing ?? '');
    const office = p.office ? offices.get(p.office) : content.locality.offices[0];
    if (police && office && !/công an/iu.test(office.name))
      err('office', `thủ tục của ngành Công an nhưng nơi nộp là "${office.name}": đặt office là Công an xã`);
    for (const [key, v] of Object.entries(p.agencies)) {
      if (v && /thị trấn/iu.test(v)) err(`agencies.${key}`, 'còn "thị trấn" (từ 1/7/2025 chỉ còn xã, phường, đặc khu)');
      else if (v && record && !bare(record.replace(/,\s*thị\s+trấn/giu, '')).includes(bare(v)))
        err(`agencies.${key}`, `"${v.slice(0, 60)}" không có trong bản ghi quốc gia`);
    }

    // Online level: claims need the record's online method or a cited text; no contradiction with tips.
    const online = p.methods.some((m) => m.kind === 'truc_tuyen');
    if ((p.online.level === 'toan_trinh' || p.online.level === 'mot_phan') && !online && !p.online.source)
      err('online.level', 'ghi làm trực tuyến được mà không có cách nộp trực tuyến trong bản ghi, cũng không dẫn văn bản');
    if (p.online.level === 'mot_phan' && [...p.tips, ...p.steps].some((t) => NOT_IN_PERSON.test(t)))
      err('online.level', 'ghi "trực tuyến một phần" (vẫn phải đến) nhưng lưu ý lại nói không phải đến trụ sở');

    for (const [i, t] of p.tips.entries()) {
      if (MISTAKE_TIP.test(t)) err(`tips.${i}`, `"${t}" là sai sót cần tránh: chuyển sang mistakes`);
      if (RECORD_ADVICE.test(t)) err(`tips.${i}`, `"${t}" so sánh hai ô của bản ghi, không phải lời khuyên: bỏ đi`);
    }
    for (const [key, list] of [
      ['tips', p.tips],
      ['mistakes', p.mistakes],
      ['steps', p.steps],
    ] as const) {
      list.forEach((t, i) => {
        if (EDITOR_NOTE.test(t)) err(`${key}.${i}`, `ghi chú của người biên soạn hiện cho người dân: "${t.slice(0, 60)}…"`);
      });
    }
    for (const [gi, g] of p.documentGroups.entries()) {
      for (const [di, d] of g.documents.entries()) {
        const at = `documentGroups.${gi}.documents.${di}`;
        if (NOTE_AS_PAPER.test(d.name)) err(`${at}.name`, `"${d.name.slice(0, 50)}" là ghi chú, không phải giấy tờ để đánh dấu`);
        if (/^[.,;:]\s/.test(d.name)) err(`${at}.name`, 'tên giấy tờ bắt đầu bằng dấu câu thừa');
        if (d.note && EDITOR_NOTE.test(d.note))
          err(`${at}.note`, `ghi chú của người biên soạn hiện cho người dân: "${d.note.slice(0, 60)}…"`);
      }
    }
    p.legalBasis.forEach((l, i) => {
      const problem = legalBasisProblem(l);
      if (problem) err(`legalBasis.${i}`, problem);
      if (record && !record.includes(l.number) && !record.includes(l.number.slice(0, -1)))
        err(`legalBasis.${i}`, `${l.number} không có trong căn cứ pháp lý của bản ghi quốc gia`);
    });
  }
  return out;
}

/** Known facts for one procedure: what the coverage table and the fact tests count. */
export function knownFacts(
  p: Procedure,
  provinceFees: readonly ProvinceFee[] = [],
): { time: boolean; fee: boolean; place: boolean; online: boolean } {
  // A province-set fee is known once the locality has entered the province's amount for that method.
  const local = (id: string, kind: string) =>
    provinceFees.some((f) => f.id === id && f.amount !== null && (f.methods.length === 0 || f.methods.includes(kind as never)));
  return {
    time: p.methods.length > 0 && p.methods.every((m) => m.time.value !== null && m.time.unit !== null),
    fee:
      p.methods.length > 0 &&
      p.methods.every(
        (m) => m.fees.length > 0 && m.fees.every((f) => (f.provinceFee ? local(f.provinceFee, m.kind) : f.amount !== null || f.free)),
      ),
    place: Boolean(p.office || p.agencies.implementing || p.agencies.address),
    online: p.online.level !== 'chua_ro',
  };
}
