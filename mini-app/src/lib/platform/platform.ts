// Picks the platform once at startup: Zalo when the page runs in Zalo's webview, else browser.
import { createBrowserPlatform } from './browser-platform.js';
import type { Platform } from './types.js';

export function isInsideZalo(win: Window = window): boolean {
  const bridge = (win as Window & { ZJSBridge?: unknown }).ZJSBridge;
  return bridge !== undefined || /\bZalo\b/i.test(win.navigator.userAgent);
}

let current: Platform = createBrowserPlatform();

/** Call once before rendering. Inside Zalo, zmp-sdk is loaded; anywhere else nothing extra is. */
export async function initPlatform(win: Window = window): Promise<Platform> {
  if (isInsideZalo(win)) {
    try {
      const { createZaloPlatform } = await import('./zalo-platform.js');
      current = createZaloPlatform();
    } catch {
      current = createBrowserPlatform(win);
    }
  } else {
    current = createBrowserPlatform(win);
  }
  return current;
}

export function platform(): Platform {
  return current;
}

/** Tests swap the platform in. */
export function setPlatform(next: Platform): void {
  current = next;
}
