// In-memory procedure search (ARCHITECTURE.md › Search). Built once from content; rebuilt when
// content changes. Queries are synchronous and reuse preallocated buffers, so they allocate little.

import { fold } from '../text/normalize.js';
import { buildIndex } from './build.js';
import { compileFillers, compileSynonyms, FILLER_WORDS, parseQuery, type QueryContext } from './query.js';
import type { IndexOptions, ProcedureIndex, SearchDoc, SearchHit, SearchOptions, SearchResult } from './types.js';
import { TypoIndex } from './typo.js';

export { FILLER_WORDS } from './query.js';
export type { IndexOptions, ProcedureIndex, SearchDoc, SearchHit, SearchOptions, SearchResult, SearchSynonym } from './types.js';

// Words that make a procedure a variant of a base one ("Xóa đăng ký tạm trú", "Đăng ký lại
// kết hôn", "Gia hạn giấy phép …"). Someone typing "đăng ký tạm trú" means the base procedure,
// so a variant whose marker the query (with its synonym expansions) does not mention ranks lower.
const VARIANT_MARKERS = [
  'xoa',
  'lai',
  'gia han',
  'thay doi',
  'cham dut',
  'tam ngung',
  'dieu chinh',
  'cai chinh',
  'yeu to nuoc ngoai',
  'huy',
  'cap doi',
];
const markerPatterns = VARIANT_MARKERS.map((m) => new RegExp(`(?:^| )${m}(?: |$)`));
const foldedWords = (s: string) =>
  ` ${fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
const markersOf = (s: string): number => {
  const text = foldedWords(s);
  let bits = 0;
  markerPatterns.forEach((re, i) => {
    if (re.test(text)) bits |= 1 << i;
  });
  return bits;
};

/** Terms whose IDF is below this share of the query's rarest term are not walked. */
const NEGLIGIBLE_IDF = 0.05;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

export function createProcedureIndex(docs: readonly SearchDoc[], opts: IndexOptions = {}): ProcedureIndex {
  const built = buildIndex(docs);
  const n = docs.length;
  const curatedBoost = opts.curatedBoost ?? 1.15;
  const minRelative = opts.minRelativeScore ?? 0.12;
  const variantPenalty = opts.variantPenalty ?? 0.7;

  // Typo vocabulary: words of names, aliases, situations, field and document names (letters only).
  // Full-text-only words are left out: flattened portal tables glue words together ("quyềncơ"),
  // and such junk must never be offered as a correction.
  const typos = new TypoIndex();
  for (const [word, id] of built.foldDict) {
    if (word.length < 3 || word.length > 20 || /\d/.test(word)) continue;
    if (built.foldInShortField.has(id)) typos.add(word);
  }
  const ctx: QueryContext = {
    index: built,
    typos,
    synonyms: compileSynonyms(opts.synonyms ?? []),
    fillers: compileFillers(opts.fillers ?? FILLER_WORDS),
  };

  // Per-doc facts used by filters and ordering.
  const codes = docs.map((d) => d.code);
  const boost = Float64Array.from(docs, (d) => (d.curated ? curatedBoost : 1));
  const variantMarkers = Int32Array.from(docs, (d) => markersOf(d.name));
  const idf = Float64Array.from(built.df, (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  const byName = Int32Array.from(docs.keys()).sort((a, b) => collator.compare(docs[a]!.name, docs[b]!.name) || a - b);
  const nameRank = new Int32Array(n);
  byName.forEach((d, rank) => {
    nameRank[d] = rank;
  });
  const fieldOf = docs.map((d) => d.field);
  const levelsOf = docs.map((d) => new Set(d.levels));
  const passes = (d: number, o: SearchOptions): boolean =>
    (o.field === undefined || fieldOf[d] === o.field) && (o.level === undefined || levelsOf[d]!.has(o.level));

  // Scratch buffers reused by every query (search is synchronous, so no sharing issues).
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const hits = new Int32Array(n);

  function page(
    ids: ArrayLike<number>,
    count: number,
    scoreOf: (d: number) => number,
    o: SearchOptions,
    highlights: string[],
  ): SearchResult {
    const { offset, limit } = paging(o);
    const items: SearchHit[] = [];
    for (let i = offset; i < Math.min(count, offset + limit); i++) {
      const d = ids[i]!;
      items.push({ code: codes[d]!, score: Math.round(scoreOf(d) * 1000) / 1000 });
    }
    return { items, total: count, highlights };
  }

  function listByName(o: SearchOptions): SearchResult {
    let count = 0;
    for (const d of byName) if (passes(d, o)) hits[count++] = d;
    return page(hits, count, () => 0, o, []);
  }

  function search(q: string, o: SearchOptions = {}): SearchResult {
    const parsed = parseQuery(ctx, q);
    if (parsed.empty) return listByName(o);

    // A word in nearly every procedure ("giấy", "cấp" …) has an IDF near zero: walking its long
    // postings changes no ranking, so when rarer query terms carry the signal it is skipped.
    let maxIdf = 0;
    for (const { id } of parsed.terms) maxIdf = Math.max(maxIdf, idf[id]!);
    const minIdf = maxIdf * NEGLIGIBLE_IDF;

    let nTouched = 0;
    for (const { id, weight } of parsed.terms) {
      if (idf[id]! < minIdf) continue;
      const end = built.offsets[id + 1]!;
      for (let p = built.offsets[id]!; p < end; p++) {
        const d = built.docs[p]!;
        if (acc[d] === 0) touched[nTouched++] = d;
        acc[d]! += weight * built.scores[p]!;
      }
    }

    const asked = markersOf(`${q} ${parsed.highlights.join(' ')}`);
    let count = 0;
    let best = 0;
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i]!;
      if (!passes(d, o)) {
        acc[d] = 0;
        continue;
      }
      const unasked = variantMarkers[d]! & ~asked;
      const s = acc[d]! * boost[d]! * (unasked ? variantPenalty : 1);
      acc[d] = s;
      if (s > best) best = s;
      hits[count++] = d;
    }
    // Drop the long tail of docs that only share a common word with the query.
    const cutoff = best * minRelative;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const d = hits[i]!;
      if (acc[d]! >= cutoff) hits[kept++] = d;
      else acc[d] = 0;
    }
    const ranked = hits.subarray(0, kept).sort((a, b) => acc[b]! - acc[a]! || nameRank[a]! - nameRank[b]!);
    const result = page(ranked, kept, (d) => acc[d]!, o, parsed.highlights);
    for (let i = 0; i < kept; i++) acc[ranked[i]!] = 0;
    return result;
  }

  return {
    search,
    highlightTerms: (q: string) => parseQuery(ctx, q).highlights,
    get size() {
      return n;
    },
  };
}

function paging(o: SearchOptions): { offset: number; limit: number } {
  const limit = Math.min(Math.max(Math.trunc(o.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const offset = Math.max(Math.trunc(o.offset ?? 0), 0);
  return { offset, limit };
}
