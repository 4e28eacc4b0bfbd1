// Query understanding: words in two forms, synonym expansion, typo candidates, bigrams,
// turned into a list of (term id, weight) for the scorer.
import { canonicalSpelling, fold, hasDiacritics, words } from '../text/normalize.js';
import type { BuiltIndex } from './build.js';
import type { SearchSynonym } from './types.js';
import type { TypoIndex } from './typo.js';

/**
 * Chat filler words and phrases: still matched, but weigh little. Compared on the accented form
 * only ("cần" is filler, "căn" in "căn cước" is not); phrases so that "làm sao" is filler while
 * "sao" in "bản sao" is not.
 */
export const FILLER_WORDS = [
  'xin',
  'làm',
  'muốn',
  'cần',
  'tôi',
  'mình',
  'em',
  'anh',
  'chị',
  'hỏi',
  'giúp',
  'với',
  'ạ',
  'ơi',
  'nhé',
  'gì',
  'đâu',
  'ở đâu',
  'thế nào',
  'như thế nào',
  'làm sao',
  'bao nhiêu',
  'bao lâu',
  'thủ tục',
  'thì',
  'là',
  'có',
  'không',
  'được',
  'phải',
  'những',
  'các',
  'để',
];

// Weights of the parts of a query term.
const W_ACCENTED = 0.6; // exact accented word, on top of…
const W_FOLDED_OF_ACCENTED = 0.4; // …its folded form, so folded-only matches get 0.4 of an exact one
const W_FILLER = 0.3;
const W_SYNONYM_SOURCE = 0.5; // the words of a matched synonym phrase, next to its meaning
const W_TYPO = [1, 0.6, 0.45]; // by edit distance
const W_BIGRAM = 1;
const MAX_WORDS = 24;
const MAX_TYPO_CANDIDATES = 3;
// Hostile-input caps: the deletion neighbourhood of a word grows with the square of its length
// (a 300-letter made-up word cost ~100 ms), so typo look-ups are for word-sized words only, and
// a query gets a bounded number of them. No Vietnamese syllable is longer than 7 letters; 20
// leaves room for syllables typed together ("khaisinh").
export const MAX_TYPO_WORD_LENGTH = 20;
export const MAX_TYPO_LOOKUPS = 8;

export interface QueryTerm {
  id: number;
  weight: number;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  highlights: string[];
  /** True when no word of the query was usable (the query was empty or punctuation only). */
  empty: boolean;
}

interface QWord {
  typed: string;
  acc: string;
  fold: string;
  accId: number | undefined;
  foldId: number | undefined;
  marked: boolean;
  weight: number;
  filler: boolean;
  /** Folded term ids standing in for the word (itself, or typo corrections) with their weights. */
  alts: { id: number; w: number }[];
}

export interface SynonymRule {
  /** Folded, canonical words of the phrase people say. */
  from: string[];
  /** Words of the meaning, as typed in content. */
  means: string[];
}

export function compileSynonyms(synonyms: readonly SearchSynonym[]): Map<string, SynonymRule[]> {
  const byFirst = new Map<string, SynonymRule[]>();
  for (const s of synonyms) {
    const means = words(s.means);
    for (const term of s.terms) {
      const from = words(term).map((w) => fold(canonicalSpelling(w)));
      if (from.length === 0 || means.length === 0) continue;
      const list = byFirst.get(from[0]!) ?? [];
      list.push({ from, means });
      // Longest phrases first, so "cắt hộ khẩu" wins over "hộ khẩu".
      list.sort((a, b) => b.from.length - a.from.length);
      byFirst.set(from[0]!, list);
    }
  }
  return byFirst;
}

export interface QueryContext {
  index: BuiltIndex;
  typos: TypoIndex;
  synonyms: Map<string, SynonymRule[]>;
  /** Filler phrases (accented words) by their first word, longest first. */
  fillers: Map<string, string[][]>;
}

export function compileFillers(fillers: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const f of fillers) {
    const ws = words(f);
    if (ws.length === 0) continue;
    const list = byFirst.get(ws[0]!) ?? [];
    list.push(ws);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(ws[0]!, list);
  }
  return byFirst;
}

/** What one query may still spend on typo look-ups. */
interface Budget {
  typoLookups: number;
}

