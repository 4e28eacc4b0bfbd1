// Answers composed ONLY from structured procedure fields: the asked detail first, short, plain
// Vietnamese. Unknown stays unknown (with the official link); a fee is "free" only when the
// record says so, and an amount the record does not give is never made up.
import type { Fee, Method, ProcessingTime } from '../content/schemas.js';
import type { DetailMethod, ProcedureDetail } from '../procedures/catalog.js';

type DetailFee = DetailMethod['fees'][number];

import { communeHandled } from './resolver.js';
import type { Detail } from './types.js';

const METHOD_NAME: Record<Method['kind'], string> = {
  truc_tiep: 'Nộp trực tiếp',
  truc_tuyen: 'Nộp trực tuyến',
  buu_chinh: 'Qua bưu chính',
};
const UNIT_NAME: Record<NonNullable<ProcessingTime['unit']>, string> = {
  ngay_lam_viec: 'ngày làm việc',
  ngay: 'ngày',
  gio: 'giờ',
  thang: 'tháng',
  nam: 'năm',
};
const MAX_DOCS = 6;
const MAX_STEPS = 5;
const NO_INFO = 'chưa có thông tin';

const money = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

export function feeText(f: Fee): string {
  if (f.free) return f.freeWhen ? `miễn phí khi ${f.freeWhen}` : 'miễn phí';
  if (f.amount === null) return NO_INFO;
  const unit = f.currency === 'USD' ? 'USD' : 'đồng';
  return `${money(f.amount)} ${unit}${f.per ? `/${f.per}` : ''}`;
}

export function timeText(t: ProcessingTime): string {
  if (t.value === null || t.unit === null) return NO_INFO;
  return `${money(t.value)} ${UNIT_NAME[t.unit]}`;
}

/** The case a record's row is for, when its description says so ("… 01 ngày làm việc với trường hợp thông tin có trong …"). */
function methodCase(m: Method): string | null {
  const c = m.description.match(/(?:với|đối với) trường hợp ([^.;]+)/u)?.[1]?.trim();
  return c && c.length <= 100 ? c : null;
}

/** A detail by how it is filed: one plain value when every method says the same (`same`), else labelled lines. */
interface ByMethod {
  lines: string[];
  same: boolean;
}

/** Lines "Nộp trực tiếp: …" merged when every method says the same. */
function perMethod(methods: Method[], text: (m: Method) => string): ByMethod {
  const rows = methods.map((m) => ({ kind: m.kind, value: text(m), case: methodCase(m) }));
  const distinct = new Set(rows.map((r) => r.value));
  if (distinct.size === 1) return { lines: [rows[0]!.value], same: true };
  // One way of filing at two values (the record has a row per case — 71 national records do): one
  // line, each value with its case where the record says it, else "tùy trường hợp" — never the same
  // "Nộp trực tuyến" twice with two times and nothing to choose by.
  const byKind = new Map<Method['kind'], typeof rows>();
  for (const r of rows) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const perKind = [...byKind].map(([kind, rs]) => {
    const values = [...new Set(rs.map((r) => r.value))];
    if (values.length === 1) return { kind, value: values[0]! };
    const cased = rs.every((r) => r.case !== null);
    return {
      kind,
      value: cased ? rs.map((r) => `${r.value} (trường hợp ${r.case})`).join('; ') : `${values.join(' hoặc ')}, tùy trường hợp`,
    };
  });
  const merged = new Map<string, string[]>();
  for (const r of perKind) merged.set(r.value, [...(merged.get(r.value) ?? []), METHOD_NAME[r.kind]]);
  return { lines: [...merged].map(([value, names]) => `${names.join(', ')}: ${value}`), same: false };
}

