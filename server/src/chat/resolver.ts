// Finds the procedure a question is about: the search index ranks, then the chatbot checks how
// much of the question each candidate really covers (names, aliases, situations), and decides:
// one procedure, several that fit equally (ask which), or none (say so honestly).
import type { Catalog, CatalogProcedure } from '../procedures/catalog.js';
import { ABBREVIATIONS } from '../text/abbreviations.js';
import { canonicalSpelling, fold, words } from '../text/normalize.js';
import { AMBIGUOUS_UNACCENTED, MODIFIERS } from './vocabulary.js';

/** strength: the evidence (rarity of the telling words covered) behind the pick. */
export type Resolution =
  | { kind: 'one'; code: string; strength: number; named: boolean; curated: boolean; others: string[]; coverage: number }
  | { kind: 'many'; codes: string[]; strength: number }
  | { kind: 'none' };

export interface Query {
  /** Text for the search index. */
  text: string;
  /** Folded topic words. */
  terms: string[];
  /** The same words as typed with diacritics, or null when typed without. */
  accented?: (string | null)[];
  /** The citizen wants to do something ("xin", "làm", "đăng ký"). */
  action?: boolean;
  /** An age the question states: drops procedures bound to another age ("dưới 14 tuổi"). */
  age?: number | null;
}

interface Candidate {
  code: string;
  score: number;
  /** Share of the question's topic words found in the procedure's short fields. */
  coverage: number;
  /** The same, in its name and aliases only. */
  nameCoverage: number;
  /** Best share of a name's (or alias's) words that the question says. */
  nameFit: number;
  nameWords: Set<string>;
  /** Special-case words in the name the question does not say ("lại", "gia hạn" …). */
  unasked: number;
  commune: boolean;
  curated: boolean;
  family: string | null;
  /** How distinctive the question words this procedure covers are (sum of their rarity; generic words count 0). */
  evidence: number;
  /** An age the name binds it to, contradicted by the age asked. */
  wrongAge: boolean;
  /** Coverage weighted by how telling each word is: extra everyday words weigh little. */
  weightedCoverage: number;
}

const GENERIC = new Set([
  'thu',
  'tuc',
  'doi',
  'voi',
  'cho',
  'cua',
  'va',
  'cac',
  'trong',
  'tai',
  'theo',
  'nguoi',
  'co',
  'la',
  'truong',
  'hop',
  've',
  'hanh',
  'chinh',
  'tu',
]);
const MIN_COVERAGE = 0.6;
const MAX_OPTIONS = 5;
/**
 * Words that say "a procedure" but not which: they never count as evidence ("cấp", "giấy",
 * "làm", "giải quyết", "mất", "cái", "xem" …). Rare-looking ones ("mất", "giải") included.
 */
const NO_EVIDENCE = new Set([
  // The generic words, except two that fold onto telling ones: "tu" (khai tử), "tai" (tái cấp).
  ...[...GENERIC].filter((w) => w !== 'tu' && w !== 'tai'),
  'cap',
  'giay',
  'lam',
  'giai',
  'quyet',
  'mat',
  'cai',
  'xem',
  'dang',
  'ky',
  'lai',
  'moi',
  'xin',
  'nop',
  'nhan',
  'ban',
  'so',
  'xac',
  'hien',
  'quan',
  'ly',
  'de',
  'nghi',
  'bo',
  'sung',
  'thay',
  'thong',
  'tin',
  'hoat',
  'dong',
  'gia',
  'han',
  'ho',
  'dich',
  'vu',
  'to',
  'chuc',
  'ca',
  'viec',
  'tien',
  'don',
  'vi',
  'ket',
  'qua',
]);
/** The catalog size the evidence thresholds were tuned on (the national import); rarity is rescaled to it. */
const REFERENCE_CATALOG_SIZE = 2642;
/** Words that say "a procedure" without saying which: they neither support nor count against a candidate. */
const NEUTRAL = new Set(['giai', 'quyet', 'xem', 'cai', 'lam', 'thu', 'tuc', 'xin', 'nop']);
/**
 * Least evidence for naming a procedure: one telling word ("khai sinh" has two). The same bar for
 * the dialogue (a "còn …"/"quay lại …" turn moves with this much; a detail over our options with less
 * asks which again) and for the answer calibrator's "little evidence" signal.
 */
