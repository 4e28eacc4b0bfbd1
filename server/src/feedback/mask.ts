// Personal data masked before anything is published: phone numbers, e-mail addresses, ID numbers
// (CMND 9 digits, CCCD 12 digits, any long run of digits) and the sender's own name and address,
// found with or without diacritics. Masking is applied to the staff preview and again to what
// staff finally publish, so an edit cannot put a number back.
import { fold } from '../text/normalize.js';

export const MASKS = {
  email: '[email đã ẩn]',
  phone: '[số điện thoại đã ẩn]',
  id: '[số giấy tờ đã ẩn]',
  name: '[người gửi]',
  address: '[địa chỉ đã ẩn]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Vietnamese phones: +84 / 84 / 0, then 9–10 digits, with spaces, dots or dashes between groups.
const PHONE = /(?<![\p{N}])(?:\+?84|0)(?:[\s.-]?\d){9,10}(?![\p{N}])/gu;
// Identity numbers and other long digit runs (9 digits or more, optionally grouped by spaces/dots).
const LONG_NUMBER = /(?<![\p{N}])\d(?:[\s.]?\d){8,}(?![\p{N}])/gu;

/** Folds one character at a time, so indices in the folded text match the original. */
const foldEach = (s: string) => [...s].map((c) => fold(c).charAt(0) || c).join('');

function maskPhrase(text: string, phrase: string | null | undefined, mask: (found: string) => string): { text: string; n: number } {
  const p = phrase?.trim();
  if (!p || p.length < 3) return { text, n: 0 };
  // Index arithmetic needs one UTF-16 unit per character on both sides: compare on code points.
  const chars = [...text];
  const hay = foldEach(text);
  const needle = foldEach(p);
  const hayChars = [...hay];
  const needleLen = [...needle].length;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < chars.length) {
    const here = hayChars.slice(i, i + needleLen).join('');
    const before = i === 0 ? ' ' : (hayChars[i - 1] ?? ' ');
    const after = hayChars[i + needleLen] ?? ' ';
    if (here === needle && !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      out += mask(chars.slice(i, i + needleLen).join(''));
      i += needleLen;
      n++;
    } else {
      out += chars[i];
      i++;
    }
  }
  return { text: out, n };
}

const TITLES = ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em'];

export interface MaskContext {
  senderName?: string | null;
  senderAddress?: string | null;
}

/** The text with personal data replaced, and how many places were masked. */
export function maskPersonalData(input: string, ctx: MaskContext = {}): { text: string; masked: number } {
  let masked = 0;
  const count = (mask: string) => () => {
    masked++;
    return mask;
  };
  let text = input.replace(EMAIL, count(MASKS.email));
  text = text.replace(PHONE, count(MASKS.phone));
  text = text.replace(LONG_NUMBER, count(MASKS.id));
  const name = ctx.senderName?.trim();
  const given = name && name.split(/\s+/).length > 1 ? name.split(/\s+/).at(-1) : null;
  const phrases: [string | null | undefined, (found: string) => string][] = [
    [ctx.senderAddress, () => MASKS.address],
    [name, () => MASKS.name],
    // The given name after a form of address ("ông An", "Chị Lan"): how answers name people.
    ...TITLES.map((t): [string | null, (found: string) => string] => [
      given ? `${t} ${given}` : null,
      (found) => `${found.split(/\s+/)[0]} ${MASKS.name}`,
    ]),
  ];
  for (const [phrase, mask] of phrases) {
    const r = maskPhrase(text, phrase, mask);
    text = r.text;
    masked += r.n;
  }
  return { text, masked };
}
