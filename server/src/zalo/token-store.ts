// OA tokens live in the store: the refresh token works only once, so the rotated one is saved
// EVERY time, before the new access token is used, and survives restarts.
import type { Store } from '../store/port.js';

export const ZALO_TOKENS = 'zalo_tokens';

export interface OaTokens {
  accessToken: string | null;
  /** ms since epoch; the access token is refreshed a little before. */
  accessExpiresAt: number;
  refreshToken: string | null;
  updatedAt: string;
}

export function zaloTokenStore(store: Store, initialRefreshToken?: string) {
  const col = store.collection(ZALO_TOKENS);
  return {
    async get(): Promise<OaTokens> {
      const doc = await col.findOne({ _id: 'oa' });
      if (doc)
        return {
          accessToken: (doc.accessToken as string) ?? null,
          accessExpiresAt: (doc.accessExpiresAt as number) ?? 0,
          refreshToken: (doc.refreshToken as string) ?? null,
          updatedAt: doc.updatedAt as string,
        };
      return { accessToken: null, accessExpiresAt: 0, refreshToken: initialRefreshToken ?? null, updatedAt: new Date(0).toISOString() };
    },
    async save(t: Omit<OaTokens, 'updatedAt'>): Promise<void> {
      await col.updateOne({ _id: 'oa' }, { $set: { ...t, updatedAt: new Date().toISOString() } }, { upsert: true });
    },
  };
}
export type ZaloTokenStore = ReturnType<typeof zaloTokenStore>;
