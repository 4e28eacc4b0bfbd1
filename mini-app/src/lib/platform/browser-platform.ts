// Plain browser (and tests): tel: links, Web Share or copy link, window.open, localStorage.
import { dialable, type KeyValueStorage, type LocationResult, type Platform, type ShareContent, type ShareOutcome } from './types.js';

/** localStorage, or memory when it is blocked (private mode, sandboxed iframe). */
export function createBrowserStorage(win: Window = window): KeyValueStorage {
  try {
    const probe = '__cchc_probe__';
    win.localStorage.setItem(probe, '1');
    win.localStorage.removeItem(probe);
    return win.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

async function copyText(win: Window, text: string): Promise<boolean> {
  try {
    if (win.navigator.clipboard?.writeText) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  try {
    const area = win.document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    win.document.body.appendChild(area);
    area.select();
    const ok = win.document.execCommand?.('copy') ?? false;
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/** HTML geolocation: one reading, up to 15 s; code 1 (PERMISSION_DENIED) is a "no". */
export function browserLocation(win: Window = window): Promise<LocationResult> {
  const geo = win.navigator.geolocation;
  if (!geo) return Promise.resolve({ ok: false, reason: 'unavailable' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => resolve({ ok: true, point: { lat: pos.coords.latitude, lng: pos.coords.longitude } }),
      (err) => resolve({ ok: false, reason: err.code === 1 ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

export function createBrowserPlatform(win: Window = window): Platform {
  const storage = createBrowserStorage(win);
  return {
    kind: 'browser',
    storage,
    telHref: (phoneNumber) => `tel:${dialable(phoneNumber)}`,
    async openPhone(phoneNumber) {
      win.location.href = `tel:${dialable(phoneNumber)}`;
    },
    async share(content: ShareContent): Promise<ShareOutcome> {
      const nav = win.navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
      if (typeof nav.share === 'function') {
        try {
          await nav.share({ title: content.title, text: content.text, url: content.url });
          return 'shared';
        } catch (err) {
          // The person closed the share sheet: nothing to fall back to. (DOMException is not
          // an Error subclass everywhere, so look at the name only.)
          if ((err as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
        }
      }
      return (await copyText(win, content.url)) ? 'copied' : 'failed';
    },
    async openUrl(url) {
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    async followOA() {
      return false;
    },
    async getUserInfo() {
      return null;
    },
    async getPhoneNumberToken() {
      return null;
    },
    async getPhoneGrant() {
      return null;
    },
    getLocation: () => browserLocation(win),
  };
}
