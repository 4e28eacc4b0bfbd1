// thanh_phan_ho_so: groups of documents, flattened. Each group is
//   <title or "--">"Tên giấy tờMẫu đơn, tờ khaiSố lượng"<rows>
// and each row is <name>[<form file, e.g. "Mẫu số 01.docx">]<count, e.g. "1 bản chính,1 bản sao">.
// The text after a group's last count is the next group's title ("Trường hợp …:").
import type { DocumentGroup } from '../content/schemas.js';
import type { Quality } from './methods.js';
import { clean, isEmptyText } from './text.js';

export interface DocumentsResult {
  groups: DocumentGroup[];
  quality: Quality;
  problems: string[];
}

const HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/** A row that is a remark about the papers, not a paper. */
export const NOTE_ROW = /^(?:Lưu ý|Ghi chú|Chú ý)\s*[:：-]?/iu;
const DEFAULT_TITLE = 'Giấy tờ phải nộp';
// The count cell is glued to the next row's name; the same words inside prose ("nộp 02 bản chính
// tờ khai") are followed by a space or punctuation, so they are not taken for a cell.
const COUNT = /(\d+) bản chính(?:,(\d+) bản sao)?(?=[^\s;,.:)]|$)/gu;
const FILE = /\.(?:docx?|pdf|xlsx?|rar|zip)(?=\.|[^\p{L}\d]|\p{Lu}|$)/giu;
const FORM_WORD = /^(?:mẫu|mau|mus|phụ lục|phu luc|phuluc|phlc|pl\b|pl\d|tk\d|form|đơn|don|gcn|bm\d|tờ khai|to khai|biểu mẫu)/i;
/** "…theo mẫu quy địnhbáo cáo.docx", "…theo mẫu1.000312.docx": the file name follows these words directly. */
const LEAD_IN = /(?:quy định|theo mẫu|theo Mẫu|mẫu quy định)$/;

export interface SplitName {
  name: string;
  form: string | null;
}

const FILE_IN_TEXT = /.+?\.(?:docx?|pdf|xlsx?|rar|zip)/giu;

/**
 * Separates a form file name glued to the end of a document name:
 *   "Tờ khai theo mẫu;Mau 14.docx" → { name: "Tờ khai theo mẫu", form: "Mau 14.docx" }.
 * Where the file name starts is chosen in order of confidence: a place where a form word
 * ("Mẫu", "Phụ lục", "Mau"…) is glued on; then right after ";", "." or ")"; then where a word
 * is glued to a capital or a digit. When none is found the text is left whole, not cut at a guess.
 */
export function splitForm(text: string): SplitName {
  FILE.lastIndex = 0;
  const first = FILE.exec(text);
  if (!first) return { name: text, form: null };
  const firstEnd = first.index + first[0].length;
  // Only the text before the first extension's dot can hold the boundary.
  const head = text.slice(0, text.lastIndexOf('.', firstEnd - 1));
  const tiers: number[][] = [[], [], []];
  for (let i = 1; i < head.length; i++) {
    const prev = head[i - 1]!;
    const c = head[i]!;
    if (c === ' ') continue;
    const rest = head.slice(i);
    const glued = /[\p{L}\d)”"]/u.test(prev);
    if (LEAD_IN.test(head.slice(0, i)) && /[\p{L}\d]/u.test(c)) tiers[0]!.push(i);
    else if (FORM_WORD.test(rest) && (glued || prev === ';' || prev === '.' || prev === ',')) {
      // After a lower-case letter only at a capital ("…theo mẫuMau 01") or a glued "mẫu"/"mau" ("…trắngmau so 12").
      if (/\p{Lu}/u.test(c) || !/\p{Ll}/u.test(prev) || /^(?:ma[uũ]|mẫu)/i.test(rest)) tiers[0]!.push(i);
    } else if ((prev === ';' || prev === ')' || (prev === '.' && !/\d/.test(head[i - 2] ?? ''))) && /[\p{L}\d]/u.test(c)) tiers[1]!.push(i);
    else if (/\p{Ll}/u.test(prev) && (/\p{Lu}/u.test(c) || /\d/.test(c))) tiers[2]!.push(i);
  }
  const at = tiers[0]!.at(-1) ?? tiers[1]!.at(-1) ?? tiers[2]!.at(-1);
  if (at === undefined) return { name: text, form: null };
  const name = head.slice(0, at).replace(/[;.\s]+$/, '');
  if (!name) return { name: text, form: null };
  const files = [text.slice(at, firstEnd)];
  const after = text.slice(firstEnd);
  for (const m of after.matchAll(FILE_IN_TEXT)) files.push(m[0]);
  const leftover = after.replace(FILE_IN_TEXT, '').trim();
  return { name: clean(leftover ? `${name} ${leftover}` : name), form: files.map((f) => f.trim()).join('; ') };
}

