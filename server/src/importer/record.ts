// One national portal record (see ../shared/data/national-tthc/README.md) → our Procedure.
// Pure: no I/O. Every field is either structured, empty, or kept as original text in
// `unparsed` and flagged 'unknown' — never guessed.
import { type Level, type Method, type Procedure, procedureSchema } from '../content/schemas.js';
import { parseDocuments } from './documents.js';
import { parseLegalBasis } from './legal-basis.js';
import { parseMethods, type Quality } from './methods.js';
import { clean, isEmptyText, NO_INFO, slugify, textOrNull } from './text.js';

export type { Quality } from './methods.js';

/** Fields reported in the quality map, named as in the Procedure schema. */
export const QUALITY_FIELDS = [
  'levels',
  'methods',
  'documentGroups',
  'legalBasis',
  'steps',
  'conditions',
  'applicants',
  'result',
  'agencies',
  'related',
  'online',
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

export interface ParsedRecord {
  procedure: Procedure;
  quality: Record<QualityField, Quality>;
}

export class InvalidRecordError extends Error {}

const LEVELS: Record<string, Level> = { 'cấp bộ': 'bo', 'cấp tỉnh': 'tinh', 'cấp xã': 'xa', 'cơ quan khác': 'khac' };

export function parseLevels(raw: string | null | undefined): { levels: Level[]; unknown: string[] } {
  const levels: Level[] = [];
  const unknown: string[] = [];
  if (isEmptyText(raw)) return { levels, unknown };
  for (const part of raw!.split(',')) {
    const key = clean(part).toLowerCase();
    if (!key) continue;
    const level = LEVELS[key];
    if (level) {
      if (!levels.includes(level)) levels.push(level);
    } else unknown.push(clean(part));
  }
  return { levels, unknown };
}

const STEP_MARK = /(?:^|\n|\s)[-+*\s]*(?=(?:a\)\s*)?Bước\s*\d+\s*[.:)-]?)/giu;

