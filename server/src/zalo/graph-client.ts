// Zalo Graph API: the mini app gets a phone token (zmp-sdk getPhoneNumber) and the user's access
// token (getAccessToken); only the server may exchange them, with the app secret:
//   GET {graphBase}/v2.0/me/info  headers access_token, code (the phone token), secret_key
//   → { data: { number: "84912345678" }, error: 0, message: "Success" }  (error ≠ 0: refused).
// Neither the tokens nor the number are ever logged; errors carry Zalo's code only.
import { normalizePhone } from '../feedback/phone.js';

export class ZaloGraphError extends Error {
  constructor(
    /** Zalo's error code, the HTTP status, or -1 (unreachable / unreadable answer). */
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ZaloGraphError';
  }
}

export interface PhoneExchange {
  graphBase: string;
  appSecret: string;
  accessToken: string;
  token: string;
  timeoutMs?: number;
}

/** The user's phone number as 0xxxxxxxxx, or ZaloGraphError when Zalo refuses or cannot be reached. */
export async function exchangePhoneToken(opts: PhoneExchange): Promise<string> {
  let res: Response;
  try {
    res = await fetch(new URL('/v2.0/me/info', opts.graphBase), {
      headers: { access_token: opts.accessToken, code: opts.token, secret_key: opts.appSecret },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
    });
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new ZaloGraphError(-1, timedOut ? 'Zalo Graph API không trả lời kịp' : 'không kết nối được Zalo Graph API');
  }
  const json = (await res.json().catch(() => null)) as { data?: { number?: unknown }; error?: unknown } | null;
  if (!json) throw new ZaloGraphError(res.ok ? -1 : res.status, `Zalo Graph API trả lời không đọc được (HTTP ${res.status})`);
  const error = typeof json.error === 'number' ? json.error : res.ok ? 0 : res.status;
  if (error !== 0) throw new ZaloGraphError(error, `Zalo từ chối đổi mã số điện thoại (lỗi ${error})`);
  const raw = typeof json.data?.number === 'string' ? json.data.number : '';
  const phone = normalizePhone(raw);
  if (!phone) throw new ZaloGraphError(-1, 'Zalo trả về số điện thoại không hợp lệ');
  return phone;
}