export const MIN_EVIDENCE = 3.5;
/** A province- or ministry-level procedure is named only when the question clearly names it. */
const FAR_EVIDENCE = 6;
const FAR_NAME_FIT = 0.6;
const NEAR_NAME_FIT = 0.4;
const FAR_COVERAGE = 0.75;
const SOFT_EVIDENCE = 7;
const ACCENTED_RARE = 4.5;
const SOFT_COVERAGE = 0.7;
const MIN_WEIGHTED_COVERAGE = 0.5;
const UNKNOWN_WORD_WEIGHT = Math.log(REFERENCE_CATALOG_SIZE);

interface DocWords {
  all: Set<string>;
  allAccented: Set<string>;
  names: Set<string>;
  name: Set<string>;
  nameAccented: string;
  phrases: string[][];
}

interface CatalogWords {
  docs: Map<string, DocWords>;
  procs: Map<string, CatalogProcedure>;
  /** Every folded / accented word of every procedure's short fields. */
  vocab: Set<string>;
  vocabAccented: Set<string>;
  families: Map<string, string[]>;
  /** Rarity of each folded word over procedure names and aliases: ln(N / (1 + df)). */
  idf: Map<string, number>;
  /** The same for words as written with diacritics ("tử" is rarer than "tu"). */
  idfAccented: Map<string, number>;
  /** Procedures whose name or an alias has the word (folded). */
  byWord: Map<string, string[]>;
  /** A procedure by its whole name, folded (the first when two share one): its age or foreign sibling. */
  byName: Map<string, string>;
  /** … and by its name's words as the chat reads text (folded words joined by spaces): `namedWhole`. */
  byWords: Map<string, string>;
  n: number;
}

/**
 * A record's name read as a question is (questions have "bhyt" spelled out): the abbreviations the
 * national names use in capitals ("sổ BHXH, thẻ BHYT", "UBND cấp xã") in full words, so "cấp lại thẻ
 * bảo hiểm y tế" finds 1.002759 as it finds a name written out.
 */
const spelledOut = (s: string) => s.replace(/(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu, (w) => ABBREVIATIONS[w.toLowerCase()] ?? w);
/** Words of a record's text (name, alias, situation), abbreviations spelled out. */
const foldWords = (s: string) => words(spelledOut(s)).map(fold);
const accWords = (s: string) => words(spelledOut(s)).map(canonicalSpelling);
const content = (ws: string[]) => ws.filter((w) => !GENERIC.has(w));

// Derived per catalog instance (the catalog is rebuilt when content changes).
const cache = new WeakMap<Catalog, CatalogWords>();
function catalogWords(catalog: Catalog): CatalogWords {
  let c = cache.get(catalog);
  if (c) return c;
  const procs = new Map<string, CatalogProcedure>();
  const vocab = new Set<string>();
  const vocabAccented = new Set<string>();
  const families = new Map<string, string[]>();
  const df = new Map<string, number>();
  const byWord = new Map<string, string[]>();
  const dfAccented = new Map<string, number>();
  const byName = new Map<string, string>();
  const byWords = new Map<string, string>();
  for (const p of catalog.all()) {
    procs.set(p.code, p);
    const folded = fold(p.name).trim();
    if (!byName.has(folded)) byName.set(folded, p.code);
    const said = foldWords(p.name).join(' ');
    if (said && !byWords.has(said)) byWords.set(said, p.code);
    for (const w of new Set([p.name, ...p.aliases].flatMap(foldWords))) {
      df.set(w, (df.get(w) ?? 0) + 1);
      const list = byWord.get(w);
      if (list) list.push(p.code);
      else byWord.set(w, [p.code]);
    }
    for (const w of new Set([p.name, ...p.aliases].flatMap(accWords))) dfAccented.set(w, (dfAccented.get(w) ?? 0) + 1);
    for (const t of [p.name, ...p.aliases, ...p.situations]) {
      for (const w of foldWords(t)) vocab.add(w);
      for (const w of accWords(t)) vocabAccented.add(w);
    }
    if (p.family) families.set(p.family, [...(families.get(p.family) ?? []), p.code]);
  }
  const n = procs.size;
  // Rarity on one scale whatever the catalog's size (thresholds were set on the national import).
  const scale = Math.log(REFERENCE_CATALOG_SIZE) / Math.log(Math.max(n, 3));
  const rarity = (m: Map<string, number>) => new Map([...m].map(([w, k]) => [w, Math.max(0, Math.log(n / (1 + k))) * scale]));
  c = {
    docs: new Map(),
    procs,
    vocab,
    vocabAccented,
    families,
    idf: rarity(df),
    idfAccented: rarity(dfAccented),
    byWord,
    byName,
    byWords,
    n,
  };
  cache.set(catalog, c);
  return c;
}

function docWords(cw: CatalogWords, code: string): DocWords | null {
  const hit = cw.docs.get(code);
  if (hit) return hit;
  const p = cw.procs.get(code);
  if (!p) return null;
  const name = foldWords(p.name);
  // The level in brackets ("thực hiện tại cấp xã") is not part of what the procedure is called.
  const called = levelless(p.name)
    .split(' ')
    .filter((w) => w.length > 0);
  const phrases = [called, ...p.aliases.map(foldWords)].map(content).filter((x) => x.length > 0);
  const texts = [p.name, ...p.aliases, ...p.situations];
  const d: DocWords = {
    all: new Set(texts.flatMap(foldWords)),
    allAccented: new Set(texts.flatMap(accWords)),
    names: new Set([p.name, ...p.aliases].flatMap(foldWords)),
    name: new Set(content(name)),
    nameAccented: ` ${accWords(p.name).join(' ')} `,
    phrases,
  };
  cw.docs.set(code, d);
  return d;
}

/** Edit distance ≤ max (Damerau: a swap counts 1), early exit. */
function near(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]! <= max;
}