/** "Lệ phí: miễn phí." for one plain value; else a bullet per way of filing (never a label after another colon). */
function headed(title: string, { lines, same }: ByMethod): string {
  return same ? `${title}: ${lines[0]}.` : `${title}:\n${lines.map((l) => `• ${l}`).join('\n')}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface Composed {
  text: string;
  /** True when the asked detail was stated from the data (not "chưa có thông tin"). */
  known: boolean;
}

/**
 * Conditions of a fee note that still apply on `today` (YYYY-MM-DD): reductions, exemptions and
 * rates valid until a date. A part whose "đến (hết) ngày dd/mm/yyyy" is past is dropped; the rest
 * is kept whole (never cut at 160 characters as before), so "bằng 50% … đến hết 31/12/2026" survives.
 * The one place fee conditions are rendered: structured validity fields can be wired in here.
 */
export function feeConditions(note: string, today: string): string[] {
  const inForce = (part: string) => {
    const ends = [...part.matchAll(/đến (?:hết )?(?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})/giu)];
    return ends.length === 0 || ends.some((m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` >= today);
  };
  return note
    .replace(/\s+/g, ' ')
    .split(/(?:^|\s)-\s+|\.\s+(?=[A-ZĐÀ-Ỹ])/u)
    .map((segment) =>
      segment
        .split(/;\s+/)
        .map((x) => x.trim().replace(/[.;,]+$/, ''))
        .filter((x) => x.length > 0 && inForce(x))
        .join('; '),
    )
    .filter((x) => x.length > 0)
    .map((x) => `${x}.`);
}

/**
 * One fee as the citizen pays it today: the amount `applicable` computed by procedures/fees.ts
 * (time-bound reductions, province-set amounts), with why when it differs from the record.
 */
export function applicableFeeText(f: DetailFee): string {
  const a = f.applicable;
  const unit = a.currency === 'USD' ? 'USD' : 'đồng';
  const amount = (n: number) => `${money(n)} ${unit}${a.per ? `/${a.per}` : ''}`;
  if (a.provinceSet) {
    if (a.amount === null) return `mức do tỉnh quy định; mức thu ở địa phương: ${NO_INFO}`;
    // (An example locality's amount says so before the amount, not after: round 42's tryout read
    // "150.000 đồng/lần (…; đây là mức ví dụ …)" as the fee to pay.)
    if (a.example) return `mức ví dụ của địa phương mẫu, chưa phải mức thật của xã bạn: ${amount(a.amount)} (mức do tỉnh quy định)`;
    return `${amount(a.amount)} (mức do tỉnh quy định)`;
  }
  if (a.condition) {
    const now = a.free ? 'miễn phí' : a.amount === null ? NO_INFO : amount(a.amount);
    const base = a.baseAmount !== null && a.baseAmount !== a.amount ? `; mức thường ${amount(a.baseAmount)}` : '';
    return `${now} — ${a.reason?.replace(/\.$/, '') ?? ''}${base}`;
  }
  return feeText(f);
}

function fee(p: ProcedureDetail, today: string): Composed {
  if (p.methods.length === 0 || p.methods.every((m) => m.fees.length === 0)) {
    return { text: `Lệ phí: ${NO_INFO}. Bạn xem trên trang chính thức${link(p)} hoặc hỏi bộ phận một cửa.`, known: false };
  }
  const byMethod = perMethod(p.methods, (m) =>
    m.fees.length === 0 ? NO_INFO : (m as DetailMethod).fees.map(applicableFeeText).join('; '),
  );
  const known = p.methods.some((m) => (m as DetailMethod).fees.some((f) => f.applicable.free || f.applicable.amount !== null));
  // Conditions already applied above are not repeated from the record's note.
  const notes = [
    ...new Set(
      (p.methods as DetailMethod[]).flatMap((m) =>
        m.fees.flatMap((f) => (f.note && !f.applicable.condition ? feeConditions(f.note, today) : [])),
      ),
    ),
  ].slice(0, 4);
  const head = headed('Lệ phí', byMethod);
  const tail = known ? '' : `\nBạn xem mức phí trên trang chính thức${link(p)}.`;
  const cond = notes.length ? `\nĐiều kiện, mức giảm đang áp dụng:\n${notes.map((n) => `• ${clip(n, 400)}`).join('\n')}` : '';
  return { text: `${head}${cond}${tail}`, known };
}

function time(p: ProcedureDetail): Composed {
  if (p.methods.length === 0) return { text: `Thời hạn giải quyết: ${NO_INFO}.${officialHint(p)}`, known: false };
  const known = p.methods.some((m) => m.time.value !== null && m.time.unit !== null);
  const head = headed(
    'Thời hạn giải quyết',
    perMethod(p.methods, (m) => timeText(m.time)),
  );
  // (The record's own lines first, when it gives a time per case: the table's one figure is only one of
  // them — 45 days for a BHYT card the page says is re-issued the same day.)
  if (p.timeCases?.length) {
    const cases = `Thời hạn giải quyết tùy trường hợp, trang thủ tục ghi:\n${p.timeCases.map((c) => `• ${c}`).join('\n')}`;
    return { text: `${cases}\n${head.replace(/^Thời hạn giải quyết/, 'Bảng chung của trang ghi thời hạn')}`, known };
  }
  return { text: known ? head : `${head}${officialHint(p)}`, known };
}

