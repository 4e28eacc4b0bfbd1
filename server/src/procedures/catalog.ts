// The procedure read model: curated content merged over imported national records,
// held in memory with its search index and rebuilt when content changes.
import { contentRepository } from '../content/content.repository.js';
import type { Fee, Groups, Level, Method, Office, Procedure, ProvinceFee, Synonym } from '../content/schemas.js';
import { createProcedureIndex } from '../search/index.js';
import type { Store } from '../store/port.js';
import { type ApplicableFee, applicableFee } from './fees.js';

export type Provenance = 'curated' | 'national';

export interface CatalogProcedure extends Procedure {
  curated: boolean;
  /** For each field: our plain-language text, or the national record's. */
  provenance: Record<string, Provenance>;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  shortName: string | null;
  field: string;
  levels: Level[];
  online: Procedure['online']['level'];
  score: number;
}

export type DetailMethod = Omit<Method, 'fees'> & { fees: (Fee & { applicable: ApplicableFee })[] };

export interface ProcedureDetail extends Omit<CatalogProcedure, 'fullText' | 'methods'> {
  fullText: null;
  /**
   * The record's own "Thời hạn giải quyết" lines when it gives a time per case (the method table
   * keeps one figure: 45 days for a BHYT card the page says is re-issued the same day).
   */
  timeCases: string[];
  /** Each fee carries `applicable`: what applies on the day asked and why (see fees.ts). */
  methods: DetailMethod[];
  officeInfo: Office | null;
  interlinked: { id: string; name: string; description: string; procedures: { code: string; name: string; shortName: string | null }[] }[];
  relatedProcedures: { code: string; name: string; shortName: string | null }[];
  familyProcedures: { code: string; name: string; shortName: string | null }[];
  officialUrl: string | null;
}

const MERGE_SKIP = new Set(['code', '_id', 'origin', 'contentFile', 'importedAt']);

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every(isEmpty);
  return false;
}

/** Curated text first; the imported national record fills what the curated file leaves out. */
export function mergeProcedure(curated: Procedure | null, national: Procedure | null): CatalogProcedure {
  const base = (curated ?? national)!;
  const out: Record<string, unknown> = { code: base.code };
  const provenance: Record<string, Provenance> = {};
  const keys = new Set([...Object.keys(curated ?? {}), ...Object.keys(national ?? {})]);
  for (const key of keys) {
    if (MERGE_SKIP.has(key)) continue;
    const c = curated ? (curated as Record<string, unknown>)[key] : undefined;
    const n = national ? (national as Record<string, unknown>)[key] : undefined;
    if (!isEmpty(c)) {
      out[key] = c;
      provenance[key] = 'curated';
    } else if (!isEmpty(n)) {
      out[key] = n;
      provenance[key] = 'national';
    } else {
      out[key] = c ?? n ?? null;
    }
  }
  // Search-only text and parser leftovers come from the national record whatever the curated file says.
  if (national?.fullText) out.fullText = national.fullText;
  return { ...(out as unknown as Procedure), curated: curated !== null, provenance };
}

export interface Catalog {
  readonly size: number;
  /** `now` decides which time-bound fee conditions apply (default: the current time). */
  get(code: string, now?: Date): ProcedureDetail | null;
  /** The locality's province-set fee values. */
  provinceFees: readonly ProvinceFee[];
  search(
    q: string,
    opts: { field?: string; level?: Level; limit: number; offset: number },
  ): { items: ProcedureSummary[]; total: number; highlight: string[] };
  all(): Iterable<CatalogProcedure>;
  /** procedures per field; with a level, only those done at that level */
  fieldCounts(level?: Level): Map<string, number>;
  synonyms: Synonym[];
}

const strip = <T extends Record<string, unknown>>(d: T) => {
  const { _id, origin, contentFile, importedAt, ...rest } = d;
  return rest as unknown as Procedure;
};

const SEARCH_CACHE_SIZE = 2000;

