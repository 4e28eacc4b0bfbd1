// Every link to a mini app screen that the server sends or prints is built here.
// - Browser preview (and fallback): PUBLIC_URL/app/#/<screen>?<params> — the app routes by hash.
// - Inside Zalo (ZALO_MINI_APP_URL set, e.g. https://zalo.me/s/<appId>/): a mini app link
//   carries only query parameters (https://zalo.me/s/{appId}/?variable=value), so the screen
//   travels as `to` — …/?to=/feedback/lookup&code=PA-… — and the mini app's start-up
//   (mini-app/src/lib/start-route.ts) moves it into the hash route.
// Old path-style links already sent (/app/procedures/CODE …) are redirected by legacyAppRedirect.

export interface AppLinkBase {
  PUBLIC_URL?: string | undefined;
  ZALO_MINI_APP_URL?: string | undefined;
}

export type AppParams = Record<string, string | undefined>;

const query = (params: AppParams) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  // "/" may stand unencoded in a query (RFC 3986): ?to=/feedback/lookup reads as what it is.
  const s = q.toString().replace(/%2F/gi, '/');
  return s ? `?${s}` : '';
};

/** `/procedures/1.001` style screen paths, as the mini app's router names them. */
export const screens = {
  home: () => '/',
  procedure: (code: string) => `/procedures/${encodeURIComponent(code)}`,
  feedbackNew: () => '/feedback/new',
  feedbackLookup: () => '/feedback/lookup',
  feedbackPublic: () => '/feedback/public',
  guide: (id: string) => `/guides/${encodeURIComponent(id)}`,
  survey: () => '/survey',
};

/** The browser form: <origin>/app/#<screen>?<params>. */
export function browserLink(origin: string, screen: string, params: AppParams = {}): string {
  return `${origin.replace(/\/+$/, '')}/app/#${screen}${query(params)}`;
}

/** The Zalo form: <mini app url>?to=<screen>&<params>. */
export function zaloLink(miniAppUrl: string, screen: string, params: AppParams = {}): string {
  const url = new URL(miniAppUrl);
  url.search = '';
  url.hash = '';
  return `${url.href}${query({ to: screen, ...params })}`;
}

/**
 * Links for a deployment. `link` is the form a citizen's message carries: the Zalo form when the
 * mini app is published in Zalo, else the browser form; null when neither base is known.
 * `origin` overrides PUBLIC_URL (printed pages use the address they were requested at).
 */
export function appLinks(config: AppLinkBase, origin?: string) {
  const base = (origin ?? config.PUBLIC_URL)?.replace(/\/+$/, '');
  return {
    browser: (screen: string, params: AppParams = {}) => (base ? browserLink(base, screen, params) : null),
    link(screen: string, params: AppParams = {}): string | null {
      if (config.ZALO_MINI_APP_URL) return zaloLink(config.ZALO_MINI_APP_URL, screen, params);
      return base ? browserLink(base, screen, params) : null;
    },
  };
}

/**
 * Path-style links sent before the app routed by hash (/app/procedures/CODE,
 * /app/feedback/lookup?code=…): the hash form of the same screen, or null when `url` is not one.
 */
export function legacyAppRedirect(url: string): string | null {
  const [pathname = '', search = ''] = url.split('?', 2);
  const m = /^\/app\/((?:procedures|feedback|guides|news|hotlines|faq|chat|mine|survey)(?:\/[^/]+)*)\/?$/.exec(pathname);
  if (!m) return null;
  return `/app/#/${m[1]}${search ? `?${search}` : ''}`;
}

export type AppLinks = ReturnType<typeof appLinks>;