/** "- ", "+ ", "* ", ". ", "a) ", "1. ", "4. 4. " list markers in front of a name. */
function stripMarker(s: string): string {
  // ". Tờ khai": a stray full stop left where a list marker or cell boundary was.
  return s.replace(/^(?:\s*(?:[-+*•–.,;:]+|\(?[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s*)+/u, '').trim();
}

function cleanTitle(raw: string): string | null {
  const t = clean(raw).replace(/^[-*\s]+/, '');
  if (isEmptyText(t)) return null;
  return t.replace(/\s*:\s*$/, '') || null;
}

export function parseDocuments(raw: string | null | undefined): DocumentsResult {
  if (isEmptyText(raw)) return { groups: [], quality: 'empty', problems: [] };
  const text = raw!.trim();
  if (!text.includes(HEADER)) return { groups: [], quality: 'unknown', problems: ['không có tiêu đề bảng giấy tờ'] };
  const parts = text.split(HEADER);
  const problems: string[] = [];
  const groups: DocumentGroup[] = [];
  let title = cleanTitle(parts[0]!);
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p]!;
    const documents: DocumentGroup['documents'] = [];
    const notes: string[] = [];
    let from = 0;
    for (const m of part.matchAll(COUNT)) {
      const cell = part.slice(from, m.index);
      from = m.index + m[0].length;
      const { name, form } = splitForm(cell);
      const cleanName = stripMarker(clean(name));
      // A count with no name ("…1 bản chính1 bản chính") tells a citizen nothing: nothing is lost.
      if (!cleanName) continue;
      // "Lưu ý: …" rows are remarks, not papers: kept as the group's notes, never a checklist item.
      if (NOTE_ROW.test(cleanName)) {
        notes.push(cleanName);
        continue;
      }
      documents.push({
        name: cleanName,
        originals: Number(m[1]),
        // The portal prints "N bản chính" always and ",N bản sao" only when there are copies.
        copies: m[2] === undefined ? 0 : Number(m[2]),
        form,
        formUrl: null,
        note: null,
      });
    }
    const tail = part.slice(from);
    groups.push(notes.length ? { title: title ?? DEFAULT_TITLE, documents, notes } : { title: title ?? DEFAULT_TITLE, documents });
    if (p + 1 < parts.length) title = cleanTitle(tail);
    else if (!isEmptyText(tail)) problems.push('còn văn bản sau hàng cuối');
    if (documents.length === 0 && !isEmptyText(part)) problems.push('nhóm giấy tờ không đọc được hàng nào');
  }
  const nonEmpty = groups.filter((g) => g.documents.length > 0 || (g.notes?.length ?? 0) > 0);
  if (nonEmpty.length === 0) {
    const onlyDashes = parts.every((p) => isEmptyText(p));
    return { groups: [], quality: onlyDashes ? 'empty' : 'unknown', problems };
  }
  // Empty groups ("--" header with no rows) carry nothing for a citizen.
  return { groups: nonEmpty, quality: problems.length ? 'unknown' : 'structured', problems };
}
