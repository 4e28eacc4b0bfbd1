// One API client: JSON in and out, the CSRF header on every request, problem+json errors
// turned into ApiError with the server's Vietnamese message.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `Lỗi ${status}`);
    this.status = status;
    this.detail = problem?.detail ?? `Máy chủ trả lời lỗi ${status}.`;
    this.errors = problem?.errors ?? [];
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  let res;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'cchc-console', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { detail: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.' });
  }
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    if (res.status === 401 && !path.endsWith('/login')) window.dispatchEvent(new CustomEvent('console:signed-out'));
    throw new ApiError(res.status, data);
  }
  return data;
}

export const qs = (params) => {
  const s = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return s.toString() ? `?${s}` : '';
};
