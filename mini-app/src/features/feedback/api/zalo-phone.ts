// POST /api/zalo/phone: the server exchanges Zalo's phone token for the number (it holds the app
// secret). A 502/503 keeps the server's own words ("…vui lòng nhập tay"): the person needs to know
// the field is theirs to fill.
import { apiRequest } from '@/lib/api-client.js';
import type { PhoneGrant } from '@/lib/platform/types.js';
import type { ZaloPhoneResult } from '@/types/api.js';

export const PHONE_FALLBACK = 'Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.';

export async function phoneFromZalo(grant: PhoneGrant, timeoutMs = 15_000): Promise<string> {
  const { phone } = await apiRequest<ZaloPhoneResult>('/zalo/phone', {
    method: 'POST',
    json: grant,
    timeoutMs,
    messages: { network: PHONE_FALLBACK, server: PHONE_FALLBACK, notFound: PHONE_FALLBACK, invalid: PHONE_FALLBACK, serverDetail: true },
  });
  return phone;
}
