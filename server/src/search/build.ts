// Index construction: BM25 per field, summed with field weights, precomputed per (term, doc),
// so a query is only a few typed-array walks. Terms are words in two forms (accented, folded)
// and adjacent-word pairs (bigrams) in both forms, which give phrases like "khai sinh" a bonus.
import { canonicalSpelling, fold } from '../text/normalize.js';
import { PairMap } from './pair-map.js';
import { scanWords, WordTable } from './scan.js';
import type { SearchDoc } from './types.js';

/** Field weights and BM25 length normalisation: name ≫ aliases/situations > field name > documents > full text. */
export const FIELDS = [
  { name: 'code', weight: 8, b: 0 },
  { name: 'name', weight: 10, b: 0.5 },
  { name: 'aliases', weight: 6, b: 0.5 },
  { name: 'situations', weight: 5, b: 0.5 },
  { name: 'fieldName', weight: 3, b: 0.3 },
  { name: 'documents', weight: 1.5, b: 0.75 },
  { name: 'fullText', weight: 0.6, b: 0.75 },
] as const;
const F = FIELDS.length;
const FULL_TEXT = F - 1;
const K1 = 1.2;

/** Growable Int32Array. */
class IntBuf {
  a = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

export interface BuiltIndex {
  n: number;
  /** Accented word (canonical spelling) → term id. */
  accDict: Map<string, number>;
  /** Folded word → term id. */
  foldDict: Map<string, number>;
  /** (accId, accId) → bigram term id; likewise for folded ids. */
  accBigrams: PairMap;
  foldBigrams: PairMap;
  /** Postings of term t: docs/scores[offsets[t] .. offsets[t+1]). */
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
  /** Number of docs containing the term. */
  df: Int32Array;
  /** Terms seen outside the full text (names, aliases …): such folded words are trusted as real words. */
  foldInShortField: Set<number>;
  /** Folded term id → most frequent accented spelling, for highlighting. */
  displayForm: Map<number, string>;
}

function fieldTexts(doc: SearchDoc): (readonly string[])[] {
  const codeVariants = [doc.code, doc.code.replace(/\./g, '')];
  return [
    codeVariants,
    [doc.name],
    doc.aliases,
    doc.situations,
    doc.fieldName ? [doc.fieldName] : [],
    doc.documents,
    doc.fullText ? [doc.fullText] : [],
  ];
}

export function buildIndex(docs: readonly SearchDoc[]): BuiltIndex {
  const n = docs.length;
  const accDict = new Map<string, number>();
  const foldDict = new Map<string, number>();
  const accBigrams = new PairMap();
  const foldBigrams = new PairMap();
  const table = new WordTable();
  // Raw word id → accented / folded term id. Words without diacritics get no accented term: a
  // query uses the accented form only for words with diacritics, so it would duplicate the folded one.
  const rawAcc = new IntBuf();
  const rawFold = new IntBuf();
  let df = new Int32Array(1 << 16);
  let lastDoc = new Int32Array(1 << 16).fill(-1);
  let tf = new Int32Array(1 << 16);
  let nextId = 0;

  const newId = (): number => {
    if (nextId === df.length) {
      const grow = (a: Int32Array, fill: number) => {
        const b = new Int32Array(a.length * 2).fill(fill);
        b.set(a);
        return b;
      };
      df = grow(df, 0);
      lastDoc = grow(lastDoc, -1);
      tf = grow(tf, 0);
    }
    return nextId++;
  };
  const termId = (dict: Map<string, number>, key: string): number => {
    let id = dict.get(key);
    if (id === undefined) {
      id = newId();
      dict.set(key, id);
    }
    return id;
  };

  // Pass 1: per (doc, field), the distinct terms with their frequencies; field lengths; df.
  const pairTerm = new IntBuf();
  const pairTf = new IntBuf();
  const pairOff = new Int32Array(n * F + 1);
  const fieldLen = new Int32Array(n * F);
  const foldInShortField = new Set<number>();
  let touched = new Int32Array(1 << 12);
  let nTouched = 0;
  let prevAcc = -1;
  let prevFold = -1;
  let k = 0; // current (doc, field)
  const count = (t: number): void => {
    if (tf[t]!++ === 0) {
      if (nTouched === touched.length) {
        const b = new Int32Array(touched.length * 2);
        b.set(touched);
        touched = b;
      }
      touched[nTouched++] = t;
    }
  };
  const onWord = (raw: number): void => {
    if (raw === rawFold.n) {
      const acc = canonicalSpelling(table.words[raw]!.normalize('NFC').toLowerCase());
      const folded = fold(acc);
      rawAcc.push(folded === acc ? -1 : termId(accDict, acc));
      rawFold.push(termId(foldDict, folded));
    }
    const a = rawAcc.a[raw]!;
    const f = rawFold.a[raw]!;
    count(f);
    if (a >= 0) count(a);
    if (prevFold >= 0) {
      let b = foldBigrams.getOrAdd(prevFold, f, nextId);
      if (b === nextId) b = newId();
      count(b);
      // Accented bigrams only in the short fields: in long full text they cost a third of the build for little.
      if (prevAcc >= 0 && a >= 0 && k % F !== FULL_TEXT) {
        b = accBigrams.getOrAdd(prevAcc, a, nextId);
        if (b === nextId) b = newId();
        count(b);
      }
    }
    prevAcc = a;
    prevFold = f;
    fieldLen[k]!++;
  };
  const onBreak = (): void => {
    prevFold = -1;
    prevAcc = -1;
  };
  for (let d = 0; d < n; d++) {
    const texts = fieldTexts(docs[d]!);
    for (let f = 0; f < F; f++) {
      k = d * F + f;
      pairOff[k] = pairTerm.n;
      for (const text of texts[f]!) {
        onBreak();
        // Case and Unicode form are normalized once per distinct word (in onWord), not per text.
        scanWords(text, table, onWord, onBreak);
      }
      for (let j = 0; j < nTouched; j++) {
        const t = touched[j]!;
        pairTerm.push(t);
        pairTf.push(tf[t]!);
        tf[t] = 0;
        if (lastDoc[t] !== d) {
          lastDoc[t] = d;
          df[t]!++;
        }
        if (f !== FULL_TEXT) foldInShortField.add(t);
      }
      nTouched = 0;
    }
  }
  pairOff[n * F] = pairTerm.n;
  const V = nextId;

  // Average field lengths over docs that have the field.
  const avgLen = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    let sum = 0;
    let cnt = 0;
    for (let i = f; i < n * F; i += F) {
      if (fieldLen[i]! > 0) {
        sum += fieldLen[i]!;
        cnt++;
      }
    }
    avgLen[f] = cnt ? sum / cnt : 1;
  }