/**
 * Does a procedure's word set contain the question word? A word typed with diacritics must match
 * with them ("vàng" is not "vắng") when the catalog knows it so; a real word must match exactly
 * (Vietnamese syllables are short: "thuong" and "truong" differ by one letter); only unknown
 * words of 5+ letters get typo tolerance.
 */
function covers(cw: CatalogWords, d: DocWords, folded: string, accented: string | null, pool: 'all' | 'names' = 'all'): boolean {
  if (accented && cw.vocabAccented.has(accented))
    return pool === 'all' ? d.allAccented.has(accented) : d.allAccented.has(accented) && d.names.has(folded);
  // Typed with diacritics the catalog never uses, while it knows the bare letters as another word
  // ("lái" where the catalog only has "lại"): a different word, not a match.
  if (accented && accented !== folded && cw.vocab.has(folded)) return false;
  const set = pool === 'all' ? d.all : d.names;
  if (set.has(folded)) return true;
  if (folded.length < 5 || cw.vocab.has(folded)) return false;
  const max = folded.length >= 8 ? 2 : 1;
  for (const s of set) if (s.length >= 3 && near(folded, s, max)) return true;
  return false;
}

function measure(cw: CatalogWords, code: string, score: number, q: Query): Candidate | null {
  const d = docWords(cw, code);
  const p = cw.procs.get(code);
  if (!d || !p) return null;
  let counted = 0;
  let hit = 0;
  let nameHit = 0;
  let evidence = 0;
  let weightAll = 0;
  let weightHit = 0;
  const seen = new Set<string>();
  q.terms.forEach((t, i) => {
    const acc = q.accented?.[i] ?? null;
    const ok = covers(cw, d, t, acc);
    // An unaccented "can", "the", "ban" may be filler (cần, thế, bạn): only count it when it matches;
    // so do the words that only say "do it" (giải quyết, làm, xem, cái, hồ sơ).
    if (!ok && (AMBIGUOUS_UNACCENTED.has(t) || NEUTRAL.has(t))) return;
    counted++;
    // A word the catalog does not know at all weighs as a fairly telling one (it may name another matter).
    const w = NO_EVIDENCE.has(t) ? 0.5 : (cw.idf.get(t) ?? UNKNOWN_WORD_WEIGHT);
    weightAll += w;
    if (ok) weightHit += w;
    if (ok) hit++;
    if (ok && covers(cw, d, t, acc, 'names')) nameHit++;
    // A generic word typed with telling diacritics ("cải" in "cải chính") counts by its accented rarity.
    const accentedRare = acc !== null && (cw.idfAccented.get(acc) ?? 0) >= ACCENTED_RARE;
    if (ok && (!NO_EVIDENCE.has(t) || accentedRare) && !seen.has(t)) {
      seen.add(t);
      // Typed with diacritics, the accented word's rarity counts; an unknown word (a typo) the catalog's rarest.
      const folded = cw.idf.get(t) ?? Math.log(REFERENCE_CATALOG_SIZE);
      evidence += acc ? Math.max(folded, cw.idfAccented.get(acc) ?? 0) : folded;
    }
  });
  // A misspelt word ("sinnh") stands for the procedure words it is close to.
  const termSet = new Set(q.terms);
  for (const t of q.terms) {
    if (t.length < 5 || cw.vocab.has(t)) continue;
    for (const w of d.all) if (w.length >= 3 && near(t, w, t.length >= 8 ? 2 : 1)) termSet.add(w);
  }
  let nameFit = 0;
  for (const ph of d.phrases) {
    const fit = ph.filter((w) => termSet.has(w)).length / ph.length;
    if (fit > nameFit) nameFit = fit;
  }
  const asked = ` ${q.terms.join(' ')} `;
  const unasked = MODIFIERS.filter((m) => d.nameAccented.includes(` ${m} `) && !asked.includes(` ${fold(m)} `)).length;
  return {
    code,
    score,
    coverage: counted === 0 ? 0 : hit / counted,
    nameCoverage: counted === 0 ? 0 : nameHit / counted,
    nameFit,
    nameWords: d.name,
    unasked,
    commune: communeHandled(p),
    curated: p.curated,
    family: p.family,
    evidence,
    wrongAge: q.age != null && !ageFits(p.name, q.age),
    weightedCoverage: weightAll === 0 ? 0 : weightHit / weightAll,
  };
}

