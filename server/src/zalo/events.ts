// Zalo may deliver the same event more than once: every message id is remembered in the store
// (unique index), so a repeat is acknowledged without answering twice.
import { DuplicateKeyError, type Store } from '../store/port.js';

export const ZALO_EVENTS = 'zalo_events';

export function zaloEventLog(store: Store) {
  const col = store.collection(ZALO_EVENTS);
  let indexed: Promise<void> | null = null;
  const ensureIndex = () => {
    indexed ??= col.createIndex({ keys: { msgId: 1 }, unique: true, name: 'msgId_unique' });
    return indexed;
  };
  return {
    ensureIndex,
    /** true = first delivery (now claimed); false = seen before. */
    async claim(msgId: string, eventName: string): Promise<boolean> {
      await ensureIndex();
      try {
        await col.insertOne({ msgId, eventName, receivedAt: new Date().toISOString() });
        return true;
      } catch (err) {
        if (err instanceof DuplicateKeyError) return false;
        throw err;
      }
    },
    /** Forget a claim whose reply could not be sent, so Zalo's retry is answered. */
    async release(msgId: string): Promise<void> {
      await col.deleteOne({ msgId });
    },
  };
}
