// The console's one API client: JSON in and out, the CSRF header on every request, the session
// cookie; a problem+json answer (or no answer) becomes ApiError with the server's Vietnamese
// message and its per-field errors. A 401 outside the sign-in form ends the session on screen.
// Response types come from the server's contract (@contract/staff), passed as T by each caller.

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's words for people (or ours when it gave none). */
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export const SIGNED_OUT_EVENT = 'console:signed-out';

type Query = Record<string, string | number | null | undefined>;

/** "?a=1&b=2" without empty values; "" when nothing is left. */
export const qs = (params: Query): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export async function api<T>(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'cchc-console', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    if (res.status === 401 && !path.endsWith('/login')) window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
    const problem = (data ?? {}) as { detail?: unknown; errors?: unknown };
    const errors = Array.isArray(problem.errors)
      ? problem.errors.filter((e): e is FieldProblem => typeof e?.path === 'string' && typeof e?.message === 'string')
      : [];
    throw new ApiError(res.status, typeof problem.detail === 'string' ? problem.detail : `Máy chủ trả lời lỗi ${res.status}.`, errors);
  }
  return data as T;
}