/** Procedures whose names hold most of the question's telling words (narrowed by a modifier it says), at most a few. */
function namedBy(cw: CatalogWords, terms: string[]): string[] {
  const telling = [...new Set(terms)].filter((t) => !NO_EVIDENCE.has(t) && cw.byWord.has(t));
  telling.sort((a, b) => (cw.idf.get(b) ?? 0) - (cw.idf.get(a) ?? 0));
  if (telling.length < 2) return [];
  const count = new Map<string, number>();
  for (const t of telling.slice(0, 4)) for (const c of cw.byWord.get(t) ?? []) count.set(c, (count.get(c) ?? 0) + 1);
  const top = Math.max(0, ...count.values());
  if (top < 2) return [];
  let codes = [...count].filter(([, n]) => n === top).map(([c]) => c);
  for (const m of ['doi', 'lai'].filter((x) => terms.includes(x))) {
    const withM = new Set(cw.byWord.get(m) ?? []);
    const narrowed = codes.filter((c) => withM.has(c));
    if (narrowed.length > 0) codes = narrowed;
  }
  return codes.length <= 12 ? codes : [];
}

/** Names of a case that reverses or ends a thing; a question that does not say so is not about them. */
const OPPOSITE_CASES = ['mat', 'thu hoi', 'huy', 'cham dut', 'xoa', 'trinh bao', 'tam ngung', 'giai the', 'dinh chi'];

function opposite(cw: CatalogWords, code: string, q: Query): boolean {
  const p = cw.procs.get(code);
  if (!p) return false;
  const name = ` ${foldWords(p.name).join(' ')} `;
  const asked = ` ${q.terms.join(' ')} `;
  const marks = OPPOSITE_CASES.filter((m) => name.includes(` ${m} `));
  return marks.length > 0 && !marks.some((m) => asked.includes(` ${m} `));
}

function asksAgain(q: Query): boolean {
  return q.terms.includes('mat') || q.terms.includes('lai');
}

