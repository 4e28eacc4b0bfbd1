// The counter survey as a citizen meets it: a question left out is named; "Tôi chưa góp ý" sends
// no score for the fifth factor; the device keeps one random id (no personal data is sent); the
// server's "already answered today" ends in the thank-you, not an error. Beacons carry only the
// event and the commune of the poster's QR code.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SurveyPage } from '@/features/survey/components/survey-page.js';
import { appOpened } from '@/features/usage/beacon.js';
import { clearQueryCache } from '@/lib/use-query.js';

const FORM = {
  office: { id: 'mot-cua-hoa-an', name: 'Bộ phận Một cửa xã Hòa An', unitCode: 'VD-HOA-AN' },
  offices: [{ id: 'mot-cua-hoa-an', name: 'Bộ phận Một cửa xã Hòa An', unitCode: 'VD-HOA-AN' }],
  procedure: null,
  criteria: [
    { id: 'access', label: 'Tiếp cận dịch vụ', hint: 'gợi ý', optional: false },
    { id: 'procedure', label: 'Thủ tục hành chính', hint: 'gợi ý', optional: false },
    { id: 'feedback', label: 'Tiếp nhận, xử lý góp ý', hint: 'gợi ý', optional: true },
  ],
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: `mức ${value}` })),
};

// jsdom has no layout: zmp-ui's Page scrolls itself on mount.
Element.prototype.scrollTo ??= () => {};
Element.prototype.scrollIntoView ??= () => {};
window.scrollTo = () => {};

let posts: { url: string; body: Record<string, unknown> }[];
let answer: () => Response;
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  window.localStorage.clear();
  clearQueryCache();
  posts = [];
  answer = () => json(201, { ok: true, day: '2026-12-01' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://app.test');
      if (url.pathname === '/api/survey/form') return json(200, FORM);
      if (url.pathname === '/api/survey' && init.method === 'POST') {
        posts.push({ url: url.pathname, body: JSON.parse(String(init.body)) });
        return answer();
      }
      if (url.pathname === '/api/usage/beacon') return new Response(null, { status: 204 });
      return json(404, { detail: 'không có' });
    }),
  );
  Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: undefined });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderSurvey = () =>
  render(
    <MemoryRouter initialEntries={['/survey?office=mot-cua-hoa-an']}>
      <Routes>
        <Route path="/survey" element={<SurveyPage />} />
      </Routes>
    </MemoryRouter>,
  );
const pick = (question: RegExp, label: string) =>
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: label }));

describe('counter survey', () => {
  it('names the question left out, then sends the scores with the device id only', async () => {
    renderSurvey();
    await screen.findByText('Bộ phận Một cửa xã Hòa An');
    pick(/Tiếp cận dịch vụ/, '5 — mức 5');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findAllByText(/Vui lòng chọn một mức/)).toHaveLength(2);
    expect(posts).toHaveLength(0);
    pick(/Thủ tục hành chính/, '3 — mức 3');
    fireEvent.click(screen.getByRole('radio', { name: /Tôi chưa góp ý/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    await screen.findByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' });
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body as { office: string; deviceId: string; scores: Record<string, unknown> };
    expect(body.office).toBe('mot-cua-hoa-an');
    expect(body.scores).toEqual({ access: 5, procedure: 3, feedback: null });
    expect(body.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.keys(body).sort()).toEqual(['deviceId', 'office', 'scores']);
    // The same device keeps its id; the screen remembers today's answer.
    cleanup();
    clearQueryCache();
    renderSurvey();
    await screen.findByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' });
    expect(window.localStorage.getItem('cchc.v1.survey.device')).toBe(JSON.stringify(body.deviceId));
  });

  it('"already answered today" from the server ends in the thank-you', async () => {
    answer = () => json(409, { detail: 'Hôm nay bạn đã gửi đánh giá trên máy này rồi. Cảm ơn bạn!' });
    renderSurvey();
    await screen.findByText('Bộ phận Một cửa xã Hòa An');
    pick(/Tiếp cận dịch vụ/, '4 — mức 4');
    pick(/Thủ tục hành chính/, '4 — mức 4');
    pick(/Tiếp nhận, xử lý góp ý/, '2 — mức 2');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    await screen.findByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' });
  });

  it('a network failure says so and keeps the answers', async () => {
    answer = () => {
      throw new TypeError('Failed to fetch');
    };
    renderSurvey();
    await screen.findByText('Bộ phận Một cửa xã Hòa An');
    pick(/Tiếp cận dịch vụ/, '4 — mức 4');
    pick(/Thủ tục hành chính/, '4 — mức 4');
    pick(/Tiếp nhận, xử lý góp ý/, '4 — mức 4');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không kết nối được máy chủ');
    expect(within(screen.getByRole('group', { name: /Tiếp cận dịch vụ/ })).getByRole('radio', { name: '4 — mức 4' })).toHaveProperty(
      'checked',
      true,
    );
  });
});

describe('app-open beacon', () => {
  it('sends only the event, and the commune when opened from a poster', async () => {
    const sent: string[] = [];
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: (_url: string, body: string) => {
        sent.push(body);
        return true;
      },
    });
    appOpened({ hash: '#/?unit=VD-HOA-AN', search: '' });
    appOpened({ hash: '#/procedures', search: '' });
    expect(sent).toEqual(['{"event":"app_open","unit":"VD-HOA-AN"}', '{"event":"app_open"}']);
  });
});
