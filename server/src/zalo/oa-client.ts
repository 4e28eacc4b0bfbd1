// Zalo OA API client: sends customer-service text messages and keeps the access token fresh.
// - POST {apiBase}/v3.0/oa/message/cs with header access_token;
// - refresh via POST {oauthBase}/v4/oa/access_token (form refresh_token, app_id,
//   grant_type=refresh_token; header secret_key) when the token is expired or the API says so
//   (then the send is retried once); the rotated refresh token is stored every time.
// One refresh at a time per process (a refresh token works once); see README for several instances.
import type { ZaloTokenStore } from './token-store.js';

/** Zalo error codes meaning "access token invalid or expired". */
export const EXPIRED_TOKEN_ERRORS = new Set([-216, -124, -220]);
export const ZALO_TEXT_MAX = 2000;
const EARLY_REFRESH_MS = 5 * 60_000;

export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ZaloApiError';
  }
}

export interface OaClientOptions {
  apiBase: string;
  oauthBase: string;
  /** App id and secret: with them (and a refresh token) the access token is refreshed. */
  appId?: string;
  appSecret?: string;
  /** ZALO_OA_ACCESS_TOKEN: used while no refreshed token is stored (and alone when refresh is not configured). */
  staticToken?: string;
  tokens: ZaloTokenStore;
  timeoutMs?: number;
  now?: () => number;
}

export class ZaloOaClient {
  private refreshing: Promise<string> | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: OaClientOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Refresh is configured (app id and secret); the refresh token itself comes from the store or ZALO_OA_REFRESH_TOKEN. */
  get canRefresh(): boolean {
    return !!(this.opts.appId && this.opts.appSecret);
  }

  /** A valid access token, refreshed first when missing or about to expire. */
  async accessToken(): Promise<string> {
    const t = await this.opts.tokens.get();
    if (t.accessToken && t.accessExpiresAt - EARLY_REFRESH_MS > this.now()) return t.accessToken;
    if (this.canRefresh && (t.refreshToken || !this.opts.staticToken)) return this.refresh();
    if (this.opts.staticToken) return this.opts.staticToken;
    throw new ZaloApiError(-1, 'chưa có access token của Zalo OA');
  }

  refresh(): Promise<string> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<string> {
    const t = await this.opts.tokens.get();
    if (!this.canRefresh) throw new ZaloApiError(-1, 'chưa cấu hình làm mới access token của Zalo OA (ZALO_APP_ID, ZALO_APP_SECRET)');
    if (!t.refreshToken) throw new ZaloApiError(-1, 'chưa có refresh token của Zalo OA (ZALO_OA_REFRESH_TOKEN)');
    const res = await fetch(new URL('/v4/oa/access_token', this.opts.oauthBase), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.opts.appSecret ?? '' },
      body: new URLSearchParams({ refresh_token: t.refreshToken, app_id: this.opts.appId ?? '', grant_type: 'refresh_token' }).toString(),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    const json = (await res.json().catch(() => ({}))) as {
      access_token?: string;
      refresh_token?: string;
      expires_in?: string | number;
      error?: number;
      error_name?: string;
    };
    if (!res.ok || !json.access_token || !json.refresh_token) {
      throw new ZaloApiError(
        json.error ?? res.status,
        `làm mới access token thất bại (${json.error ?? res.status} ${json.error_name ?? ''})`.trim(),
      );
    }
    const seconds = Number(json.expires_in ?? 0) || 90_000;
    // Saved before use: the old refresh token is already spent.
    await this.opts.tokens.save({
      accessToken: json.access_token,
      refreshToken: json.refresh_token,
      accessExpiresAt: this.now() + seconds * 1000,
    });
    return json.access_token;
  }

  /** Sends one text (≤ 2000 chars; longer texts are split by the caller with splitText). */
  async sendText(userId: string, text: string): Promise<void> {
    const body = JSON.stringify({ recipient: { user_id: userId }, message: { text: text.slice(0, ZALO_TEXT_MAX) } });
    const first = await this.post(await this.accessToken(), body);
    if (first === 0) return;
    if (!EXPIRED_TOKEN_ERRORS.has(first) || !this.canRefresh) throw new ZaloApiError(first, `Zalo OA từ chối tin nhắn (lỗi ${first})`);
    const again = await this.post(await this.refresh(), body);
    if (again !== 0) throw new ZaloApiError(again, `Zalo OA từ chối tin nhắn sau khi làm mới token (lỗi ${again})`);
  }

  private async post(token: string, body: string): Promise<number> {
    const res = await fetch(new URL('/v3.0/oa/message/cs', this.opts.apiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: token },
      body,
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    const json = (await res.json().catch(() => ({}))) as { error?: number };
    if (res.status === 401) return json.error ?? -216;
    if (typeof json.error === 'number') return json.error;
    return res.ok ? 0 : res.status;
  }
}

/** Splits on line breaks (then spaces) into pieces of at most `max` characters. */
export function splitText(text: string, max = ZALO_TEXT_MAX): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}