export async function buildCatalog(store: Store, opts: { searchCache?: boolean } = {}): Promise<Catalog> {
  type Result = ReturnType<Catalog['search']>;
  const cache = opts.searchCache === false ? null : new Map<string, Result>();
  const [curatedDocs, nationalDocs, synonymDocs, groupsDoc, officeDocs, localityDoc, fieldDocs] =
    await contentRepository(store).catalogSources();
  const offices = officeDocs as unknown as (Office & { _id: string })[];
  // The locality's fields say which national field names (linh_vuc) they cover, so an imported
  // record lands in the same field as the curated ones ("Đăng ký, quản lý cư trú" → cu-tru).
  const fieldKey = (name: string) => name.normalize('NFC').trim().toLowerCase();
  const fieldByNational = new Map<string, string>();
  for (const f of fieldDocs) for (const n of (f.nationalNames as string[]) ?? []) fieldByNational.set(fieldKey(n), f.id as string);
  const curated = new Map(curatedDocs.map((d) => [d.code as string, strip(d)]));
  const national = new Map(
    nationalDocs.map((d) => {
      const p = strip(d);
      const mapped = p.fieldName ? fieldByNational.get(fieldKey(p.fieldName)) : undefined;
      return [d.code as string, mapped ? { ...p, field: mapped } : p];
    }),
  );
  const byCode = new Map<string, CatalogProcedure>();
  // A record's time cases, read from its page text once (get() runs many times a chat turn).
  const timeCasesByCode = new Map<string, string[]>();
  const timeCasesFor = (code: string, fullText: string | null | undefined): string[] => {
    const known = timeCasesByCode.get(code);
    if (known) return known;
    const cases = timeCasesOf(fullText);
    timeCasesByCode.set(code, cases);
    return cases;
  };
  for (const code of new Set([...curated.keys(), ...national.keys()])) {
    byCode.set(code, mergeProcedure(curated.get(code) ?? null, national.get(code) ?? null));
  }
  const synonyms = synonymDocs.map((s) => ({ terms: s.terms as string[], means: s.means as string }));
  const groups = (groupsDoc ?? { interlinked: [], families: [] }) as unknown as Groups;
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const defaultOffice = offices[0] ?? null;
  const policeOffice = offices.find((o) => /^công an/i.test(o.name)) ?? null;
  /**
   * The locality's office a citizen goes to. Curated procedures: the office their content names,
   * else the one-stop office. A national record alone: the one-stop office only when its agencies
   * name the commune's People's Committee; Công an xã when they name the commune police; otherwise
   * none — the page shows the agency the record names (customs, province centres …), never our desk.
   */
  const officeFor = (p: CatalogProcedure): Office | null => {
    if (p.office) return officeById.get(p.office) ?? null;
    if (p.curated) return defaultOffice;
    const agencies = `${p.agencies.implementing ?? ''} ${p.agencies.competent ?? ''}`.toLowerCase();
    if (/công an (?:cấp )?xã/.test(agencies)) return policeOffice;
    if (/(?:ủy|uỷ) ban nhân dân (?:cấp )?xã|ubnd (?:cấp )?xã/.test(agencies) && !/công an|hải quan|thuế/.test(agencies))
      return defaultOffice;
    // A civil-status or certification record done at the commune alone that names no agency (2.000806, the marriage with a
    // foreigner, which the national record puts at "Cấp xã"): the commune's one-stop desk, where its civil-status officer
    // sits — not "online only", round 51's tryouts ("lam giay ket hon o dau" had no place at all).
    if (!agencies.trim() && p.levels.length === 1 && p.levels[0] === 'xa' && /hộ tịch|chứng thực/iu.test(p.fieldName ?? ''))
      return defaultOffice;
    return null;
  };
  const portalUrl = (localityDoc?.portalUrl as string | undefined) ?? 'https://dichvucong.gov.vn';
  const provinceFees = (localityDoc?.provinceFees as ProvinceFee[] | undefined) ?? [];

  const index = createProcedureIndex(
    [...byCode.values()].map((p) => ({
      code: p.code,
      name: p.name,
      aliases: p.aliases,
      situations: p.situations,
      fieldName: p.fieldName,
      field: p.field,
      levels: p.levels,
      documents: p.documentGroups.flatMap((g) => g.documents.map((d) => d.name)),
      fullText: p.fullText,
      online: p.online.level,
      curated: p.curated,
    })),
    { synonyms },
  );

  type Ref = { code: string; name: string; shortName: string | null };
  const ref = (code: string): Ref | null => {
    const p = byCode.get(code);
    return p ? { code, name: p.name, shortName: p.shortName ?? null } : null;
  };
  const refs = (codes: string[]) => codes.map(ref).filter((x): x is Ref => x !== null);

  const fieldCounts = new Map<string, number>();
  const levelFieldCounts = new Map<Level, Map<string, number>>();
  for (const p of byCode.values()) {
    fieldCounts.set(p.field, (fieldCounts.get(p.field) ?? 0) + 1);
    for (const level of p.levels) {
      const m = levelFieldCounts.get(level) ?? levelFieldCounts.set(level, new Map()).get(level)!;
      m.set(p.field, (m.get(p.field) ?? 0) + 1);
    }
  }

  return {
    size: byCode.size,
    synonyms,
    provinceFees,
    all: () => byCode.values(),
    fieldCounts: (level) => (level ? (levelFieldCounts.get(level) ?? new Map()) : fieldCounts),
    get(code, now = new Date()) {
      const p = byCode.get(code);
      if (!p) return null;
      const family = p.family ? groups.families.find((f) => f.id === p.family) : groups.families.find((f) => f.procedures.includes(code));
      const { fullText, ...rest } = p;
      return {
        ...rest,
        methods: p.methods.map((m) => ({
          ...m,
          fees: m.fees.map((f) => ({ ...f, applicable: applicableFee(f, { kind: m.kind, provinceFees, now }) })),
        })),
        fullText: null,
        timeCases: timeCasesFor(code, fullText),
        officeInfo: officeFor(p),
        interlinked: groups.interlinked
          .filter((g) => g.procedures.includes(code))
          .map((g) => ({ id: g.id, name: g.name, description: g.description, procedures: refs(g.procedures.filter((c) => c !== code)) })),
        relatedProcedures: refs(p.related.filter((c) => c !== code)),
        familyProcedures: family ? refs(family.procedures.filter((c) => c !== code)) : [],
        officialUrl: p.source.url ?? p.online.url ?? portalUrl,
      };
    },
    search(q, opts) {
      // Citizens search for the same few dozen procedures again and again: remember recent
      // answers. The whole catalog (and this cache) is replaced when content changes.
      const key = `${q}\u0000${opts.field ?? ''}\u0000${opts.level ?? ''}\u0000${opts.limit}\u0000${opts.offset}`;
      const cached = cache?.get(key);
      if (cached) {
        cache!.delete(key); // least recently used goes first
        cache!.set(key, cached);
        return cached;
      }
      const r = index.search(q, opts);
      const items: ProcedureSummary[] = [];
      for (const hit of r.items) {
        const p = byCode.get(hit.code);
        if (p)
          items.push({
            code: p.code,
            name: p.name,
            shortName: p.shortName ?? null,
            field: p.field,
            levels: p.levels,
            online: p.online.level,
            score: hit.score,
          });
      }
      const result = { items, total: r.total, highlight: r.highlights };
      if (cache) {
        if (cache.size >= SEARCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, result);
      }
      return result;
    },
  };
}

