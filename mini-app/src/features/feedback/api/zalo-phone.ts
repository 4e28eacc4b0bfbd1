// POST /api/zalo/phone: the server exchanges Zalo's phone token for the number (it holds the app
// secret). Unlike send(), a 502/503 keeps the server's own words ("…vui lòng nhập tay"): the
// person needs to know the field is theirs to fill.
import { apiUrl } from '@/lib/api-client.js';
import type { PhoneGrant } from '@/lib/platform/types.js';

export const PHONE_FALLBACK = 'Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.';

export async function phoneFromZalo(grant: PhoneGrant, timeoutMs = 15_000): Promise<string> {
  let res: Response;
  try {
    res = await fetch(apiUrl('/zalo/phone'), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(grant),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new Error(PHONE_FALLBACK);
  }
  const body = (await res.json().catch(() => null)) as { phone?: unknown; detail?: unknown } | null;
  if (res.ok && typeof body?.phone === 'string') return body.phone;
  throw new Error(typeof body?.detail === 'string' && body.detail ? body.detail : PHONE_FALLBACK);
}