function papers(p: ProcedureDetail): Composed {
  const groups = p.documentGroups.filter((g) => g.documents.length > 0);
  if (groups.length === 0) return { text: `Giấy tờ cần có: ${NO_INFO}.${officialHint(p)}`, known: false };
  const out: string[] = [];
  let shown = 0;
  let total = 0;
  for (const g of groups) {
    // (A paper the record lists twice in a group, worded a little differently past what is shown —
    // "Phiếu CC01 được tạo lập …" for an ID card under 14 — is one line: the same line twice reads as
    // two papers to bring.)
    const lines = [...new Set(g.documents.map((d) => clip(d.name, 180)))];
    total += lines.length;
    if (shown >= MAX_DOCS) continue;
    const docs = lines.slice(0, MAX_DOCS - shown);
    shown += docs.length;
    out.push(`${g.title}:\n${docs.map((d) => `• ${d}`).join('\n')}`);
  }
  const more = total > shown ? `\n… và ${total - shown} giấy tờ khác (xem đủ ở trang thủ tục).` : '';
  return { text: `${out.join('\n')}${more}`, known: true };
}

function where(p: ProcedureDetail): Composed {
  const parts: string[] = [];
  const commune = p.levels.includes('xa');
  const office = p.officeInfo;
  const agency = p.agencies.implementing ?? p.agencies.competent;
  // The catalog picks the locality's office for the procedure (Công an xã for police procedures
  // such as cư trú and căn cước, the one-stop office otherwise): the same office the page shows.
  if (commune && office) {
    parts.push(`Nộp tại ${office.name}, ${office.address}.`);
    if (office.phone) parts.push(`Điện thoại: ${office.phone}.`);
  } else if (communeHandled(p) && agency) {
    // Filed where the record says (e.g. Công an cấp xã), not at the commune's one-stop desk by default.
    parts.push(`Cơ quan giải quyết: ${agency}.`);
    if (p.agencies.address) parts.push(`Địa chỉ: ${clip(p.agencies.address, 200)}.`);
  } else if (!communeHandled(p)) {
    parts.push(agency ? `Thủ tục này không làm ở xã; cơ quan giải quyết: ${agency}.` : 'Thủ tục này không làm ở xã.');
    if (p.agencies.address) parts.push(`Địa chỉ: ${clip(p.agencies.address, 200)}.`);
  }
  if (p.methods.some((m) => m.kind === 'truc_tuyen') || p.online.level === 'toan_trinh' || p.online.level === 'mot_phan') {
    parts.push(`Có thể nộp trực tuyến${p.online.url ? ` tại ${p.online.url}` : ''}.`);
  }
  if (parts.length === 0) return { text: `Nơi nộp hồ sơ: ${NO_INFO}.${officialHint(p)}`, known: false };
  return { text: parts.join(' '), known: true };
}

function online(p: ProcedureDetail): Composed {
  const url = p.online.url ? ` Nộp tại ${p.online.url}.` : '';
  const kinds = p.methods.map((m) => m.kind);
  switch (p.online.level) {
    case 'toan_trinh':
      return {
        text: `Làm trực tuyến được: dịch vụ công trực tuyến toàn trình (trước đây gọi là mức độ 4), không phải đến nộp hồ sơ.${url}`,
        known: true,
      };
    case 'mot_phan':
      return {
        text: `Nộp hồ sơ trực tuyến được: dịch vụ công trực tuyến một phần (trước đây gọi là mức độ 3), vẫn có bước phải làm trực tiếp.${url}`,
        known: true,
      };
    case 'khong': {
      const other = kinds.includes('buu_chinh') ? ' Bạn nộp trực tiếp hoặc qua bưu chính.' : ' Bạn nộp trực tiếp.';
      return { text: `Thủ tục này chưa làm trực tuyến được.${other}`, known: true };
    }
    default:
      if (kinds.includes('truc_tuyen')) return { text: `Có cách nộp trực tuyến.${url || officialHint(p)}`, known: true };
      return { text: `Làm trực tuyến được không: ${NO_INFO}.${officialHint(p)}`, known: false };
  }
}

