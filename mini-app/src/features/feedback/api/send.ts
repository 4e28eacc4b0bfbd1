// POSTs for the feedback screens (the shared client only GETs). Same rules as apiGet: a timeout,
// problem+json → FeedbackApiError with the server's Vietnamese detail and its per-field errors.
import { apiUrl } from '@/lib/api-client.js';

export interface FieldProblem {
  /** e.g. "body.sender.phone" */
  path: string;
  message: string;
}

export class FeedbackApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** true when the server never answered or failed (offline, timeout, 5xx): the same request may be sent again */
    readonly retryable: boolean,
    readonly fieldErrors: FieldProblem[] = [],
    /** The problem's machine-readable code, e.g. "form_token" (fetch a new form token). */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'FeedbackApiError';
  }
}

const NETWORK = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi bấm "Thử lại".';

export async function send<T>(
  method: 'GET' | 'POST',
  path: string,
  opts: {
    json?: unknown;
    form?: FormData;
    headers?: Record<string, string>;
    query?: Record<string, string>;
    timeoutMs?: number;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 20_000);
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
    res = await fetch(apiUrl(path, opts.query), { method, headers, body, signal: controller.signal });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new FeedbackApiError(NETWORK, 0, true);
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
    // not problem+json
  }
  if (res.status >= 500) throw new FeedbackApiError('Máy chủ đang gặp sự cố. Vui lòng bấm "Thử lại" sau ít phút.', res.status, true);
  if (res.status === 404 && !detail) detail = 'Không tìm thấy.';
  throw new FeedbackApiError(detail || 'Yêu cầu chưa hợp lệ. Vui lòng kiểm tra lại.', res.status, false, fieldErrors, code);
}
