// Usage beacons: one count when the app starts and when someone taps a hotline. Nothing about the
// person is sent — only the event name (and the unit, when known). navigator.sendBeacon with a
// string body goes out as text/plain: no CORS preflight from inside Zalo, and it survives the
// page being closed by the call. Failures are ignored: counting must never get in the way.
import { apiUrl } from '@/lib/api-client.js';

export type BeaconEvent = 'app_open' | 'hotline_tap' | 'survey_open';

export function beacon(event: BeaconEvent, unit?: string): void {
  try {
    const body = JSON.stringify(unit ? { event, unit } : { event });
    const url = apiUrl('/usage/beacon');
    if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body)) return;
    void fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } }).catch(() => undefined);
  } catch {
    // never let a count break the app
  }
}

/**
 * One count per app start. Opened from a poster's QR code (…/#/?unit=CODE), the start is counted
 * for that commune; otherwise for no unit in particular.
 */
export function appOpened(loc: Pick<Location, 'hash' | 'search'> = window.location): void {
  const query = new URLSearchParams(loc.hash.split('?')[1] ?? loc.search);
  beacon('app_open', query.get('unit') ?? undefined);
}