/** trinh_tu_thuc_hien → steps: split at "Bước N" when the text has them, otherwise one step per line. */
export function parseSteps(raw: string | null | undefined): string[] {
  if (isEmptyText(raw)) return [];
  const text = clean(raw!);
  const marks = [...text.matchAll(STEP_MARK)].map((m) => m.index + m[0].length);
  if (marks.length >= 2) {
    const steps: string[] = [];
    const intro = clean(text.slice(0, marks[0]));
    if (intro) steps.push(intro);
    for (let i = 0; i < marks.length; i++) {
      const step = clean(text.slice(marks[i], marks[i + 1] ?? text.length)).replace(/\n+/g, ' ');
      if (step) steps.push(step);
    }
    return steps;
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

// ket_qua_xu_ly carries the portal page around the result names: "Mã: KQ.…" codes, then
// "Từ khóa…", "Mô tả…", and the agency picker ("Chọn cơ quan thực hiện… Nộp hồ sơ").
const UI_TAIL = /Chọn cơ quan thực hiện[\s\S]*$/;
const RESULT_CODE = /Mã:\s*[^\s]*?(?=\p{Lu}\p{Ll}|Từ khóa|$)/gu;

export function parseResult(raw: string | null | undefined): string | null {
  if (isEmptyText(raw)) return null;
  let text = raw!.replace(UI_TAIL, '');
  let description = '';
  const desc = text.lastIndexOf('Mô tả');
  const kw = text.lastIndexOf('Từ khóa');
  if (desc >= 0 && desc > kw) {
    description = text.slice(desc + 'Mô tả'.length);
    text = text.slice(0, desc);
  }
  if (kw >= 0) text = text.slice(0, kw);
  const names = text
    .split(RESULT_CODE)
    .map((s) => clean(s))
    .filter((s) => s && s !== NO_INFO);
  const parts = [...new Set(names)];
  if (!isEmptyText(description)) parts.push(clean(description));
  return parts.length ? parts.join('\n') : null;
}

/** thu_tuc_lien_quan lists related procedures by name only ("#Tên thủ tục1<name>#1Tên thủ tục<name>"). */
export function parseRelatedNames(raw: string | null | undefined): string[] {
  if (isEmptyText(raw)) return [];
  const names = raw!
    .split(/#\d*Tên thủ tục\d*|#\d+/u)
    .map((s) => clean(s))
    .filter((s) => s && !/^Tên thủ tục$/.test(s));
  return [...new Set(names)];
}

/**
 * Online level, from evidence in the record only (Decree 42/2022 terms):
 * - the name or a method description says "toàn trình" / "trực tuyến một phần" → that level;
 * - a methods table read in full with no online row and no mention of online submission → 'khong';
 * - anything else, including a 'Trực tuyến' row alone → 'chua_ro': submitting online does not say
 *   whether the whole procedure (payment, result) is online. The 'truc_tuyen' method stays visible.
 */
export function deriveOnline(name: string, methods: Method[], methodsQuality: Quality, methodsRaw: string): Procedure['online']['level'] {
  if (/(?:trực\s+tuyến|dịch\s+vụ\s+công)\s+toàn\s+trình/iu.test(name)) return 'toan_trinh';
  if (/trực\s+tuyến\s+một\s+phần/iu.test(name)) return 'mot_phan';
  if (methods.some((m) => /đủ điều kiện thực hiện dịch vụ công trực tuyến toàn trình/iu.test(m.description))) return 'toan_trinh';
  const online = methods.some((m) => m.kind === 'truc_tuyen');
  if (!online && methodsQuality === 'structured' && methods.length > 0 && !/trực tuyến|dịch vụ công|điện tử/iu.test(methodsRaw))
    return 'khong';
  return 'chua_ro';
}

/**
 * Agency names as they stand since 1/7/2025: "thị trấn" no longer exists (two-tier local
 * government), so "Ủy ban nhân dân xã, phường, thị trấn" reads "Ủy ban nhân dân xã, phường".
 */
export function agencyText(v: unknown): string | null {
  const t = textOrNull(v);
  if (!t) return null;
  const named = t.replace(/,[\s\u00a0]*thị[\s\u00a0]+trấn(?=[\s\u00a0]*[.;,)]|$)/giu, '').replace(/\.$/, '');
  // A trade union is never the office that handles a procedure: four social-insurance records name "Công đoàn cơ quan
  // BHXH Việt Nam" beside (or instead of) the insurance office, and a mother was sent to it for her newborn's card.
  return (
    named
      .split(/,[\s\u00a0]*/u)
      .filter((a) => !/^Công đoàn\b/iu.test(a))
      .join(', ') || null
  );
}

function str(raw: Record<string, unknown>, key: string): string {
  const v = raw[key];
  return typeof v === 'string' ? v : '';
}

function fullTextOf(raw: Record<string, unknown>): string | null {
  const t = str(raw, 'raw_text').replace(UI_TAIL, '');
  return isEmptyText(t) ? null : clean(t);
}

export function parseNationalRecord(input: unknown): ParsedRecord {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new InvalidRecordError('bản ghi không phải đối tượng JSON');
  const raw = input as Record<string, unknown>;
  const code = clean(str(raw, 'ma_thu_tuc'));
  const name = clean(str(raw, 'ten_thu_tuc'));
  if (!code || !name) throw new InvalidRecordError('thiếu mã hoặc tên thủ tục');

  const unparsed: Record<string, string> = {};
  const quality = {} as Record<QualityField, Quality>;
  const keep = (field: QualityField, q: Quality, original: string) => {
    quality[field] = q;
    if (q === 'unknown' && !isEmptyText(original)) unparsed[field] = original.trim();
  };

  const levelsRaw = str(raw, 'cap_thuc_hien');
  const { levels, unknown: unknownLevels } = parseLevels(levelsRaw);
  keep('levels', isEmptyText(levelsRaw) ? 'empty' : unknownLevels.length ? 'unknown' : 'structured', levelsRaw);

  const methodsRaw = str(raw, 'cach_thuc_thuc_hien');
  const methods = parseMethods(methodsRaw);
  keep('methods', methods.quality, methodsRaw);

  const docsRaw = str(raw, 'thanh_phan_ho_so');
  const docs = parseDocuments(docsRaw);
  keep('documentGroups', docs.quality, docsRaw);

  const legalRaw = str(raw, 'can_cu_phap_ly');
  const legal = parseLegalBasis(legalRaw);
  keep('legalBasis', legal.quality, legalRaw);

  const stepsRaw = str(raw, 'trinh_tu_thuc_hien');
  const steps = parseSteps(stepsRaw);
  keep('steps', steps.length ? 'structured' : 'empty', stepsRaw);

  const conditions = textOrNull(raw.yeu_cau_dieu_kien);
  keep('conditions', conditions ? 'structured' : 'empty', '');
  const applicants = textOrNull(raw.doi_tuong_thuc_hien);
  keep('applicants', applicants ? 'structured' : 'empty', '');
  const result = parseResult(str(raw, 'ket_qua_xu_ly'));
  keep('result', result ? 'structured' : 'empty', '');

  const agencies = {
    competent: agencyText(raw.co_quan_co_tham_quyen),
    implementing: agencyText(raw.co_quan_thuc_hien),
    address: agencyText(raw.dia_chi_tiep_nhan),
    delegated: agencyText(raw.co_quan_duoc_uy_quyen),
    coordinating: agencyText(raw.co_quan_phoi_hop),
  };
  keep('agencies', Object.values(agencies).some(Boolean) ? 'structured' : 'empty', '');

  // Related procedures come by name only; our `related` holds codes, so the names wait in `unparsed`.
  const relatedRaw = str(raw, 'thu_tuc_lien_quan');
  const relatedNames = parseRelatedNames(relatedRaw);
  quality.related = relatedNames.length ? 'unknown' : 'empty';
  if (relatedNames.length) unparsed.related = relatedNames.join('\n');

  const onlineLevel = deriveOnline(name, methods.methods, methods.quality, methodsRaw);
  quality.online = onlineLevel === 'chua_ro' ? 'unknown' : 'structured';

  const fieldName = clean(str(raw, 'linh_vuc'));
  const detailUrl = clean(str(raw, 'detail_url'));
  const procedure = procedureSchema.parse({
    code,
    name,
    field: slugify(fieldName) || 'khac',
    fieldName: fieldName || null,
    levels,
    methods: methods.methods,
    documentGroups: docs.groups,
    steps,
    conditions,
    applicants,
    result,
    agencies,
    legalBasis: legal.items,
    online: { level: onlineLevel, url: null },
    source: {
      nationalCode: code,
      url: /^https?:\/\//.test(detailUrl) ? detailUrl : null,
      decision: textOrNull(raw.so_quyet_dinh),
      verifiedAt: null,
    },
    unparsed,
    fullText: fullTextOf(raw),
  });
  return { procedure, quality };
}
