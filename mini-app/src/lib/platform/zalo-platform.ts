// Inside Zalo: zmp-sdk. Loaded only there (dynamic import), so browsers never download it.
import {
  followOA,
  getAccessToken,
  getLocation,
  getPhoneNumber,
  getUserInfo,
  nativeStorage,
  openPhone,
  openShareSheet,
  openWebview,
} from 'zmp-sdk/apis';
import { browserLocation, createBrowserStorage } from './browser-platform.js';
import { dialable, type KeyValueStorage, type Platform } from './types.js';

function zaloStorage(): KeyValueStorage {
  const fallback = createBrowserStorage();
  // nativeStorage throws when the bridge is missing; localStorage then keeps the data.
  return {
    getItem(key) {
      try {
        return nativeStorage.getItem(key) ?? null;
      } catch {
        return fallback.getItem(key);
      }
    },
    setItem(key, value) {
      try {
        nativeStorage.setItem(key, value);
      } catch {
        fallback.setItem(key, value);
      }
    },
    removeItem(key) {
      try {
        nativeStorage.removeItem(key);
      } catch {
        fallback.removeItem(key);
      }
    },
  };
}

export function createZaloPlatform(): Platform {
  return {
    kind: 'zalo',
    storage: zaloStorage(),
    telHref: (phoneNumber) => `tel:${dialable(phoneNumber)}`,
    async openPhone(phoneNumber) {
      try {
        await openPhone({ phoneNumber: dialable(phoneNumber) });
      } catch {
        window.location.href = `tel:${dialable(phoneNumber)}`;
      }
    },
    async share(content) {
      try {
        await openShareSheet({
          type: 'zmp_deep_link',
          data: { title: content.title, description: content.text, thumbnail: '', path: content.path },
        });
        return 'shared';
      } catch {
        try {
          await openShareSheet({ type: 'link', data: { link: content.url } });
          return 'shared';
        } catch {
          return 'failed';
        }
      }
    },
    async openUrl(url) {
      try {
        await openWebview({ url });
      } catch {
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    },
    async followOA(oaId) {
      try {
        await followOA({ id: oaId });
        return true;
      } catch {
        return false;
      }
    },
    async getUserInfo() {
      try {
        const { userInfo } = await getUserInfo({});
        return { id: userInfo.id, name: userInfo.name, avatar: userInfo.avatar ?? null, idByOA: userInfo.idByOA || null };
      } catch {
        return null;
      }
    },
    async getPhoneNumberToken() {
      try {
        const { token } = await getPhoneNumber({});
        return token ?? null;
      } catch {
        return null;
      }
    },
    async getPhoneGrant() {
      // Phone first: Zalo asks the person; a refusal ends here without touching the access token.
      try {
        const { token } = await getPhoneNumber({});
        if (!token) return null;
        const accessToken = await getAccessToken();
        return accessToken ? { accessToken, token } : null;
      } catch {
        return null;
      }
    },
    async getLocation() {
      // Zalo asks the person first. Older Zalo versions answer with coordinates; newer ones only
      // with a token that a server must exchange (not available yet), so the webview's own
      // geolocation is the fallback.
      try {
        const res = await getLocation({});
        const lat = Number(res.latitude);
        const lng = Number(res.longitude);
        if (res.latitude && res.longitude && Number.isFinite(lat) && Number.isFinite(lng)) return { ok: true, point: { lat, lng } };
      } catch (err) {
        // -201: the person refused in Zalo's own prompt.
        if ((err as { code?: unknown } | null)?.code === -201) return { ok: false, reason: 'denied' };
      }
      return browserLocation(window);
    },
  };
}
