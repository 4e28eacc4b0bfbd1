// The staff console shows server texts in words a clerk reads: local time, Vietnamese status
// names, no configuration variable on its own.
import { describe, expect, it } from 'vitest';

// Browser ES module served to the console as is (no types): loaded by path.
const domPath = '../../../server/src/console/public/js/dom.js';
const { readable, STATUS_LABEL } = (await import(domPath)) as {
  readable: (s: string) => string;
  STATUS_LABEL: Record<string, string>;
};

describe('console readable()', () => {
  it('turns an ISO instant in a timeline note into Vietnam time', () => {
    const out = readable('Gửi qua Thư điện tử chưa được (lần 1), thử lại lúc 2026-12-01T13:13:04.775Z.');
    expect(out).not.toContain('2026-12-01T');
    expect(out).toContain('20:13');
    expect(out).toContain('01/12/2026');
  });
  it('names statuses and explains a missing mail server', () => {
    expect(readable('in_progress')).toBe(STATUS_LABEL.in_progress);
    expect(readable('SMTP_URL chưa được cấu hình')).toMatch(/^máy chủ chưa được cài đặt để gửi thư điện tử/);
  });
});
