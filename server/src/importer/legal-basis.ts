// can_cu_phap_ly: "Tên văn bản pháp lýMã văn bản" + rows of <title><document number>, flattened:
//   "Luật 54/2014/QH1354/2014/QH13Thông tư 92/2015/TT-BTC92/2015/TT-BTC"
// A number is the row's number cell when the next row starts right after it (no space);
// a number followed by a space or punctuation sits inside a title ("Luật 54/2014/QH13 - Hải quan").
import type { z } from 'zod';
import type { legalBasisSchema } from '../content/schemas.js';
import type { Quality } from './methods.js';
import { clean, isEmptyText } from './text.js';

export type LegalBasis = z.infer<typeof legalBasisSchema>;

export interface LegalBasisResult {
  items: LegalBasis[];
  quality: Quality;
  problems: string[];
}

const HEADER = 'Tên văn bản pháp lýMã văn bản';
// 123/2015/NĐ-CP, 60/2014/QH13, 66.7/2025/NQ-CP, 2222/QĐ-BHXH, 20/2013/TTLT-BYT-BCT-BNNPTNT.
// A number may start right after "QH13" (two cells glued), never inside another run of digits.
// It may also start right after a year that ends a title ("Luật Cư trú 2020" + "68/2020/QH14",
// "ngày 29/6/2024" + "43/2024/QH15"), and carry a letter ("08.a/2010/TT-BTP", "09b/2013/TT-BTP").
const NUMBER =
  /(?<=^|\D|QH\d\d|[\s/](?:19|20)\d\d)(?:\d{1,3}(?:\.\d{1,3}|\.?[a-z])?\/\d{4}|\d{1,5})\/(?:QH\d{2}|[A-ZĐ]{1,12}(?: ?-(?:TTg|[A-ZĐ]{1,12})){0,4}(?=$|[^\p{L}\d]|\p{Lu}\p{Ll}|\d|\p{Ll}))/gu;
/** Last parts of numbers that name the issuer: used to cut a glued capital off or put one back. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'CP',
  'TTg',
  'QH',
  'UBND',
  'HĐND',
  'BHXH',
  'NHNN',
  'BTC',
  'BTP',
  'BCA',
  'BXD',
  'BNNMT',
  'BNNPTNT',
  'BTNMT',
  'BGTVT',
  'BYT',
  'BCT',
  'BNV',
  'BQP',
  'BNG',
  'BKHĐT',
  'BLĐTBXH',
  'BTTTT',
  'BKHCN',
  'BGDĐT',
  'BVHTTDL',
  'UBTVQH',
  'VPCP',
  'TANDTC',
  'VKSNDTC',
  'KTNN',
]);

/**
 * The greedy suffix can eat the capitals of a glued next title ("TT-BNNMTQUY ĐỊNH") or stop one
 * letter short when lower case follows ("TT-BCAngày"). Snap the last part to a known issuer code.
 */
function snapNumber(text: string, index: number, raw: string): string {
  const slash = raw.lastIndexOf('/');
  const parts = raw.slice(slash + 1).split('-');
  const last = parts.at(-1)!;
  if (/^QH\d{2}$/.test(last) || AGENCIES.has(last)) {
    return raw;
  }
  const more = /^[A-ZĐ]*/.exec(text.slice(index + raw.length))![0];
  const whole = last + more;
  for (let n = whole.length; n > 0; n--) {
    if (AGENCIES.has(whole.slice(0, n))) return raw.slice(0, raw.length - last.length) + whole.slice(0, n);
  }
  return raw;
}

/** The number cell sometimes repeats the kind of document: "Luật số 32/2024/QH15". */
const CELL_PREFIX =
  /(?:(?:^|\s)[Ss]ố|Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Pháp lệnh|Lệnh|Chỉ thị)(?: số)?\s*$/u;

const ISSUERS: Record<string, string> = {
  QH: 'Quốc hội',
  'NĐ-CP': 'Chính phủ',
  'NQ-CP': 'Chính phủ',
  'QĐ-TTG': 'Thủ tướng Chính phủ',
  'CT-TTG': 'Thủ tướng Chính phủ',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  BTC: 'Bộ Tài chính',
  BTP: 'Bộ Tư pháp',
  BCA: 'Bộ Công an',
  BXD: 'Bộ Xây dựng',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BGTVT: 'Bộ Giao thông vận tải',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  BYT: 'Bộ Y tế',
  BCT: 'Bộ Công Thương',
  BNV: 'Bộ Nội vụ',
  BQP: 'Bộ Quốc phòng',
  BNG: 'Bộ Ngoại giao',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BHXH: 'Bảo hiểm xã hội Việt Nam',
};

