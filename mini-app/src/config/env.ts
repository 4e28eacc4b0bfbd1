// Front-end configuration, read once at startup. In Zalo the app is served from Zalo's
// CDN, so the API base URL must point at our server; served at /app/ it stays same-origin.

function parseApiBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
    return url.href.replace(/\/+$/, '');
  } catch {
    throw new Error(`VITE_API_BASE_URL không hợp lệ: "${value}" (cần dạng https://máy-chủ.vn)`);
  }
}

export const env = {
  /** '' = same origin as the page (served by our server at /app/). */
  apiBaseUrl: parseApiBaseUrl(import.meta.env.VITE_API_BASE_URL as string | undefined),
  /** Zalo Official Account id, for "Quan tâm OA"; empty hides the button. */
  oaId: ((import.meta.env.VITE_ZALO_OA_ID as string | undefined) ?? '').trim(),
} as const;