function againCase(cw: CatalogWords, code: string): boolean {
  const d = docWords(cw, code);
  return d !== null && (d.names.has('lai') || d.names.has('mat') || (d.names.has('ban') && d.names.has('sao')));
}

/** A name without its level ("thực hiện tại cấp tỉnh", "cấp trung ương"), to see the same procedure at several levels. */
export function levelless(name: string): string {
  return fold(name)
    .replace(/\((?:[^)]*\bcap (?:tinh|trung uong|xa|huyen|bo)\b[^)]*)\)/g, '')
    .replace(/\b(?:thuc hien )?tai cap (?:tinh|trung uong|xa|huyen)\b|\bcap (?:tinh|trung uong|xa|huyen)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Commune 3, province 2, ministry 1. */
function nearness(cw: CatalogWords, code: string): number {
  const p = cw.procs.get(code);
  if (!p) return 0;
  // Districts are gone since 1/7/2025: a record still "thực hiện tại cấp huyện" comes last.
  if (/\bcap huyen\b/.test(fold(p.name))) return 0.5;
  if (communeHandled(p)) return 3;
  return p.levels.includes('tinh') ? 2 : 1;
}

/** The procedure named like `name` but for the age given ("dưới 14 tuổi" ↔ "từ đủ 14 tuổi trở lên"), or null. */
export function ageSibling(catalog: Catalog, name: string, age: number): string | null {
  const f = fold(name);
  if (ageFits(name, age)) return null;
  const under = /\bduoi (\d+) tuoi\b/.exec(f);
  const over = /\btu du (\d+) tuoi tro len\b/.exec(f);
  const want = under ? f.replace(under[0], `tu du ${under[1]} tuoi tro len`) : over ? f.replace(over[0], `duoi ${over[1]} tuoi`) : null;
  if (!want) return null;
  return catalogWords(catalog).byName.get(want.trim()) ?? null;
}

const FOREIGN_SUFFIX = ' co yeu to nuoc ngoai';

/**
 * The same civil-status procedure with or without a foreign side, by the catalog's own names: "Thủ tục
 * đăng ký khai tử" and "Thủ tục đăng ký khai tử có yếu tố nước ngoài". `foreign` true: the twin with
 * the foreign side; false: the one without. Null when the catalog has no such twin.
 */
export function foreignSibling(catalog: Catalog, name: string, foreign: boolean): string | null {
  const f = fold(name).trim();
  const has = f.endsWith(FOREIGN_SUFFIX);
  if (has === foreign) return null;
  const want = foreign ? f + FOREIGN_SUFFIX : f.slice(0, -FOREIGN_SUFFIX.length);
  return catalogWords(catalog).byName.get(want) ?? null;
}

/** The procedure whose name, folded, is exactly this ("dang ky thuong tru"), or null. */
export function codeNamed(catalog: Catalog, folded: string): string | null {
  return catalogWords(catalog).byName.get(folded) ?? null;
}

/** What may come before a name sent as a choice: "không phải, ý tôi là …", "tôi hỏi …". */
const CHOICE_LEAD = /^(?:(?:khong|ko|k) phai )?(?:(?:y|tuc la) (?:toi|minh|em|chau) (?:la|hoi) |(?:toi|minh|em|chau) hoi |y la )?/;

/**
 * The procedure whose whole name the message is ("Cấp đổi thẻ căn cước"), after at most a choosing
 * lead ("không phải, ý tôi là …"), or null: what the not-sure answer's chip sends, or a name pasted.
 */
export function namedWhole(catalog: Catalog, joined: string): string | null {
  const said = joined.trim();
  const rest = said.replace(CHOICE_LEAD, '');
  // A short name said alone is a question like any other ("xóa đăng ký" is a ship's record, and a
  // question of which): only after the choosing lead, or a long name pasted whole.
  const least = rest === said ? 6 : 3;
  return rest.split(' ').length >= least ? (catalogWords(catalog).byWords.get(rest) ?? null) : null;
}

/** Handled at the commune: the level says so, or the record names a commune agency (Công an cấp xã …). */
export function communeHandled(p: Pick<CatalogProcedure, 'levels' | 'agencies'>): boolean {
  if (p.levels.includes('xa')) return true;
  const agencies = fold(`${p.agencies.implementing ?? ''} ${p.agencies.competent ?? ''}`);
  return /\b(?:cap xa|ubnd xa|uy ban nhan dan (?:cap )?xa)\b/.test(agencies);
}

/** "dưới 14 tuổi" / "từ đủ 14 tuổi trở lên" in a name, against the age asked. */
function ageFits(name: string, age: number): boolean {
  const f = fold(name);
  const under = /\bduoi (\d+) tuoi\b/.exec(f);
  if (under && age >= Number(under[1])) return false;
  const over = /\b(?:tu du|tu|tren|du) (\d+) tuoi\b/.exec(f);
  if (over && !under && age < Number(over[1])) return false;
  return true;
}

/** Enough telling words for this candidate: a far (province, ministry) one needs its name said. */
function supported(c: Candidate): boolean {
  if (c.evidence < MIN_EVIDENCE) return false;
  // Curated procedures carry everyday aliases and situations: those words are evidence enough.
  if (c.curated) return true;
  // A national record must have its own name said, at least in part …
  if (c.commune) return c.nameFit >= NEAR_NAME_FIT && c.coverage >= MIN_COVERAGE;
  // … and a province or ministry one clearly.
  return c.evidence >= FAR_EVIDENCE && c.nameFit >= FAR_NAME_FIT && c.coverage >= FAR_COVERAGE;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
const weight = (c: Candidate) => c.score * (c.commune ? 1.25 : 1) * (c.curated ? 1.1 : 1) * (0.5 + c.nameFit);

/** Words every member of a family has in its name: saying only these does not tell them apart. */
function familyCore(cw: CatalogWords, family: string): Set<string> {
  const names = (cw.families.get(family) ?? []).map((c) => docWords(cw, c)?.names ?? new Set<string>());
  if (names.length === 0) return new Set();
  return new Set([...names[0]!].filter((w) => names.every((n) => n.has(w))));
}

/**
 * A far record named with its level ("Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)": the
 * police's own, for their officers and families) gives way to a candidate handled at the commune
 * whose name has every word of it ("Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT"):
 * the wider procedure, nearer home, is the one a citizen asking in those words means.
 */
function widerNearer(cw: CatalogWords, q: Query, measured: Candidate[], code: string): string {
  const p = cw.procs.get(code);
  const picked = measured.find((c) => c.code === code);
  if (!p || !picked || communeHandled(p)) return code;
  const bare = levelless(p.name);
  if (bare === fold(p.name).replace(/\s+/g, ' ').trim()) return code;
  const want = content(foldWords(bare));
  if (want.length === 0) return code;
  // Unless the question names its own agency ("chiến sĩ công an cấp lại thẻ bảo hiểm y tế").
  const agency = new Set(foldWords(`${p.agencies.implementing ?? ''} ${p.agencies.competent ?? ''}`));
  // (Its name need not be said in full: it covers the question as well and has every word of the pick's.)
  const wider = measured.find(
    (c) =>
      c.commune &&
      c.code !== code &&
      c.coverage >= picked.coverage - 0.01 &&
      !opposite(cw, c.code, q) &&
      want.every((w) => c.nameWords.has(w)) &&
      !q.terms.some((t) => agency.has(t) && !GENERIC.has(t) && !c.nameWords.has(t)),
  );
  return wider?.code ?? code;
}

/** Resolve a question's topic to procedures. */
export function resolveProcedure(catalog: Catalog, q: Query): Resolution {
  if (q.terms.length === 0) return { kind: 'none' };
  const cw = catalogWords(catalog);
  const hits: { code: string; score: number }[] = catalog.search(q.text, { limit: 12, offset: 0 }).items;
  // The ranking can miss a procedure that has the question's rarest words in its very name
  // ("cấp đổi thẻ căn cước" for "đổi căn cước"): add those few.
  const floor = hits.at(-1)?.score ?? 1;
  const seenCodes = new Set(hits.map((h) => h.code));
  for (const code of namedBy(cw, q.terms)) if (!seenCodes.has(code)) hits.push({ code, score: floor });
  // Evidence before an answer: a candidate the question's telling words do not support is dropped.
  const measured = hits.map((h) => measure(cw, h.code, h.score, q)).filter((c): c is Candidate => c !== null && !c.wrongAge);
  const cands = measured
    .filter(supported)
    // A case the question does not ask ("trình báo mất", "thu hồi", "hủy", "chấm dứt"): never answered for it.
    .filter((c) => c.curated || !opposite(cw, c.code, q))
    // Lost or again ("bị mất", "làm lại", "cấp lại"): only a procedure for that case, never the first-time one.
    .filter((c) => !asksAgain(q) || againCase(cw, c.code))
    // The question's telling words, weighed by rarity, must be mostly the candidate's ("xe" in "đổi bằng lái xe").
    .filter((c) => c.weightedCoverage >= MIN_WEIGHTED_COVERAGE);
  if (cands.length === 0) return { kind: 'none' };
  cands.sort((a, b) => b.coverage - a.coverage || b.nameCoverage - a.nameCoverage || weight(b) - weight(a));
  const best = cands[0]!;
  // A curated procedure named by strongly telling words ("căn cước", "kết hôn") may come with extra words.
  if (best.coverage < MIN_COVERAGE && !(best.curated && best.evidence >= SOFT_EVIDENCE && best.weightedCoverage >= SOFT_COVERAGE))
    return { kind: 'none' };
  // One word found only in some situation text ("giá" in "còn giá trị") is not a topic.
  if (q.terms.length === 1 && best.nameCoverage === 0) return { kind: 'none' };

  // A family named only by its common words ("giấy phép xây dựng", "chứng thực") → ask which.
  if (best.family && !q.action) {
    const core = familyCore(cw, best.family);
    const members = cands.filter((c) => c.family === best.family && c.coverage >= best.coverage - 0.01);
    // Unless one member is the plain case the others extend (khai sinh ⊂ khai sinh kết hợp …).
    const plain = members.some((a) => members.every((b) => b === a || subset(a.nameWords, b.nameWords)));
    if (members.length >= 2 && !plain && q.terms.every((t) => core.has(t)))
      return { kind: 'many', codes: members.slice(0, MAX_OPTIONS).map((c) => c.code), strength: best.evidence };
  }

  let ties = cands.filter(
    (c) =>
      c.coverage >= best.coverage - 0.01 &&
      c.nameCoverage >= best.nameCoverage - 0.01 &&
      weight(c) >= weight(best) * 0.55 &&
      c.nameFit >= best.nameFit - 0.2,
  );
  // Special cases the question does not ask for ("cấp lại", "lưu động") give way to the plain one.
  const fewest = Math.min(...ties.map((c) => c.unasked));
  ties = ties.filter((c) => c.unasked === fewest).sort((a, b) => weight(b) - weight(a));
  const strength = best.evidence * Math.min(1, 0.5 + best.nameFit);
  // Every word of the question is in the procedure's name or aliases: it names it.
  const named = best.nameCoverage >= 0.99;
  const one = (picked: string): Resolution => {
    const code = widerNearer(cw, q, measured, picked);
    // (The wider procedure may not be a candidate of its own: its measure is among all measured.)
    const m = measured.find((c) => c.code === code);
    return {
      kind: 'one',
      code,
      coverage: m?.weightedCoverage ?? 0,
      strength,
      named,
      curated: m?.curated ?? false,
      others: cands
        .filter((c) => c.code !== code)
        .slice(0, 2)
        .map((c) => c.code),
    };
  };
  if (ties.length === 1) return one(ties[0]!.code);
  // The plain procedure the others only extend ("khai tử" vs "khai tử lưu động"), or fit less.
  const base = ties.find((a) => ties.every((b) => b === a || subset(a.nameWords, b.nameWords) || b.nameFit < a.nameFit - 0.1));
  if (base) return one(base.code);
  const top = ties[0]!;
  if (weight(top) >= weight(ties[1]!) * 1.8) return one(top.code);
  // The same procedure at several levels ("… (thực hiện tại cấp tỉnh)" / "(cấp trung ương)"): the one nearest the citizen.
  const heads = new Set(ties.map((c) => levelless(cw.procs.get(c.code)?.name ?? '')));
  if (heads.size === 1) {
    const nearest = [...ties].sort((a, b) => nearness(cw, b.code) - nearness(cw, a.code))[0]!;
    return one(nearest.code);
  }
  // Several fit equally: siblings of one family first.
  const family = top.family;
  const ordered = family ? [...ties.filter((c) => c.family === family), ...ties.filter((c) => c.family !== family)] : ties;
  return { kind: 'many', codes: ordered.slice(0, MAX_OPTIONS).map((c) => c.code), strength };
}

/**
 * Among the options just offered, the one the reply names ("chữ ký", "gia hạn"): only when it
 * covers the reply better than every other option, so a bare repeat of the topic asks again.
 */
export function pickWithin(catalog: Catalog, q: Query, codes: string[]): string | null {
  if (q.terms.length === 0) return null;
  const cw = catalogWords(catalog);
  const ms = codes.map((c) => measure(cw, c, 1, q)).filter((c): c is Candidate => c !== null);
  ms.sort((a, b) => b.coverage - a.coverage || b.nameCoverage - a.nameCoverage || b.nameFit - a.nameFit);
  const [a, b] = ms;
  if (!a || a.coverage < MIN_COVERAGE) return null;
  const tied = (x: Candidate) =>
    x.coverage >= a.coverage - 0.01 && x.nameCoverage >= a.nameCoverage - 0.01 && x.nameFit >= a.nameFit - 0.01;
  if (b && tied(b)) {
    // (The plain procedure the others only extend: "kết hôn" after "đăng ký lại …" options is "đăng ký
    // lại kết hôn", not its twin "… có yếu tố nước ngoài" — round 42, blind 368; we left the options.)
    const ties = ms.filter(tied);
    const base = ties.filter((x) => ties.every((y) => y === x || subset(x.nameWords, y.nameWords)));
    return base.length === 1 ? base[0]!.code : null;
  }
  return a.code;
}

/** Weighted share of the question's telling words a procedure's name and aliases explain (0 when unknown). */
export function coverageOf(catalog: Catalog, q: Query, code: string): number {
  if (q.terms.length === 0) return 0;
  return measure(catalogWords(catalog), code, 1, q)?.coverage ?? 0;
}

/** How telling a question's words are over the whole catalog (generic words count 0). */
export function questionEvidence(catalog: Catalog, terms: string[]): number {
  const cw = catalogWords(catalog);
  return [...new Set(terms)].filter((t) => !NO_EVIDENCE.has(t)).reduce((sum, t) => sum + (cw.idf.get(t) ?? 0), 0);
}

/** A vague question ("làm giấy tờ", "e mún đăng ký"): no telling word at all. */
export function isVague(catalog: Catalog, terms: string[]): boolean {
  return questionEvidence(catalog, terms) < MIN_EVIDENCE;
}

/** Curated procedures whose names share the most of a vague question's words: the options to offer. */
export function vagueOptions(catalog: Catalog, terms: string[]): string[] {
  const cw = catalogWords(catalog);
  const scored: { code: string; score: number }[] = [];
  for (const p of cw.procs.values()) {
    if (!p.curated) continue;
    const d = docWords(cw, p.code);
    if (!d) continue;
    const score = terms.filter((t) => d.names.has(t)).length;
    if (score > 0) scored.push({ code: p.code, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((x) => x.score === top)
    .slice(0, MAX_OPTIONS)
    .map((x) => x.code);
}

/** Debug view of the candidates (for tuning). */
export function explain(catalog: Catalog, q: Query): string {
  const cw = catalogWords(catalog);
  return catalog
    .search(q.text, { limit: 8, offset: 0 })
    .items.map((h) => measure(cw, h.code, h.score, q))
    .filter((c): c is Candidate => c !== null)
    .map(
      (c) =>
        `${c.code} s=${c.score.toFixed(1)} cov=${c.coverage.toFixed(2)} ncov=${c.nameCoverage.toFixed(2)} fit=${c.nameFit.toFixed(2)} mod=${c.unasked} ev=${c.evidence.toFixed(1)} xa=${c.commune}`,
    )
    .join(' | ');
}
