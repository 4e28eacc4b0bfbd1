// The one API client: base URL from config, JSON in, problem+json errors out as ApiError
// with the server's Vietnamese `detail`, and a timeout so a dead network shows an error.
import { env } from '@/config/env.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** true when the server never answered (offline, timeout) */
    readonly network: boolean,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TIMEOUT_MS = 15_000;

export function apiUrl(path: string, query?: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${env.apiBaseUrl}/api${path}${qs ? `?${qs}` : ''}`;
}

export async function apiGet<T>(
  path: string,
  query?: Record<string, string | number | undefined | null>,
  signal?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { headers: { accept: 'application/json' }, signal: controller.signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.', 0, true);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (!res.ok) {
    let detail = '';
    try {
      const body = (await res.json()) as { detail?: unknown; title?: unknown };
      if (typeof body.detail === 'string') detail = body.detail;
    } catch {
      // not problem+json: use the generic text below
    }
    const fallback = res.status === 404 ? 'Không tìm thấy nội dung này.' : 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.';
    throw new ApiError(res.status >= 500 ? fallback : detail || fallback, res.status, false);
  }
  return (await res.json()) as T;
}