/** Issuer read off the number's suffix, only for the well-known ones; joint circulars stay null. */
export function issuerOf(number: string): string | null {
  const suffix = number.split('/').at(-1)!.replace(/\s+/g, '').toUpperCase();
  if (/^QH\d{2}$/.test(suffix)) return ISSUERS.QH!;
  if (suffix.startsWith('TTLT')) return null;
  if (ISSUERS[suffix]) return ISSUERS[suffix]!;
  const agency = suffix.split('-').at(-1)!;
  if (suffix.split('-').length === 2 && /^(?:TT|QĐ|CT)$/.test(suffix.split('-')[0]!)) return ISSUERS[agency] ?? null;
  return null;
}

const DATE = /^[\s,]*ngày\s*(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu;

/**
 * The document's own date: "… 123/2015/NĐ-CP ngày 15/11/2015 …" or "… ngày 12 tháng 5 năm 2023".
 * Only a date right after this number (or opening the title) counts: titles often cite other
 * documents with their own dates.
 */
export function dateOf(title: string, number: string): string | null {
  const at = title.indexOf(number);
  const m = DATE.exec(at >= 0 ? title.slice(at + number.length) : '') ?? DATE.exec(title);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function normalizeNumber(n: string): string {
  return n.replace(/ -/g, '-');
}

export function parseLegalBasis(raw: string | null | undefined): LegalBasisResult {
  if (isEmptyText(raw)) return { items: [], quality: 'empty', problems: [] };
  let text = raw!.trim();
  if (text.startsWith(HEADER)) text = text.slice(HEADER.length);
  else return { items: [], quality: 'unknown', problems: ['không có tiêu đề bảng căn cứ pháp lý'] };
  if (isEmptyText(text)) return { items: [], quality: 'empty', problems: [] };

  const matches = [...text.matchAll(NUMBER)].map((m) => ({ index: m.index, text: snapNumber(text, m.index, m[0]) }));
  const problems: string[] = [];
  const byNumber = new Map<string, LegalBasis>();
  let from = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const end = m.index + m.text.length;
    const next = matches[i + 1];
    // "Luật 54/2014/QH1354/2014/QH13": a number glued to the same number is the title's; the second is the cell.
    if (next && next.index === end && next.text === m.text) continue;
    const after = text.slice(end, end + 2);
    const isCell = after === '' || /^[^\s,.;:)–-]/u.test(after) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
    if (!isCell) continue;
    let title = text.slice(from, m.index);
    from = end;
    const prefix = CELL_PREFIX.exec(title);
    const number = normalizeNumber(m.text);
    if (prefix) title = title.slice(0, prefix.index);
    title = clean(title)
      .replace(/^[-–;,.\s]+|[-–;:,\s]+$/g, '')
      .trim();
    if (!title) title = clean(`${prefix ? prefix[0].trim() : ''} ${number}`);
    // Lower case glued to a capital inside a title means two cells ran together.
    if (/\p{Ll}{2}\p{Lu}\p{Ll}/u.test(title)) {
      // Lower case glued to a capital: two cells ran together. Keep the number, not a title we cannot trust.
      problems.push(`tiêu đề có thể dính hai ô: ${number}`);
      title = '';
    } else if (
      /\d\/$/u.test(title) ||
      /\p{L}\d{1,4}(?:\.\p{L}|\p{L})?\/\d{4}\//u.test(title) ||
      /(?:^|\s)số$/u.test(title) ||
      /^số \d/u.test(title)
    ) {
      // Glued to another document's number ("…Bộ Tư pháp18/2026/NĐ-CP") or cut short ("Thông tư số").
      problems.push(`tiêu đề dính số hiệu khác hoặc bị cắt: ${number}`);
      title = '';
    } else if (/^\p{Ll}/u.test(title)) {
      // "quy định chi tiết …": the description without its "Nghị định" head; a citizen reads it capitalised.
      title = title.charAt(0).toUpperCase() + title.slice(1);
    }
    const item: LegalBasis = { number, title, date: dateOf(title, number), issuer: issuerOf(number) };
    const seen = byNumber.get(number);
    if (!seen || seen.title.length < title.length) byNumber.set(number, seen ? { ...item } : item);
  }
  const leftover = clean(text.slice(from));
  if (leftover && !isEmptyText(leftover)) problems.push('còn văn bản không có số hiệu');
  const items = [...byNumber.values()];
  if (items.length === 0)
    return { items: [], quality: 'unknown', problems: problems.length ? problems : ['không tìm thấy số hiệu văn bản'] };
  return { items, quality: problems.length ? 'unknown' : 'structured', problems };
}
