// Conversation state: per-process memory with a time-to-live. A conversation only carries the
// procedure in focus and the last options (with, while they are open, the message they answer), so
// losing it on restart or when another instance answers just means the citizen names the procedure
// again. Bounded: the oldest go first. Never logged.
import type { DialogueState } from './types.js';

export function emptyState(now = Date.now()): DialogueState {
  return { focus: null, options: [], pendingDetails: [], lastDetails: [], awaitingLast4: null, updatedAt: now };
}

export interface ConversationStore {
  get(id: string): DialogueState | null;
  set(id: string, state: DialogueState): void;
  readonly size: number;
}

export function memoryConversations(opts: { ttlMs: number; max: number; now?: () => number }): ConversationStore {
  const now = opts.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on every write keeps the oldest first.
  const map = new Map<string, DialogueState>();
  return {
    get(id) {
      const s = map.get(id);
      if (!s) return null;
      if (now() - s.updatedAt > opts.ttlMs) {
        map.delete(id);
        return null;
      }
      return s;
    },
    set(id, state) {
      map.delete(id);
      map.set(id, { ...state, updatedAt: now() });
      while (map.size > opts.max) map.delete(map.keys().next().value!);
    },
    get size() {
      return map.size;
    },
  };
}