/** A time said in a line: a number of days, hours or months, or "trong ngày". */
const TIME_SAID = /\b\d+\)?\s*(?:ngày|giờ|tháng)|trong ngày/iu;
/**
 * The lines of the record's "Thời hạn giải quyết" section that give a time, each under the case it
 * is said for (a "+ Trường hợp …" line keeps the heading above it: "Cấp lại, đổi thẻ BHYT"). Only
 * when there are two or more: one line says no more than the method table.
 */
export function timeCasesOf(fullText: string | null | undefined): string[] {
  if (!fullText) return [];
  const start = fullText.search(/Thời hạn giải quyết(?! được tính)/u);
  if (start < 0) return [];
  const rest = fullText.slice(start + 'Thời hạn giải quyết'.length, start + 2500);
  const end = rest.search(
    /Cách Thức Thực Hiện|Cách thức thực hiện|Thành phần hồ sơ|Đối tượng thực hiện|Cơ quan thực hiện|Kết quả thực hiện|Căn cứ pháp lý|Yêu cầu, điều kiện/u,
  );
  const lines = (end >= 0 ? rest.slice(0, end) : rest)
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const out: string[] = [];
  let heading = '';
  for (const line of lines) {
    const sub = /^[+\-•]/.test(line);
    const text = line.replace(/^[+\-•]\s*/, '');
    if (!sub && !TIME_SAID.test(text)) {
      heading = text
        .replace(/^\d+\.\s*/, '')
        .replace(/:$/, '')
        .trim();
      continue;
    }
    if (!TIME_SAID.test(text)) continue;
    const said = sub && heading ? `${short(heading, 80)} — ${text}` : text.replace(/^\d+\.\s*/, '');
    // (A long case keeps its time: the case's words are cut, not what follows its colon.)
    const colon = said.indexOf(':');
    out.push(
      said.length > 260 && colon > 0 ? `${short(said.slice(0, colon), 90)}: ${short(said.slice(colon + 1).trim(), 170)}` : short(said, 260),
    );
  }
  return out.length >= 2 ? out.slice(0, 6) : [];
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
