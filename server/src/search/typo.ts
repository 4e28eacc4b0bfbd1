// Typo tolerance with a deletion neighbourhood (SymSpell): every vocabulary word is stored under
// the strings obtained by deleting up to 1 (2 for long words) characters, once, at index time.
// A query word then needs only its own few deletions looked up, and candidates are verified with
// a real edit distance — no scan over the vocabulary per query.

/** Max edit distance for a word of this length: 1, or 2 from 7 letters on. */
export function maxDistance(len: number): number {
  return len >= 7 ? 2 : 1;
}

function addDeletes(word: string, depth: number, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (out.has(d)) continue;
    out.add(d);
    if (depth > 1 && d.length > 1) addDeletes(d, depth - 1, out);
  }
}

/** All strings reachable from `word` by deleting 1..depth characters. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>();
  addDeletes(word, depth, out);
  return out;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

export interface TypoCandidate {
  word: string;
  distance: number;
}

export class TypoIndex {
  // deletion string → the vocabulary words it came from (a single string in the common case).
  private readonly byDeletion = new Map<string, string | string[]>();
  private readonly words = new Set<string>();

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    for (const d of deletions(word, maxDistance(word.length))) {
      const cur = this.byDeletion.get(d);
      if (cur === undefined) this.byDeletion.set(d, word);
      else if (typeof cur === 'string') this.byDeletion.set(d, [cur, word]);
      else cur.push(word);
    }
  }

  /** Vocabulary words within the allowed distance of `query` (never `query` itself), nearest first. */
  lookup(query: string): TypoCandidate[] {
    const max = maxDistance(query.length);
    const seen = new Set<string>();
    const out: TypoCandidate[] = [];
    const consider = (w: string) => {
      if (w === query || seen.has(w)) return;
      seen.add(w);
      const d = editDistance(query, w, max);
      if (d <= max) out.push({ word: w, distance: d });
    };
    const probe = (key: string) => {
      if (this.words.has(key)) consider(key);
      const hit = this.byDeletion.get(key);
      if (hit === undefined) return;
      if (typeof hit === 'string') consider(hit);
      else for (const w of hit) consider(w);
    };
    probe(query);
    for (const d of deletions(query, max)) probe(d);
    return out.sort((x, y) => x.distance - y.distance);
  }

  get size(): number {
    return this.words.size;
  }
}
