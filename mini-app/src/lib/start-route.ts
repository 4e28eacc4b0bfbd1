// Links sent in messages open a screen. In the browser they carry it in the hash
// (…/app/#/feedback/lookup?code=…); inside Zalo a mini app link can only carry query
// parameters (https://zalo.me/s/<appId>/?to=/feedback/lookup&code=…), so at start-up `to`
// and the other parameters become the hash route (the server builds both forms: app-links.ts).
export function startRoute(search: string): string | null {
  const params = new URLSearchParams(search);
  const to = params.get('to');
  if (!to?.startsWith('/') || to.startsWith('//')) return null;
  params.delete('to');
  const rest = params.toString();
  return `${to}${rest ? `${to.includes('?') ? '&' : '?'}${rest}` : ''}`;
}

/** Moves a `?to=` start-up link into the hash route (only when no screen is in the hash yet). */
export function applyStartRoute(loc: Location = window.location): void {
  const route = startRoute(loc.search);
  if (!route || (loc.hash && loc.hash !== '#/' && loc.hash !== '#')) return;
  window.history.replaceState(null, '', `${loc.pathname}#${route}`);
}
