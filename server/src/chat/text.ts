// Chat text: the shared normalization (tokenize, expandAbbreviations from text/normalize.ts)
// plus chat shorthand, giving parallel accented and folded word lists.
import { ABBREVIATIONS } from '../text/abbreviations.js';
import { canonicalSpelling, expandAbbreviations, hasDiacritics, type Token, tokenize } from '../text/normalize.js';
import { CHAT_TEXT_MAX } from './limits.js';
import { CHAT_ABBREVIATIONS } from './vocabulary.js';

const ALL_ABBREVIATIONS: Readonly<Record<string, string>> = { ...ABBREVIATIONS, ...CHAT_ABBREVIATIONS };

export interface ChatText {
  /** Lower-case NFC words after abbreviation expansion. */
  accented: string[];
  /** The same words folded (no diacritics, đ→d). */
  folded: string[];
  /** Folded words joined by single spaces, for phrase and pattern matching. */
  joined: string;
}

/**
 * "so hong" typed without marks after "sổ" is the pink land book ("sổ hồng"), not "sổ không": the
 * chat shorthand "hong" (hông = không) is not read there (round 34's tryout: "so hong mat" was declined).
 */
function landBook(tokens: Token[]): Token[] {
  return tokens.map((t, i) => (t.accented === 'hong' && tokens[i - 1]?.folded === 'so' ? { accented: 'hồng', folded: 'hong' } : t));
}

/** What "bh" insures when it is said ("bh xã hội", "bh y tế", "bh xe"): not the teencode "bao giờ". */
const INSURED = new Set(['xa', 'xh', 'y', 'yt', 'that', 'tn', 'xe', 'nhan', 'tai']);
/**
 * "bh" before what insurance covers is "bảo hiểm" ("ad cho e hoi bh xa hoi 1 lan thi lam sao" was declined, read
 * as "bao giờ xã hội"; round 53's tryout).
 */
function insurance(tokens: Token[]): Token[] {
  return tokens.flatMap((t, i) => (t.folded === 'bh' && INSURED.has(tokens[i + 1]?.folded ?? '') ? tokenize('bảo hiểm') : [t]));
}

export function chatText(raw: string): ChatText {
  // Tracking codes are matched on the raw text; digits stay words.
  const tokens = expandAbbreviations(insurance(landBook(tokenize(raw.slice(0, CHAT_TEXT_MAX)))), ALL_ABBREVIATIONS);
  const accented = tokens.map((t) => canonicalSpelling(t.accented));
  const folded = tokens.map((t) => t.folded);
  return { accented, folded, joined: folded.join(' ') };
}

export function typedWithAccents(word: string): boolean {
  return hasDiacritics(word);
}

/** Whole-word phrase test on a folded, space-joined text. */
export function hasPhrase(joined: string, phrase: string): boolean {
  return ` ${joined} `.includes(` ${phrase} `);
}
