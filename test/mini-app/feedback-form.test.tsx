// The feedback form as a citizen meets it: the draft survives closing the app, a retry after a
// network failure reuses the Idempotency-Key (one record, not two), khiếu nại / tố cáo wording
// brings the other-channel notice, photos are checked on the device before any upload, and the
// server's per-field errors land under the right fields.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SnackbarProvider from 'zmp-ui/snackbar-provider';
import { FeedbackFormPage } from '@/features/feedback/components/feedback-form-page.js';
import { loadSent } from '@/features/feedback/utils/sent-store.js';
import { clearQueryCache } from '@/lib/use-query.js';

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

const units = {
  items: [
    { code: 'VD', name: 'Tỉnh Ví Dụ', kind: 'tinh', parent: null, validFrom: null, validTo: null, replacedBy: [] },
    { code: 'VD-HOA-AN', name: 'Xã Hòa An', kind: 'xa', parent: 'VD', validFrom: '2025-07-01', validTo: null, replacedBy: [] },
    {
      code: 'VD-BINH-MINH',
      name: 'Phường Bình Minh',
      kind: 'phuong',
      parent: 'VD',
      validFrom: '2025-07-01',
      validTo: null,
      replacedBy: [],
    },
    { code: 'VD-XA-HOA', name: 'Xã Hòa (cũ)', kind: 'xa', parent: 'VD', validFrom: null, validTo: '2025-06-30', replacedBy: ['VD-HOA-AN'] },
  ],
};
const fields = { items: [{ id: 'ho-tich', name: 'Hộ tịch', icon: null, count: 3 }] };
const consent = { version: 'pakn-test', text: 'Tôi đồng ý để cơ quan nhà nước xử lý phản ánh này.' };

type Responder = (call: Call) => Response | Promise<Response>;
let calls: Call[];
let tokens = 0;
let postFeedback: Responder;
let postUpload: Responder;

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function installFetch() {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://app.test');
      const headers = Object.fromEntries(
        Object.entries((init.headers as Record<string, string>) ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      );
      const call: Call = {
        method: init.method ?? 'GET',
        url: url.pathname + url.search,
        headers,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      };
      calls.push(call);
      if (call.method === 'GET' && url.pathname === '/api/units') return json(200, units);
      if (call.method === 'GET' && url.pathname === '/api/fields') return json(200, fields);
      if (call.method === 'GET' && url.pathname === '/api/feedback/consent') return json(200, consent);
      if (call.method === 'GET' && url.pathname === '/api/feedback/form')
        return json(200, { formToken: `token-${++tokens}`, minFillMs: 3000 });
      if (call.method === 'GET' && url.pathname === '/api/procedures/1.001193')
        return json(200, { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' });
      if (call.method === 'POST' && url.pathname === '/api/feedback') return postFeedback(call);
      if (call.method === 'POST' && url.pathname === '/api/uploads') return postUpload(call);
      return json(404, { detail: 'không có' }, 'application/problem+json');
    }),
  );
}

