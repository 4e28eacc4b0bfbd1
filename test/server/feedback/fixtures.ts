// A valid submission and helpers shared by the feedback tests.
import type { FeedbackBody } from '../../../server/src/feedback/feedback.schemas.js';

let n = 0;
/** A fresh valid body; each call gets its own phone number so per-phone limits do not interfere. */
export function validBody(over: Partial<FeedbackBody> = {}): FeedbackBody {
  n++;
  return {
    kind: 'phan_anh',
    subject: 'Đèn đường ngõ 5 thôn Đông bị hỏng',
    content: 'Đèn đường ở đầu ngõ 5 thôn Đông đã hỏng hơn hai tuần, buổi tối rất tối, đi lại nguy hiểm.',
    field: 'ho-tich',
    communeCode: 'VD-HOA-AN',
    sender: {
      name: 'Nguyễn Văn An',
      phone: `0912 ${String(100000 + n).slice(-6, -3)} ${String(n).padStart(3, '0')}`,
      address: 'Thôn Đông, xã Hòa An',
    },
    consent: { accepted: true, version: 'pakn-2026-01' },
    publish: false,
    ...over,
  };
}
