// Filling the phone from Zalo and opting in to an OA message: the buttons exist only inside
// Zalo, the app says why and waits for "Đồng ý" before asking Zalo, the server exchanges the
// token (mocked fetch), and a refusal leaves the field for the person to type.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SenderSection } from '@/features/feedback/components/sender-section.js';
import { ZaloNotifyOption } from '@/features/feedback/components/zalo-notify-option.js';
import { createBrowserPlatform } from '@/lib/platform/browser-platform.js';
import { setPlatform } from '@/lib/platform/platform.js';
import type { PhoneGrant, Platform, UserInfo } from '@/lib/platform/types.js';

function zaloPlatform(grant: PhoneGrant | null, user: UserInfo | null = null) {
  const getPhoneGrant = vi.fn(async () => grant);
  const getUserInfo = vi.fn(async () => user);
  setPlatform({ ...createBrowserPlatform(), kind: 'zalo', getPhoneGrant, getUserInfo } satisfies Platform);
  return { getPhoneGrant, getUserInfo };
}

function mockFetch(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function Sender() {
  const [v, setV] = useState({ name: '', phone: '', address: '' });
  return <SenderSection {...v} onChange={(p) => setV((x) => ({ ...x, ...p }))} errors={{}} />;
}

/** The phone dialog's own buttons (the name dialog is in the page too, hidden). */
async function phoneDialog() {
  let el: HTMLElement | null = await screen.findByText('Dùng số điện thoại Zalo của bạn?');
  while (el && !within(el).queryByText('Đồng ý')) el = el.parentElement;
  return within(el as HTMLElement);
}

const phoneInput = () => screen.getByLabelText(/Số điện thoại/) as HTMLInputElement;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setPlatform(createBrowserPlatform());
});

describe('"Điền số từ Zalo"', () => {
  it('is not offered in a plain browser', () => {
    render(<Sender />);
    expect(screen.queryByRole('button', { name: 'Điền số từ Zalo' })).toBeNull();
    expect(screen.queryByLabelText('Nhận thông báo khi có trả lời qua Zalo OA')).toBeNull();
  });

  it('explains why, asks Zalo only after "Đồng ý", and fills the number the server returns', async () => {
    const p = zaloPlatform({ accessToken: 'user-access', token: 'phone-token' });
    const fetch = mockFetch(200, { phone: '0912345678' });
    render(<Sender />);
    fireEvent.click(screen.getByRole('button', { name: 'Điền số từ Zalo' }));
    expect((await phoneDialog()).getByText(/để cơ quan xử lý liên hệ với bạn khi cần/)).toBeTruthy();
    expect(p.getPhoneGrant).not.toHaveBeenCalled();
    fireEvent.click((await phoneDialog()).getByText('Đồng ý'));
    await waitFor(() => expect(phoneInput().value).toBe('0912345678'));
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toMatch(/\/api\/zalo\/phone$/);
    expect(JSON.parse(init?.body as string)).toEqual({ accessToken: 'user-access', token: 'phone-token' });
    expect(screen.getByText(/Đã điền số điện thoại từ Zalo/)).toBeTruthy();
  });

  it('does nothing when the person says "Không"', async () => {
    const p = zaloPlatform({ accessToken: 'a', token: 't' });
    render(<Sender />);
    fireEvent.click(screen.getByRole('button', { name: 'Điền số từ Zalo' }));
    fireEvent.click((await phoneDialog()).getByText('Không'));
    expect(p.getPhoneGrant).not.toHaveBeenCalled();
    expect(phoneInput().value).toBe('');
  });

  it('shows the server’s message and leaves the field for typing when Zalo refuses', async () => {
    zaloPlatform({ accessToken: 'a', token: 't' });
    mockFetch(502, { status: 502, title: 'Zalo không trả lời', detail: 'Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.' });
    render(<Sender />);
    fireEvent.click(screen.getByRole('button', { name: 'Điền số từ Zalo' }));
    fireEvent.click((await phoneDialog()).getByText('Đồng ý'));
    expect(await screen.findByText('Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.')).toBeTruthy();
    expect(phoneInput().value).toBe('');
    fireEvent.change(phoneInput(), { target: { value: '0987 654 321' } });
    expect(phoneInput().value).toBe('0987 654 321');
  });

  it('says to type it when the person refuses in Zalo’s own prompt (no server call)', async () => {
    zaloPlatform(null);
    const fetch = mockFetch(200, { phone: '0912345678' });
    render(<Sender />);
    fireEvent.click(screen.getByRole('button', { name: 'Điền số từ Zalo' }));
    fireEvent.click((await phoneDialog()).getByText('Đồng ý'));
    expect(await screen.findByText('Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('"Nhận thông báo khi có trả lời qua Zalo OA"', () => {
  function Option({ seen }: { seen: (id: string | null) => void }) {
    const [id, setId] = useState<string | null>(null);
    return (
      <ZaloNotifyOption
        userId={id}
        onChange={(next) => {
          setId(next);
          seen(next);
        }}
      />
    );
  }

  it('is unticked; ticking asks Zalo for the OA user id, unticking forgets it', async () => {
    const p = zaloPlatform(null, { id: '111', name: 'An', avatar: null, idByOA: '4455667788' });
    const seen = vi.fn();
    render(<Option seen={seen} />);
    const box = screen.getByLabelText('Nhận thông báo khi có trả lời qua Zalo OA') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(p.getUserInfo).not.toHaveBeenCalled();
    fireEvent.click(box);
    await waitFor(() => expect(seen).toHaveBeenLastCalledWith('4455667788'));
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(seen).toHaveBeenLastCalledWith(null));
  });

  it('stays unticked and says why when Zalo gives no OA id (not a follower)', async () => {
    zaloPlatform(null, { id: '111', name: 'An', avatar: null, idByOA: null });
    const seen = vi.fn();
    render(<Option seen={seen} />);
    const box = screen.getByLabelText('Nhận thông báo khi có trả lời qua Zalo OA') as HTMLInputElement;
    fireEvent.click(box);
    expect(await screen.findByText(/Hãy quan tâm Zalo OA của địa phương/)).toBeTruthy();
    expect(box.checked).toBe(false);
    expect(seen).toHaveBeenLastCalledWith(null);
  });
});
