// The one API client: base URL from config, JSON (or a form) in, JSON out; a problem+json answer or
// a dead network becomes ApiError with a Vietnamese message (the server's `detail` for a 4xx, the
// screen's own words otherwise); a timeout so a dead network shows an error. Response types come
// from the server's schemas (server/src/contract, via @/types/api).
import { env } from '@/config/env.js';

export interface FieldProblem {
  /** e.g. "body.sender.phone" */
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** true when the server never answered (offline, timeout) */
    readonly network: boolean,
    readonly fieldErrors: FieldProblem[] = [],
    /** The problem's machine-readable code, e.g. "form_token" (fetch a new form token). */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The same request may be sent again: the server never answered or failed (offline, timeout, 5xx). */
  get retryable(): boolean {
    return this.network || this.status >= 500;
  }
}

/** The words a screen shows when the server gives none of its own. */
export interface ApiMessages {
  /** offline or timed out */
  network: string;
  /** 5xx */
  server: string;
  /** 404 without a detail */
  notFound: string;
  /** another 4xx without a detail */
  invalid: string;
  /** true: a 5xx shows the server's detail when it has one (e.g. "…vui lòng nhập tay") */
  serverDetail?: boolean;
}

export const DEFAULT_MESSAGES: ApiMessages = {
  network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  server: 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  notFound: 'Không tìm thấy nội dung này.',
  invalid: 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
};

type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Query;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** default 15 s */
  timeoutMs?: number;
  signal?: AbortSignal;
  messages?: Partial<ApiMessages>;
}

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${env.apiBaseUrl}/api${path}${qs ? `?${qs}` : ''}`;
}

export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const words = { ...DEFAULT_MESSAGES, ...opts.messages };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort);
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) {
    body = opts.form;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), { method: opts.method ?? 'GET', headers, body, signal: controller.signal });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new ApiError(words.network, 0, true);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  if (res.ok) return (await res.json()) as T;
  let detail = '';
  let fieldErrors: FieldProblem[] = [];
  let code: string | null = null;
  try {
    const problem = (await res.json()) as { detail?: unknown; errors?: unknown; code?: unknown };
    if (typeof problem.detail === 'string') detail = problem.detail;
    if (typeof problem.code === 'string') code = problem.code;
    if (Array.isArray(problem.errors)) {
      fieldErrors = problem.errors.filter((e): e is FieldProblem => typeof e?.path === 'string' && typeof e?.message === 'string');
    }
  } catch {
    // not problem+json: the screen's own words below
  }
  if (res.status >= 500) throw new ApiError((words.serverDetail && detail) || words.server, res.status, false);
  const fallback = res.status === 404 ? words.notFound : words.invalid;
  throw new ApiError(detail || fallback, res.status, false, fieldErrors, code);
}

export const apiGet = <T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> => apiRequest<T>(path, { query, signal });