function makeWord(ctx: QueryContext, typed: string, weight: number, budget: Budget): QWord {
  const acc = canonicalSpelling(typed);
  const f = fold(acc);
  const accId = ctx.index.accDict.get(acc);
  const foldId = ctx.index.foldDict.get(f);
  // An accented word the corpus never uses (e.g. a wrong tone) is treated like an unaccented one.
  const marked = accId !== undefined && hasDiacritics(acc);
  const word: QWord = { typed, acc, fold: f, accId, foldId, marked, weight, filler: false, alts: [] };
  if (foldId !== undefined) word.alts.push({ id: foldId, w: 1 });
  if (budget.typoLookups > 0 && needsTypoLookup(ctx, word)) {
    budget.typoLookups--;
    const cands = ctx.typos.lookup(f);
    const best = cands[0]?.distance;
    const picked = cands
      .filter((c) => c.distance === best)
      .map((c) => ({ id: ctx.index.foldDict.get(c.word)!, d: c.distance }))
      .sort((a, b) => ctx.index.df[b.id]! - ctx.index.df[a.id]!)
      .slice(0, MAX_TYPO_CANDIDATES);
    for (const c of picked) word.alts.push({ id: c.id, w: W_TYPO[c.d] ?? 0.4 });
  }
  return word;
}

/** Unknown words get typo candidates; so do words seen only once in some page's full text (likely typos there too). */
function needsTypoLookup(ctx: QueryContext, w: QWord): boolean {
  if (w.fold.length < 3 || w.fold.length > MAX_TYPO_WORD_LENGTH || /\d/.test(w.fold)) return false;
  if (w.foldId === undefined) return true;
  return ctx.index.df[w.foldId]! <= 1 && !ctx.index.foldInShortField.has(w.foldId);
}

function addTerm(terms: Map<number, number>, id: number | undefined, weight: number): void {
  if (id === undefined || id < 0 || weight <= 0) return;
  const cur = terms.get(id);
  if (cur === undefined || cur < weight) terms.set(id, weight);
}

/** Unigram and bigram terms of one phrase (the typed query, or one synonym meaning). */
function addPhrase(ctx: QueryContext, terms: Map<number, number>, phrase: QWord[]): void {
  for (const w of phrase) {
    if (w.marked) {
      addTerm(terms, w.accId, W_ACCENTED * w.weight);
      addTerm(terms, w.foldId, W_FOLDED_OF_ACCENTED * w.weight);
      for (const a of w.alts) if (a.id !== w.foldId) addTerm(terms, a.id, a.w * w.weight);
    } else {
      for (const a of w.alts) addTerm(terms, a.id, a.w * w.weight);
    }
  }
  for (let i = 1; i < phrase.length; i++) {
    const x = phrase[i - 1]!;
    const y = phrase[i]!;
    const w = W_BIGRAM * Math.min(x.weight, y.weight);
    if (x.marked && y.marked) {
      addTerm(terms, ctx.index.accBigrams.get(x.accId!, y.accId!), W_ACCENTED * w);
    }
    const foldW = x.marked && y.marked ? W_FOLDED_OF_ACCENTED * w : w;
    for (const a of x.alts) for (const b of y.alts) addTerm(terms, ctx.index.foldBigrams.get(a.id, b.id), foldW * Math.min(a.w, b.w));
  }
}

export function parseQuery(ctx: QueryContext, q: string): ParsedQuery {
  const typed = words(q.slice(0, 300)).slice(0, MAX_WORDS);
  if (typed.length === 0) return { terms: [], highlights: [], empty: true };
  const budget: Budget = { typoLookups: MAX_TYPO_LOOKUPS };
  const phrase = typed.map((t) => makeWord(ctx, t, 1, budget));
  for (let i = 0; i < phrase.length; i++) {
    const filler = ctx.fillers.get(phrase[i]!.typed)?.find((ws) => ws.every((w, j) => phrase[i + j]?.typed === w));
    if (!filler) continue;
    for (let j = 0; j < filler.length; j++) {
      phrase[i + j]!.weight *= W_FILLER;
      phrase[i + j]!.filler = true;
    }
    i += filler.length - 1;
  }
  const expansions: QWord[][] = [];
  for (let i = 0; i < phrase.length; i++) {
    const rule = ctx.synonyms.get(phrase[i]!.fold)?.find((r) => r.from.every((f, j) => phrase[i + j]?.fold === f));
    if (!rule) continue;
    for (let j = 0; j < rule.from.length; j++) phrase[i + j]!.weight *= W_SYNONYM_SOURCE;
    expansions.push(rule.means.map((m) => makeWord(ctx, m, 1, budget)));
    i += rule.from.length - 1;
  }
  const terms = new Map<number, number>();
  addPhrase(ctx, terms, phrase);
  for (const e of expansions) addPhrase(ctx, terms, e);

  const highlights = new Set<string>();
  for (const w of [...phrase, ...expansions.flat()]) {
    if (w.alts.length === 0 || w.filler) continue;
    if (w.foldId !== undefined) highlights.add(w.typed);
    // Typed without diacritics or with a typo: also the spelling the procedures use.
    for (const a of w.alts) {
      if (w.marked && a.id === w.foldId) continue;
      const form = ctx.index.displayForm.get(a.id);
      if (form !== undefined) highlights.add(form);
    }
  }
  return { terms: [...terms].map(([id, weight]) => ({ id, weight })), highlights: [...highlights], empty: false };
}