function renderForm(path = '/feedback/new') {
  return render(
    <SnackbarProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/feedback/new" element={<FeedbackFormPage />} />
        </Routes>
      </MemoryRouter>
    </SnackbarProvider>,
  );
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillValidForm() {
  fireEvent.click(screen.getByRole('radio', { name: /Phản ánh/ }));
  type(/^Tiêu đề/, 'Bị yêu cầu nộp thêm giấy tờ');
  type(/^Nội dung/, 'Cán bộ yêu cầu bản sao sổ hộ khẩu dù đã bỏ từ 2023.');
  await screen.findByRole('option', { name: 'Xã Hòa An' });
  fireEvent.change(screen.getByLabelText(/Xã, phường nơi xảy ra/), { target: { value: 'VD-HOA-AN' } });
  type(/^Họ và tên/, 'Nguyễn Văn A');
  type(/^Số điện thoại/, '0912 345 678');
  type(/^Địa chỉ/, 'Thôn Đông, xã Hòa An');
  fireEvent.click(screen.getByRole('checkbox', { name: /Tôi đồng ý/ }));
}

const feedbackPosts = () => calls.filter((c) => c.method === 'POST' && c.url === '/api/feedback');

// jsdom has no layout: zmp-ui's Page scrolls itself on mount.
Element.prototype.scrollTo ??= () => {};
Element.prototype.scrollIntoView ??= () => {};
window.scrollTo = () => {};

beforeEach(() => {
  window.localStorage.clear();
  clearQueryCache();
  postFeedback = () => json(201, { trackingCode: 'PA-2026-000001', status: 'received', dueAt: '2026-02-16' });
  postUpload = () => json(201, { uploadId: '8d7f6a3e-1c2b-4d5e-9f01-23456789abcd' });
  installFetch();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('draft memory', () => {
  it('restores what was typed after the app is closed and opened again, and says so', async () => {
    const first = renderForm();
    type(/^Tiêu đề/, 'Đường ngập nước');
    type(/^Nội dung/, 'Nước ngập đầu ngõ 12 mỗi khi mưa.');
    fireEvent.click(screen.getByRole('radio', { name: /Kiến nghị/ }));
    first.unmount();

    renderForm();
    expect(screen.getByLabelText(/^Tiêu đề/)).toHaveProperty('value', 'Đường ngập nước');
    expect(screen.getByLabelText(/^Nội dung/)).toHaveProperty('value', 'Nước ngập đầu ngõ 12 mỗi khi mưa.');
    expect(screen.getByRole('radio', { name: /Kiến nghị/ })).toHaveProperty('checked', true);
    expect(screen.getByText(/Đã mở lại bản nháp/)).toBeTruthy();
    // The counter follows the restored text.
    expect(screen.getByText('33/4.000 ký tự')).toBeTruthy();
  });

  it('lists only current communes, and names the procedure it was opened from', async () => {
    renderForm('/feedback/new?procedure=1.001193');
    await screen.findByRole('option', { name: 'Phường Bình Minh' });
    expect(screen.queryByRole('option', { name: /Xã Hòa \(cũ\)/ })).toBeNull();
    expect(screen.queryByRole('option', { name: 'Tỉnh Ví Dụ' })).toBeNull();
    await screen.findByText('Thủ tục đăng ký khai sinh');
  });

  it('is cleared after a successful send; the device remembers the code and the last 4 digits only', async () => {
    renderForm();
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByText('PA-2026-000001');
    expect(screen.getByText(/Thứ Hai, 16\/02\/2026/)).toBeTruthy();
    expect(window.localStorage.getItem('cchc.v1.feedback.draft')).toBeNull();
    expect(loadSent()).toEqual([expect.objectContaining({ trackingCode: 'PA-2026-000001', phoneLast4: '5678' })]);
    expect(JSON.stringify(loadSent())).not.toContain('0912');
  });
});

describe('server checks', () => {
  it('sends the form token the server issued when the form opened; a refused token is replaced for the next try', async () => {
    let n = 0;
    postFeedback = () =>
      ++n === 1
        ? json(
            400,
            { detail: 'Biểu mẫu đã mở quá lâu. Vui lòng bấm Gửi lần nữa sau vài giây.', code: 'form_token' },
            'application/problem+json',
          )
        : json(201, { trackingCode: 'PA-2026-000002', status: 'received', dueAt: '2026-02-16', eraseCode: 'K7MQ-9XPA-3TDF' });
    renderForm();
    await fillValidForm();
    await waitFor(() => expect(calls.some((c) => c.url === '/api/feedback/form')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByText(/Biểu mẫu đã mở quá lâu/);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByText('PA-2026-000002');
    const [first, second] = feedbackPosts();
    const tokenOf = (c: Call | undefined) => (c?.body as { formToken?: string } | undefined)?.formToken;
    expect(tokenOf(first)).toMatch(/^token-\d+$/);
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
    // The erase code is shown once and kept on this device for "withdraw consent".
    expect(screen.getByText('K7MQ-9XPA-3TDF')).toBeTruthy();
    expect(loadSent()[0]).toMatchObject({ trackingCode: 'PA-2026-000002', eraseCode: 'K7MQ-9XPA-3TDF' });
  });
});

describe('sending', () => {
  it('a retry after a network failure sends the same Idempotency-Key, even after the app was reopened', async () => {
    let n = 0;
    postFeedback = () => {
      n++;
      if (n === 1) throw new TypeError('Failed to fetch');
      return json(201, { trackingCode: 'PA-2026-000007', status: 'received', dueAt: '2026-02-16' });
    };
    const view = renderForm();
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByRole('button', { name: 'Thử lại' });
    expect(screen.getByText(/Không kết nối được máy chủ/)).toBeTruthy();
    // Everything typed is still there.
    expect(screen.getByLabelText(/^Tiêu đề/)).toHaveProperty('value', 'Bị yêu cầu nộp thêm giấy tờ');

    view.unmount();
    renderForm();
    await screen.findByRole('option', { name: 'Xã Hòa An' });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByText('PA-2026-000007');

    const posts = feedbackPosts();
    expect(posts).toHaveLength(2);
    const [a, b] = posts.map((p) => p.headers['idempotency-key']);
    expect(a).toMatch(/^[\x21-\x7e]{8,100}$/);
    expect(b).toBe(a);
    // The very same body, anti-bot start time included.
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    expect(posts[0]?.body).toMatchObject({
      kind: 'phan_anh',
      communeCode: 'VD-HOA-AN',
      consent: { accepted: true, version: 'pakn-test+app1' },
      publish: false,
      website: '',
      sender: { name: 'Nguyễn Văn A', phone: '0912 345 678', address: 'Thôn Đông, xã Hòa An' },
    });
  });

  it('disables the button and shows progress while sending', async () => {
    let release: (r: Response) => void = () => {};
    postFeedback = () => new Promise<Response>((resolve) => (release = resolve));
    renderForm();
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    const busy = await screen.findByRole('button', { name: 'Đang gửi…' });
    expect(busy).toHaveProperty('disabled', true);
    fireEvent.click(busy);
    expect(feedbackPosts()).toHaveLength(1);
    await act(async () => release(json(201, { trackingCode: 'PA-2026-000002', status: 'received', dueAt: '2026-02-16' })));
    await screen.findByText('PA-2026-000002');
  });

  it('after the person edits a failed draft, the changed request gets a new key (no 409)', async () => {
    postFeedback = () => json(503, { detail: 'x' }, 'application/problem+json');
    renderForm();
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByRole('button', { name: 'Thử lại' });
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(feedbackPosts()).toHaveLength(2));
    type(/^Tiêu đề/, 'Bị yêu cầu nộp thêm bản sao giấy tờ');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await waitFor(() => expect(feedbackPosts()).toHaveLength(3));
    const keys = feedbackPosts().map((p) => p.headers['idempotency-key']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('checks fields on the device in Vietnamese, and shows the server’s per-field errors', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    expect(await screen.findByText('Vui lòng chọn loại: phản ánh, kiến nghị hoặc hỏi đáp.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập tiêu đề.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập số điện thoại.')).toBeTruthy();
    expect(screen.getByText(/Bạn cần đồng ý cho cơ quan xử lý/)).toBeTruthy();
    expect(feedbackPosts()).toHaveLength(0);

    type(/^Số điện thoại/, '12345');
    expect(screen.queryByText('Vui lòng nhập số điện thoại.')).toBeNull();

    postFeedback = () =>
      json(
        400,
        {
          detail: 'Dữ liệu chưa đúng',
          errors: [{ path: 'body.communeCode', message: 'Xã Hòa (cũ) không còn là đơn vị hành chính hiện hành.' }],
        },
        'application/problem+json',
      );
    await fillValidForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    const error = await screen.findByText('Xã Hòa (cũ) không còn là đơn vị hành chính hiện hành.');
    expect(screen.getByLabelText(/Xã, phường nơi xảy ra/).getAttribute('aria-describedby')).toBe(error.id);
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });
});

describe('khiếu nại, tố cáo', () => {
  it('explains the other legal channel when the text says so, in any spelling, and still lets the person send', async () => {
    renderForm();
    type(/^Nội dung/, 'Tôi muốn phản ánh việc làm chậm hồ sơ.');
    expect(screen.queryByRole('heading', { name: /khiếu nại hoặc tố cáo/ })).toBeNull();

    type(/^Nội dung/, 'Toi muon TO CAO can bo xa vi nhan tien.');
    expect(screen.getByRole('heading', { name: 'Nếu bạn muốn khiếu nại hoặc tố cáo' })).toBeTruthy();
    expect(screen.getByText(/Luật Khiếu nại và Luật Tố cáo/)).toBeTruthy();
    expect(screen.getByText(/tiếp công dân/)).toBeTruthy();

    type(/^Nội dung/, 'Đơn khiếu nại về quyết định thu hồi đất.');
    expect(screen.getByRole('heading', { name: 'Nếu bạn muốn khiếu nại hoặc tố cáo' })).toBeTruthy();
    // Words that merely contain the letters do not count ("tố cáo" is not inside "báo cáo").
    type(/^Nội dung/, 'Báo cáo kết quả giải quyết hồ sơ chậm.');
    expect(screen.queryByRole('heading', { name: /khiếu nại hoặc tố cáo/ })).toBeNull();

    await fillValidForm();
    type(/^Nội dung/, 'Tôi tố giác cán bộ nhận tiền khi làm thủ tục.');
    fireEvent.click(screen.getByRole('button', { name: 'Tôi hiểu, vẫn gửi dưới dạng phản ánh' }));
    expect(screen.getByText(/Bạn đã chọn vẫn gửi/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await screen.findByText('PA-2026-000001');
  });
});

describe('photos', () => {
  const file = (name: string, type: string, size: number) => {
    const f = new File([new Uint8Array(Math.min(size, 16))], name, { type });
    Object.defineProperty(f, 'size', { value: size });
    return f;
  };
  const pick = (...files: File[]) => fireEvent.change(document.getElementById('fb-photo-input') as HTMLInputElement, { target: { files } });
  const uploads = () => calls.filter((c) => c.url === '/api/uploads');

  it('refuses a non-image and a photo over 5 MB on the device, with a clear message and no upload', async () => {
    renderForm();
    pick(file('giay-to.pdf', 'application/pdf', 20_000), file('anh-lon.jpg', 'image/jpeg', 6 * 1024 * 1024));
    expect(await screen.findByText(/“giay-to.pdf” không phải là ảnh/)).toBeTruthy();
    expect(screen.getByText(/Ảnh “anh-lon.jpg” nặng 6 MB, quá 5 MB/)).toBeTruthy();
    expect(uploads()).toHaveLength(0);
  });

  it('uploads a good photo at once, shows it with a remove button, and keeps it in the draft', async () => {
    let id = 0;
    postUpload = () => json(201, { uploadId: `00000000-0000-4000-8000-00000000000${++id}` });
    const view = renderForm();
    pick(file('o-ga.jpg', 'image/jpeg', 300_000), file('IMG_0001.JPG', '', 900_000), file('IMG_0002.HEIC', '', 900_000));
    expect(await screen.findByText(/“IMG_0002.HEIC” ở dạng HEIC/)).toBeTruthy();
    await screen.findByRole('button', { name: 'Xóa ảnh 2' });
    expect(uploads()).toHaveLength(2);
    expect(uploads()[0]?.body).toBeInstanceOf(FormData);
    expect(screen.getByRole('button', { name: 'Thêm ảnh (2/5)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Xóa ảnh 1' }));
    expect(screen.queryByRole('button', { name: 'Xóa ảnh 2' })).toBeNull();
    view.unmount();
    renderForm();
    expect(screen.getByRole('img', { name: 'Ảnh 1: IMG_0001.JPG' })).toBeTruthy();
  });

  it('takes at most 5 photos and says how many were left out', async () => {
    let id = 0;
    postUpload = () => json(201, { uploadId: `00000000-0000-4000-8000-0000000000${String(++id).padStart(2, '0')}` });
    renderForm();
    pick(...Array.from({ length: 7 }, (_, i) => file(`anh-${i}.png`, 'image/png', 1000)));
    expect(await screen.findByText('Chỉ gửi được tối đa 5 ảnh; 2 ảnh chưa được thêm.')).toBeTruthy();
    await screen.findByRole('button', { name: 'Xóa ảnh 5' });
    expect(uploads()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /Thêm ảnh/ })).toBeNull();
  });
});
