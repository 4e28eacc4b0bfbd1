// JSON values on top of the platform's key-value storage. Keys are namespaced and
// versioned so a future format change can ignore old data instead of crashing on it.
import { platform } from './platform/platform.js';

const PREFIX = 'cchc.v1.';

export function readJson<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw = platform().storage.getItem(PREFIX + key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

/** false when the device refused (full, blocked): callers keep working without memory. */
export function writeJson(key: string, value: unknown): boolean {
  try {
    platform().storage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string): void {
  try {
    platform().storage.removeItem(PREFIX + key);
  } catch {
    // nothing to clean
  }
}
