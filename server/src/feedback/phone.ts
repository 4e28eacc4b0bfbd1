// Vietnamese phone numbers: mobiles 0[35789]x xxx xxxx, landlines 02xx xxx xxxx; written with
// spaces, dots or dashes, and +84 / 84 instead of the leading 0. Stored normalised as 0xxxxxxxxx.
import { createHash } from 'node:crypto';

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

export function normalizePhone(input: string): string | null {
  let s = input.replace(/[\s.()-]/g, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (s.startsWith('84') && s.length === 11) s = `0${s.slice(2)}`;
  return MOBILE.test(s) || LANDLINE.test(s) ? s : null;
}

/** A stable, non-reversible key for rate limits; the number itself never leaves the request. */
export function phoneKey(phone: string): string {
  return createHash('sha256')
    .update(`cchc-phone:${normalizePhone(phone) ?? phone}`)
    .digest('hex')
    .slice(0, 32);
}