function who(p: ProcedureDetail): Composed {
  const t = p.whoNeeds ?? p.applicants;
  return t
    ? { text: `Ai làm: ${clip(t, 400)}`, known: true }
    : { text: `Đối tượng thực hiện: ${NO_INFO}.${officialHint(p)}`, known: false };
}

function steps(p: ProcedureDetail): Composed {
  if (p.steps.length === 0) return { text: `Các bước: ${NO_INFO}.${officialHint(p)}`, known: false };
  const shown = p.steps.slice(0, MAX_STEPS).map((s, i) => `${i + 1}. ${clip(s, 200)}`);
  const more = p.steps.length > MAX_STEPS ? '\n… (xem đủ ở trang thủ tục)' : '';
  return { text: `Các bước:\n${shown.join('\n')}${more}`, known: true };
}

function forms(p: ProcedureDetail): Composed {
  const docs = p.documentGroups.flatMap((g) => g.documents).filter((d) => d.form || d.formUrl);
  if (docs.length === 0) {
    const declared = p.documentGroups.flatMap((g) => g.documents).filter((d) => /tờ khai|mẫu|đơn/i.test(d.name));
    if (declared.length > 0)
      return {
        text: `Mẫu cần điền:\n${declared
          .slice(0, 4)
          .map((d) => `• ${clip(d.name, 180)}`)
          .join('\n')}\nMẫu có tại bộ phận một cửa và trên trang chính thức${link(p)}.`,
        known: true,
      };
    return { text: `Mẫu đơn, tờ khai: ${NO_INFO}.${officialHint(p)}`, known: false };
  }
  return {
    text: `Mẫu cần điền:\n${docs
      .slice(0, 4)
      .map((d) => `• ${d.form ?? d.name}${d.formUrl ? ` (${d.formUrl})` : ''}`)
      .join('\n')}`,
    known: true,
  };
}

function result(p: ProcedureDetail): Composed {
  return p.result
    ? { text: `Kết quả nhận được: ${clip(p.result, 300)}.`, known: true }
    : { text: `Kết quả: ${NO_INFO}.${officialHint(p)}`, known: false };
}

function conditions(p: ProcedureDetail): Composed {
  return p.conditions
    ? { text: `Điều kiện: ${clip(p.conditions, 400)}`, known: true }
    : { text: `Điều kiện riêng: ${NO_INFO}.${officialHint(p)}`, known: false };
}

const BY_DETAIL: Record<Detail, (p: ProcedureDetail, today: string) => Composed> = {
  fee,
  time,
  papers,
  where,
  online,
  who,
  steps,
  forms,
  result,
  conditions,
};

function link(p: ProcedureDetail): string {
  return p.officialUrl ? ` (${p.officialUrl})` : '';
}
function officialHint(p: ProcedureDetail): string {
  return p.officialUrl ? ` Xem trên trang chính thức: ${p.officialUrl}` : '';
}
function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export interface AnswerText {
  text: string;
  /** Each asked detail, and whether the data had it. */
  stated: { detail: Detail; known: boolean }[];
}

/** One procedure's answer: the asked details first; an overview when nothing specific was asked. */
export function composeAnswer(p: ProcedureDetail, details: Detail[], today: string = new Date().toISOString().slice(0, 10)): AnswerText {
  const title = `${capital(p.name)}:`;
  if (details.length > 0) {
    const parts = details.map((d) => ({ d, c: BY_DETAIL[d](p, today) }));
    return { text: `${title}\n${parts.map((x) => x.c.text).join('\n')}`, stated: parts.map((x) => ({ detail: x.d, known: x.c.known })) };
  }
  const lines: string[] = [];
  if (p.summary) lines.push(clip(p.summary, 240));
  lines.push(papers(p).text, time(p).text, fee(p, today).text, online(p).text);
  // Not at the commune's desk: say who handles it and where, from the record.
  if (!p.levels.includes('xa')) lines.push(where(p).text);
  if (p.interlinked.length > 0) lines.push(`Có thể làm liên thông: ${p.interlinked[0]!.name.replace(/^liên thông:\s*/i, '')}.`);
  return { text: `${title}\n${lines.join('\n')}`, stated: [] };
}
