// What a citizen typed, made safe to show editors: e-mail addresses, phone numbers and ID
// numbers (any run of 7 or more digits, spaces, dots or dashes allowed between them) are
// replaced before the text is stored; the text is also folded to one line and trimmed.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const LONG_NUMBER = /\+?\d(?:[\s.-]?\d){6,}/g;
export const MAX_GAP_TEXT = 200;

export function maskPersonal(text: string): string {
  return text.replace(EMAIL, '[email]').replace(LONG_NUMBER, '[số]');
}

/** The form a question is stored and grouped in: masked, one line, lower case, at most 200 characters. */
export function gapText(text: string): string {
  return maskPersonal(text).replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi').slice(0, MAX_GAP_TEXT);
}
