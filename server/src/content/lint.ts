// Content lints: things that load fine but would mislead a citizen or rot silently.

import { fold } from '../text/normalize.js';
import { knownFacts } from './facts.js';
import type { Content } from './loader.js';
import type { Procedure, ProvinceFee } from './schemas.js';

export interface LintWarning {
  file: string;
  path: string;
  message: string;
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

export function lintContent(content: Content, now = new Date()): LintWarning[] {
  const out: LintWarning[] = [];
  const aliasOwners = new Map<string, { code: string; family: string | null; file: string }[]>();
  for (const p of content.procedures) {
    const w = (path: string, message: string) => out.push({ file: p.file, path, message });
    if (!p.source.nationalCode) w('source.nationalCode', 'thiếu mã thủ tục quốc gia làm nguồn');
    if (!p.source.verifiedAt) w('source.verifiedAt', 'thiếu ngày đối chiếu (verifiedAt)');
    else if (now.getTime() - Date.parse(p.source.verifiedAt) > 12 * MONTH_MS)
      w('source.verifiedAt', `đối chiếu lần cuối ${p.source.verifiedAt}, đã quá 12 tháng: kiểm tra lại với Cổng DVC quốc gia`);
    for (const [i, m] of p.methods.entries()) {
      for (const [j, f] of m.fees.entries()) {
        if (f.amount === 0 && !f.free) w(`methods.${i}.fees.${j}`, 'lệ phí bằng 0 nhưng nguồn không ghi "Miễn phí": để trống nếu chưa rõ');
      }
    }
    if (p.documentGroups.every((g) => g.documents.length === 0)) w('documentGroups', 'danh sách giấy tờ cần mang đang trống');
    for (const a of p.aliases) {
      const key = fold(a).trim();
      const list = aliasOwners.get(key) ?? [];
      list.push({ code: p.code, family: p.family, file: p.file });
      aliasOwners.set(key, list);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    const codes = new Set(owners.map((o) => o.code));
    if (codes.size < 2) continue;
    const families = new Set(owners.map((o) => o.family));
    if (families.size === 1 && !families.has(null)) continue; // same family: the chatbot asks which one
    out.push({
      file: owners[1]!.file,
      path: 'aliases',
      message: `cách gọi "${alias}" trùng với thủ tục ${[...codes].join(', ')} mà không cùng nhóm (family) để hỏi lại người dân`,
    });
  }
  return out;
}

export type CoverageKey = 'time' | 'fee' | 'place' | 'documents' | 'steps' | 'legalBasis' | 'online';
export const coverageLabels: Record<CoverageKey, string> = {
  time: 'Thời hạn',
  fee: 'Lệ phí',
  place: 'Nơi nộp',
  documents: 'Giấy tờ',
  steps: 'Các bước',
  legalBasis: 'Căn cứ pháp lý',
  online: 'Mức trực tuyến',
};

/** Per field (lĩnh vực): how many procedures have each fact structured vs unknown. */
export function coverage(
  procedures: Iterable<Procedure>,
  fieldNames: ReadonlyMap<string, string> = new Map(),
  provinceFees: readonly ProvinceFee[] = [],
) {
  const rows = new Map<string, { total: number; known: Record<CoverageKey, number> }>();
  for (const p of procedures) {
    // Grouped by field slug: curated and imported records of one field share it.
    const key = fieldNames.get(p.field) ?? p.fieldName ?? p.field;
    const row = rows.get(key) ?? { total: 0, known: { time: 0, fee: 0, place: 0, documents: 0, steps: 0, legalBasis: 0, online: 0 } };
    row.total++;
    const facts = knownFacts(p, provinceFees);
    if (facts.time) row.known.time++;
    if (facts.fee) row.known.fee++;
    if (facts.place) row.known.place++;
    if (p.documentGroups.some((g) => g.documents.length > 0)) row.known.documents++;
    if (p.steps.length > 0) row.known.steps++;
    if (p.legalBasis.length > 0) row.known.legalBasis++;
    if (facts.online) row.known.online++;
    rows.set(key, row);
  }
  return [...rows.entries()].sort((a, b) => b[1].total - a[1].total);
}
