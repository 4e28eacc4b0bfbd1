// Vietnamese text normalization shared by search and the chatbot.
// Two forms per token: accented (NFC, lower case) and folded (no diacritics, đ→d),
// so "dang ky" and "đăng ký" meet while exact accented matches can still rank higher.
import { ABBREVIATIONS } from './abbreviations.js';

export interface Token {
  /** NFC, lower case, as typed. */
  accented: string;
  /** Diacritics stripped, đ→d, lower case. */
  folded: string;
}

export function nfc(s: string): string {
  return s.normalize('NFC');
}

const ASCII = /^[^\u0080-\uffff]*$/;
const MARKS = /\p{M}+/gu;
const D_STROKE = /[đĐ]/g;

// fold() runs once per distinct word while indexing megabytes of text: memoize short strings.
const foldMemo = new Map<string, string>();
const FOLD_MEMO_MAX = 100_000;

/** Strip diacritics (NFD, drop combining marks), map đ/Đ→d, lower case. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const hit = foldMemo.get(s);
  if (hit !== undefined) return hit;
  const out = s.normalize('NFD').replace(MARKS, '').replace(D_STROKE, 'd').toLowerCase();
  if (s.length <= 40) {
    if (foldMemo.size >= FOLD_MEMO_MAX) foldMemo.clear();
    foldMemo.set(s, out);
  }
  return out;
}

/** True when the word carries any Vietnamese diacritic (including đ). */
export function hasDiacritics(word: string): boolean {
  return !ASCII.test(word) && fold(word) !== word.toLowerCase();
}

// A dotted numeric code (1.001193) stays one token; otherwise runs of letters, marks and digits.
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;

/** NFC, lower case, split on anything that is not a letter or digit; dotted codes stay whole. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of nfc(s).toLowerCase().matchAll(WORD)) out.push({ accented: m[0], folded: fold(m[0]) });
  return out;
}

/** Lower-case NFC words only (cheaper than tokenize when the folded form is not needed). */
export function words(s: string): string[] {
  return nfc(s).toLowerCase().match(WORD) ?? [];
}

// ── Spelling variants ──
// Vietnamese writes the same word two ways in two places; both are correct and both occur in
// official texts, so search treats them as one:
//  - final i/y after a consonant: ký/kí, lý/lí, mỹ/mĩ, quy/qui → the "y" spelling;
//  - tone on oa/oe/uy at the end of a word: hoà/hòa, thuỷ/thủy, khoẻ/khỏe → the "hòa" placement.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const withTone = (base: string, tone: string) => (base + tone).normalize('NFC');
const I_TO_Y = new Map<string, string>([['i', 'y'], ...TONES.map((t): [string, string] => [withTone('i', t), withTone('y', t)])]);
const TONE_MOVES = new Map<string, string>();
for (const [first, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const) {
  for (const t of TONES) TONE_MOVES.set(first + withTone(second, t), withTone(first, t) + second);
}
const CONSONANT_I = /^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)(.)$/u;

/** Canonical spelling of one lower-case NFC word (see the variants above); other words unchanged. */
export function canonicalSpelling(word: string): string {
  if (word.length < 2 || word.length > 7) return word;
  const ci = word.length <= 4 ? CONSONANT_I.exec(word) : null;
  if (ci) {
    const y = I_TO_Y.get(ci[1]!);
    return y ? word.slice(0, -1) + y : word;
  }
  const tail = word.slice(-2);
  const moved = TONE_MOVES.get(tail);
  // "quý" keeps its tone: the u of "qu" belongs to the consonant.
  if (moved && !(tail[0] === 'u' && word[word.length - 3] === 'q')) return word.slice(0, -2) + moved;
  return word;
}

// ── Abbreviations / teen code ──

/**
 * Replace chat abbreviations ("ko", "dc", "ntn", "cccd" …) with full words. A token is replaced
 * only when it is the whole abbreviation; expansions of several words become several tokens.
 */
export function expandAbbreviations(tokens: readonly Token[], map: Readonly<Record<string, string>> = ABBREVIATIONS): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const full = Object.hasOwn(map, tok.accented) ? map[tok.accented] : undefined;
    if (full === undefined) out.push(tok);
    else out.push(...tokenize(full));
  }
  return out;
}
