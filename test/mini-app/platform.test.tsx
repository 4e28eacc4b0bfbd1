// The platform module outside Zalo: calls go through tel: links, sharing uses Web Share and
// falls back to copying the link, outside pages open with window.open, data goes to localStorage.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallLink } from '@/components/call-link.js';
import { createBrowserPlatform, createBrowserStorage } from '@/lib/platform/browser-platform.js';
import { initPlatform, isInsideZalo, platform, setPlatform } from '@/lib/platform/platform.js';
import type { Platform } from '@/lib/platform/types.js';

const content = {
  title: 'Thủ tục đăng ký khai sinh',
  text: 'Thủ tục: đăng ký khai sinh',
  url: 'https://xa.example/app/#/procedures/1.001193',
  path: '/procedures/1.001193',
};

/** A window with only what the browser platform touches, so each test controls it fully. */
function fakeWindow(nav: Partial<Navigator> & Record<string, unknown> = {}) {
  const location = { href: 'https://xa.example/app/' };
  const open = vi.fn();
  const win = {
    location,
    open,
    navigator: { userAgent: 'Mozilla/5.0', ...nav },
    localStorage: window.localStorage,
    document,
  } as unknown as Window;
  return { win, location, open };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  setPlatform(createBrowserPlatform());
});

describe('choosing the platform', () => {
  it('is the browser one in a plain browser, Zalo when the user agent or the bridge says so', async () => {
    expect(isInsideZalo(fakeWindow().win)).toBe(false);
    expect(isInsideZalo(fakeWindow({ userAgent: 'Mozilla/5.0 (Linux; Android 14) Zalo android/12345 ZaloTheme/light' }).win)).toBe(true);
    const withBridge = fakeWindow().win as Window & { ZJSBridge?: unknown };
    withBridge.ZJSBridge = {};
    expect(isInsideZalo(withBridge)).toBe(true);
    expect((await initPlatform(window)).kind).toBe('browser');
  });
});

describe('calling', () => {
  it('gives a tel: link with only the digits, and dials through it', async () => {
    const { win, location } = fakeWindow();
    const p = createBrowserPlatform(win);
    expect(p.telHref('0236 3822 123')).toBe('tel:02363822123');
    expect(p.telHref('+84 (236) 382-2123')).toBe('tel:+842363822123');
    await p.openPhone('1022');
    expect(location.href).toBe('tel:1022');
  });

  it('renders a real tel: link that the browser follows (not prevented) outside Zalo', () => {
    render(<CallLink number="0236 3822 123">Gọi bộ phận một cửa</CallLink>);
    const link = screen.getByRole('link', { name: /Gọi bộ phận một cửa/ });
    expect(link.getAttribute('href')).toBe('tel:02363822123');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('inside Zalo, the same link calls openPhone instead', () => {
    const openPhone = vi.fn(async () => {});
    setPlatform({ ...createBrowserPlatform(), kind: 'zalo', openPhone } satisfies Platform);
    render(<CallLink number="1022" />);
    const link = screen.getByRole('link', { name: /Gọi 1022/ });
    expect(fireEvent.click(link)).toBe(false); // default prevented: no tel: navigation
    expect(openPhone).toHaveBeenCalledWith('1022');
  });
});

describe('sharing', () => {
  it('uses Web Share when the browser has it', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    const p = createBrowserPlatform(fakeWindow({ share, clipboard: { writeText } } as never).win);
    await expect(p.share(content)).resolves.toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: content.title, text: content.text, url: content.url });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link when Web Share is missing or fails', async () => {
    const writeText = vi.fn(async () => {});
    const noShare = createBrowserPlatform(fakeWindow({ clipboard: { writeText } } as never).win);
    await expect(noShare.share(content)).resolves.toBe('copied');
    expect(writeText).toHaveBeenLastCalledWith(content.url);

    const broken = vi.fn(async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    const failingShare = createBrowserPlatform(fakeWindow({ share: broken, clipboard: { writeText } } as never).win);
    await expect(failingShare.share(content)).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('does nothing more when the person closes the share sheet', async () => {
    const writeText = vi.fn(async () => {});
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    const p = createBrowserPlatform(fakeWindow({ share, clipboard: { writeText } } as never).win);
    await expect(p.share(content)).resolves.toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('outside pages and what needs Zalo', () => {
  it('opens outside pages in a new tab without giving them access to the app', async () => {
    const { win, open } = fakeWindow();
    await createBrowserPlatform(win).openUrl('https://dichvucong.gov.vn');
    expect(open).toHaveBeenCalledWith('https://dichvucong.gov.vn', '_blank', 'noopener,noreferrer');
  });

  it('has no user info, phone token or OA follow in a browser', async () => {
    const p = createBrowserPlatform(fakeWindow().win);
    await expect(p.getUserInfo()).resolves.toBeNull();
    await expect(p.getPhoneNumberToken()).resolves.toBeNull();
    await expect(p.followOA('123')).resolves.toBe(false);
  });
});

describe('storage', () => {
  it('keeps values in localStorage', () => {
    const p = createBrowserPlatform(fakeWindow().win);
    p.storage.setItem('k', 'giá trị');
    expect(window.localStorage.getItem('k')).toBe('giá trị');
    expect(p.storage.getItem('k')).toBe('giá trị');
    p.storage.removeItem('k');
    expect(window.localStorage.getItem('k')).toBeNull();
  });

  it('keeps working in memory when localStorage is blocked', () => {
    const blocked = {
      localStorage: {
        setItem() {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    } as unknown as Window;
    const storage = createBrowserStorage(blocked);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('the app-wide platform is the browser one by default', () => {
    expect(platform().kind).toBe('browser');
  });
});
