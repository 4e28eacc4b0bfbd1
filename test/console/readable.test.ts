// The staff console shows server texts in words a clerk reads: local time, Vietnamese status
// names (the server's own labels), no configuration variable on its own.
import { describe, expect, it } from 'vitest';
import { readable } from '@/lib/format.js';
import { STATUS_LABEL } from '@/lib/labels.js';
import { STATUSES } from '../../server/src/feedback/statuses.js';

describe('console readable()', () => {
  it('turns an ISO instant in a timeline note into Vietnam time', () => {
    const out = readable('Gửi qua Thư điện tử chưa được (lần 1), thử lại lúc 2026-12-01T13:13:04.775Z.');
    expect(out).not.toContain('2026-12-01T');
    expect(out).toContain('20:13');
    expect(out).toContain('01/12/2026');
  });
  it('names statuses with the server’s labels and explains a missing mail server', () => {
    expect(readable('in_progress')).toBe(STATUSES.in_progress.label);
    expect(STATUS_LABEL.duplicate).toBe(STATUSES.duplicate.label);
    expect(readable('SMTP_URL chưa được cấu hình')).toMatch(/^máy chủ chưa được cài đặt để gửi thư điện tử/);
  });
});
