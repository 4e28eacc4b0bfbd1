// A regular expression source that matches Vietnamese text with or without diacritics:
// "duong" and "đường" both find "Đường". Works in both store adapters ($regex with "i").
import { fold } from '../text/normalize.js';

const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

export function accentInsensitive(q: string): string {
  return [...fold(q.normalize('NFC'))]
    .map((ch) => (VARIANTS[ch] ? `[${VARIANTS[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}
