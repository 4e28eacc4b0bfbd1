// One interface for what the app needs from its host: Zalo (zmp-sdk) or a plain browser.

/** Synchronous key-value storage (zmp-sdk's nativeStorage and localStorage are both sync). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ShareContent {
  title: string;
  text: string;
  /** Web address of the page (browser) */
  url: string;
  /** In-app path, e.g. /procedures/1.0001 (Zalo deep link) */
  path: string;
}

/** What happened, so the UI can say "Đã sao chép liên kết" when it fell back to copying. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface UserInfo {
  id: string;
  name: string;
  avatar: string | null;
  /** The id the locality's Official Account messages this person by (Zalo gives it only when the
   * mini app is linked to the OA and the person follows it); null or absent otherwise. */
  idByOA?: string | null;
}

/** What the server exchanges at Zalo for the phone number (the number never passes through the app). */
export interface PhoneGrant {
  /** The user's access token (zmp-sdk getAccessToken). */
  accessToken: string;
  /** The phone token (zmp-sdk getPhoneNumber). */
  token: string;
}

/** A point in WGS 84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Why no location: the person said no, or the device could not tell (off, timeout, unsupported). */
export type LocationResult = { ok: true; point: GeoPoint } | { ok: false; reason: 'denied' | 'unavailable' };

export interface Platform {
  readonly kind: 'zalo' | 'browser';
  /** href for a call link; the browser dials through tel:, Zalo through openPhone. */
  telHref(phoneNumber: string): string;
  openPhone(phoneNumber: string): Promise<void>;
  share(content: ShareContent): Promise<ShareOutcome>;
  /** Open an outside web page (official portal, map, form). */
  openUrl(url: string): Promise<void>;
  /** Follow the locality's Official Account; false when not possible here. */
  followOA(oaId: string): Promise<boolean>;
  readonly storage: KeyValueStorage;
  /** Asked only when a feature needs it (never at startup). */
  getUserInfo(): Promise<UserInfo | null>;
  /** A token the server exchanges for the number; the number never passes through the app. */
  getPhoneNumberToken(): Promise<string | null>;
  /** Asks Zalo for the phone number (Zalo shows its own prompt); null when refused or not in Zalo. */
  getPhoneGrant(): Promise<PhoneGrant | null>;
  /** The device's position, asked only when the person taps a button that says why. */
  getLocation(): Promise<LocationResult>;
}

/** Digits and a leading + only: what tel: and openPhone expect. */
export function dialable(phoneNumber: string): string {
  const trimmed = phoneNumber.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
