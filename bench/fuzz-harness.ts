// Hostile requests against every route of a running app: route list from the app's own OpenAPI
// document plus the hidden ones; for each, broken and hostile path parameters, query strings,
// bodies and headers, signed out and signed in as an administrator (with the CSRF header).
// Counts answers by status; any 5xx is a failure (bad input must be a clear 4xx).

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}
export type Send = (r: FuzzRequest) => Promise<{ status: number; body: string }>;

export interface FuzzResult {
  routes: number;
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: { method: string; url: string; status: number; body: string }[];
  /** Object.prototype got a property from a request body. */
  polluted: boolean;
}

const HIDDEN_ROUTES = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/app' },
  { method: 'GET', path: '/console' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/readyz' },
  { method: 'GET', path: '/console/{file}' },
  { method: 'GET', path: '/app/{file}' },
];

const PARAMS = [
  'x',
  'PA-2026-000001',
  'pa-2026-000001',
  'YC-000000000000',
  'A'.repeat(5000),
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%E0%A4%A',
  "'%20OR%201%3D1%20--",
  '%7B%22%24gt%22%3A%22%22%7D',
  '%F0%9F%99%82',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  '00000000-0000-4000-8000-000000000000',
];

const QUERIES = [
  '',
  `?q=${'đ'.repeat(3000)}`,
  '?limit=-1&offset=abc',
  '?limit=1e9&offset=-5',
  '?a[$ne]=1&q[$regex]=.*',
  '?q=1&q=2&q=3',
  '?phoneLast4=abcd',
  '?phoneLast4=1234&phoneLast4=5678',
  '?status=%00&due=xx',
  `?${'&'.repeat(2000)}`,
  '?start_date=hom-qua&end_date=9999-99-99',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '?api_key=%FF%FE',
];

const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const JSON_BODIES: (string | Buffer)[] = [
  '',
  '{',
  'null',
  '[]',
  '"chuỗi"',
  '123',
  'true',
  deep(3000),
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  JSON.stringify({ text: 'x'.repeat(900_000) }),
  JSON.stringify({ text: 'x'.repeat(2_000_000) }),
  JSON.stringify({ kind: 1, subject: [], content: {}, communeCode: null, sender: 'x', consent: true, publish: 'yes' }),
  JSON.stringify({
    kind: 'phan_anh',
    subject: { $gt: '' },
    content: 'Nội dung đủ dài để qua kiểm tra độ dài.',
    communeCode: { $ne: null },
    sender: { name: 'A', phone: { $gt: '' }, address: 'B' },
    consent: { accepted: true, version: 'pakn-2026-01' },
    publish: false,
    attachments: ['../../etc/passwd', { $gt: '' }],
    location: { lat: 'HUGE', lng: 'NaN' },
  }).replace('"HUGE"', '1e309'), // a number JSON can write but a double cannot hold
  JSON.stringify({ username: 'admin', password: { $ne: '' }, text: '<script>alert(1)</script>', stars: 'HUGE', publish: 'true' }).replace(
    '"HUGE"',
    '1e309',
  ),
  JSON.stringify({ eraseCode: 'A'.repeat(40), phoneLast4: '12345', stars: -1, solved: 'no' }),
  JSON.stringify({ units: 'all', roles: ['root'], channels: [{ type: 'webhook', url: 'file:///etc/passwd', secretEnv: '' }] }),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), // invalid UTF-8
];
const OTHER_BODIES: { type: string; payload: string | Buffer }[] = [
  { type: 'text/plain', payload: 'hello' },
  { type: 'application/x-www-form-urlencoded', payload: 'a=1&a[$ne]=2&__proto__[polluted]=1&%%%' },
  { type: 'multipart/form-data', payload: 'no boundary here' },
  {
    type: 'multipart/form-data; boundary=XyZ',
    payload:
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0garbage',
  },
  { type: 'application/xml', payload: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
  { type: 'application/json; charset=utf-16', payload: '{"a":1}' },
];
// (Header values travel as Latin-1: 'khóa-ñü' is as far as a client can go outside ASCII.)
const IDEMPOTENCY_KEYS = ['', 'k'.repeat(500), 'khóa-ñü-ÿ', 'key X-Injected: 1'];

function expand(path: string, param: string): string {
  return path.replace(/\{[^}]+\}/g, param).replace(/:[A-Za-z]+/g, param);
}

