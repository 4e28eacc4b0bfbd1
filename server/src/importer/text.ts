// Small text helpers for the national importer. Kept private to the importer on purpose:
// the shared search normalizer lives in server/src/text/normalize.ts.

/** The portal's placeholder for "nothing shown for this field". */
export const NO_INFO = 'Không có thông tin';

/** Collapse runs of spaces/tabs, trim each line, drop blank lines at the ends. */
export function clean(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True for missing text, the portal's "Không có thông tin", or bare dashes ("--"). */
export function isEmptyText(s: string | null | undefined): boolean {
  if (s === null || s === undefined) return true;
  const t = s.trim();
  return t === '' || t === NO_INFO || /^-+$/.test(t);
}

/** Cleaned text, or null when the portal shows nothing. */
export function textOrNull(s: unknown): string | null {
  if (typeof s !== 'string' || isEmptyText(s)) return null;
  const t = clean(s);
  return t === '' ? null : t;
}

/** Strip diacritics (NFD, drop combining marks), đ→d, lower case. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** "Đăng ký, quản lý cư trú" → "dang-ky-quan-ly-cu-tru". */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Index of the parenthesis closing the one at `open`, or -1 when the text never closes it. */
export function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