  const idf = new Float64Array(V);
  const offsets = new Int32Array(V + 1);
  for (let t = 0; t < V; t++) {
    idf[t] = Math.log(1 + (n - df[t]! + 0.5) / (df[t]! + 0.5));
    offsets[t + 1] = offsets[t]! + df[t]!;
  }
  const postDocs = new Int32Array(offsets[V]!);
  const postScores = new Float32Array(offsets[V]!);
  const cursor = offsets.slice(0, V);

  // Pass 2: per doc, per field BM25 contributions summed per term, appended to postings.
  const occurrences = new Int32Array(V); // over the whole corpus, for display forms
  const docScore = new Float64Array(V);
  const docTouched = new Int32Array(V);
  for (let d = 0; d < n; d++) {
    let nDoc = 0;
    for (let f = 0; f < F; f++) {
      const k = d * F + f;
      const len = fieldLen[k]!;
      if (len === 0) continue;
      const { weight, b } = FIELDS[f]!;
      const norm = K1 * (1 - b + (b * len) / avgLen[f]!);
      for (let j = pairOff[k]!; j < pairOff[k + 1]!; j++) {
        const t = pairTerm.a[j]!;
        const c = pairTf.a[j]!;
        occurrences[t]! += c;
        if (docScore[t] === 0) docTouched[nDoc++] = t;
        docScore[t]! += (weight * idf[t]! * c * (K1 + 1)) / (c + norm);
      }
    }
    for (let j = 0; j < nDoc; j++) {
      const t = docTouched[j]!;
      const slot = cursor[t]!++;
      postDocs[slot] = d;
      postScores[slot] = docScore[t]!;
      docScore[t] = 0;
    }
  }

  return {
    n,
    accDict,
    foldDict,
    accBigrams,
    foldBigrams,
    offsets,
    docs: postDocs,
    scores: postScores,
    df: df.slice(0, V),
    foldInShortField,
    displayForm: displayForms(accDict, foldDict, occurrences),
  };
}

/** Folded word → its most frequent spelling in the corpus (with or without diacritics). */
function displayForms(accDict: Map<string, number>, foldDict: Map<string, number>, occurrences: Int32Array): Map<number, string> {
  const best = new Map<number, number>();
  const out = new Map<number, string>();
  // Occurrences of the folded term count every spelling; what the marked spellings leave is the plain one.
  const plain = new Map<number, number>();
  for (const [, f] of foldDict) plain.set(f, occurrences[f]!);
  for (const [word, a] of accDict) {
    const f = foldDict.get(fold(word))!;
    plain.set(f, plain.get(f)! - occurrences[a]!);
    if ((best.get(f) ?? -1) < occurrences[a]!) {
      best.set(f, occurrences[a]!);
      out.set(f, word);
    }
  }
  for (const [word, f] of foldDict) {
    if ((best.get(f) ?? -1) < plain.get(f)!) out.set(f, word);
  }
  return out;
}