export async function fuzzRoutes(
  send: Send,
  opts: { routes: { method: string; path: string }[]; cookie?: string; onProgress?: (n: number) => void },
): Promise<FuzzResult> {
  const routes = [...opts.routes, ...HIDDEN_ROUTES];
  const byStatus: Record<string, number> = {};
  const serverErrors: FuzzResult['serverErrors'] = [];
  let requests = 0;
  let n = 0;
  const run = async (r: FuzzRequest) => {
    // Every request from its own address (behind TRUST_PROXY): per-IP limits would otherwise
    // answer 429 and hide what the handlers do.
    n++;
    r.headers['x-forwarded-for'] = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    let res: { status: number; body: string };
    try {
      res = await send(r);
    } catch (err) {
      res = { status: 599, body: (err as Error).message };
    }
    requests++;
    byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500 && res.status !== 503)
      serverErrors.push({ method: r.method, url: r.url.slice(0, 200), status: res.status, body: res.body.slice(0, 300) });
    if (requests % 1000 === 0) opts.onProgress?.(requests);
  };
  const auths: Record<string, string>[] = [{}, ...(opts.cookie ? [{ cookie: opts.cookie, 'x-requested-with': 'cchc-console' }] : [])];
  for (const route of routes) {
    const withBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
    for (const auth of auths) {
      for (const p of route.path.includes('{') ? PARAMS : ['x']) {
        const url = expand(route.path, p);
        await run({ method: route.method, url, headers: { ...auth } });
        if (withBody)
          await run({
            method: route.method,
            url,
            headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'fuzz-key-0001' },
            payload: '{}',
          });
      }
      const base = expand(route.path, route.path.includes('{') ? 'PA-2026-000001' : 'x');
      for (const q of QUERIES) await run({ method: route.method, url: `${base}${q}`, headers: { ...auth } });
      if (!withBody) continue;
      for (const payload of JSON_BODIES)
        await run({
          method: route.method,
          url: base,
          headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'fuzz-key-0002' },
          payload,
        });
      for (const { type, payload } of OTHER_BODIES)
        await run({
          method: route.method,
          url: base,
          headers: { ...auth, 'content-type': type, 'idempotency-key': 'fuzz-key-0003' },
          payload,
        });
      for (const key of IDEMPOTENCY_KEYS)
        await run({
          method: route.method,
          url: base,
          headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
          payload: '{"kind":"phan_anh"}',
        });
    }
  }
  return { routes: routes.length, requests, byStatus, serverErrors, polluted: ({} as Record<string, unknown>).polluted !== undefined };
}

/** Routes from the app's OpenAPI document (`/docs/json`). */
export function routesOf(openapi: { paths: Record<string, Record<string, unknown>> }): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  for (const [path, ops] of Object.entries(openapi.paths))
    for (const method of Object.keys(ops))
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) out.push({ method: method.toUpperCase(), path });
  return out;
}

export const formatFuzz = (f: FuzzResult) =>
  [
    `Fuzz: ${f.routes} routes, ${f.requests} hostile requests (signed out and as admin)`,
    `  statuses: ${Object.entries(f.byStatus)
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
    `  5xx: ${f.serverErrors.length}${f.polluted ? '   Object.prototype POLLUTED' : ''}`,
    ...f.serverErrors.slice(0, 20).map((e) => `    ${e.status} ${e.method} ${e.url} → ${e.body}`),
  ].join('\n');
