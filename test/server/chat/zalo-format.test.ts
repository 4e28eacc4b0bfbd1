// Zalo OA text: names instead of raw long URLs, links that open the right mini app screen.

import { describe, expect, it } from 'vitest';
import type { ChatReply } from '../../../server/src/chat/types.js';
import { appLinks } from '../../../server/src/lib/app-links.js';
import { zaloText } from '../../../server/src/zalo/format.js';

const official = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-9c6c958f2da4';

describe('zaloText', () => {
  it('replaces a long official address by a name and links the procedure page', () => {
    const reply: ChatReply = {
      kind: 'answer',
      text: `Thủ tục đăng ký khai tử:\nThời hạn giải quyết: chưa có thông tin. Xem trên trang chính thức: ${official}\nLệ phí: chưa có thông tin. Bạn xem mức phí trên trang chính thức (${official}).`,
      procedures: [{ code: '1.000656', name: 'Thủ tục đăng ký khai tử' }],
      actions: [{ kind: 'link', label: 'Trang chính thức', target: official }],
    };
    const [text] = zaloText(reply, appLinks({ PUBLIC_URL: 'https://cchc.example.vn/' }));
    expect(text).not.toContain(official);
    expect(text).toMatch(/trang chính thức/);
    expect(text).toContain('https://cchc.example.vn/app/#/procedures/1.000656');
  });

  it('a declined question links the feedback form; status actions open the lookup screen', () => {
    const reply: ChatReply = {
      kind: 'decline',
      text: 'Việc này nằm ngoài phạm vi của tôi.',
      procedures: [],
      actions: [
        { kind: 'status', label: 'Tra cứu phản ánh', target: '/feedback/lookup' },
        { kind: 'call', label: 'Gọi 18001096', target: 'tel:18001096' },
      ],
    };
    const [text] = zaloText(reply, appLinks({ PUBLIC_URL: 'https://cchc.example.vn' }));
    expect(text).toContain('Tra cứu phản ánh: https://cchc.example.vn/app/#/feedback/lookup');
    expect(text).toContain('Gửi phản ánh: https://cchc.example.vn/app/#/feedback/new');
    expect(text).not.toContain('tel:');
  });

  it('inside Zalo (mini app published) the links carry the screen and its parameters as ?to=', () => {
    const reply: ChatReply = {
      kind: 'answer',
      text: 'Phản ánh PA-2026-000123 đã có trả lời.',
      procedures: [{ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' }],
      actions: [{ kind: 'status', label: 'Xem câu trả lời', target: '/feedback/lookup?code=PA-2026-000123' }],
    };
    const [text] = zaloText(reply, appLinks({ PUBLIC_URL: 'https://cchc.example.vn', ZALO_MINI_APP_URL: 'https://zalo.me/s/1234567890/' }));
    expect(text).toContain('Chi tiết thủ tục: https://zalo.me/s/1234567890/?to=/procedures/1.001193');
    expect(text).toContain('Xem câu trả lời: https://zalo.me/s/1234567890/?to=/feedback/lookup&code=PA-2026-000123');
  });

  it('several procedures (a bereavement) are each linked by name', () => {
    const reply: ChatReply = {
      kind: 'answer',
      text: 'Các việc cần làm, theo thứ tự: …',
      procedures: [
        { code: '1.000656', name: 'Thủ tục đăng ký khai tử' },
        { code: '1.003197', name: 'Xóa đăng ký thường trú' },
      ],
    };
    const [text] = zaloText(reply, appLinks({ PUBLIC_URL: 'https://cchc.example.vn' }));
    expect(text).toContain('Xóa đăng ký thường trú: https://cchc.example.vn/app/#/procedures/1.003197');
  });
});

describe('hotline content', () => {
  it('every line has a topic; example and blank numbers are marked; national numbers cite a source', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const { hotlineSchema } = await import('../../../server/src/content/schemas.js');
    const raw = parse(await readFile(new URL('../../../content/hotlines.yaml', import.meta.url), 'utf8')) as { hotlines: unknown[] };
    const lines = raw.hotlines.map((h) => hotlineSchema.parse(h));
    for (const h of lines) {
      expect(h.topic, h.id).not.toBeNull();
      if (h.number === null) expect(h.example, h.id).toBe(true);
      if (!h.example) expect(h.source, h.id).not.toBeNull();
    }
    expect(lines.find((h) => h.topic === 'tre_em')?.number).toBe('111');
    expect(lines.some((h) => h.number === null && h.group !== 'khan_cap')).toBe(true);
  });
});
