import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData } from '../../../server/src/feedback/mask.js';

describe('maskPersonalData (publish preview)', () => {
  const ctx = { senderName: 'Nguyễn Văn An', senderAddress: 'Thôn Đông, xã Hòa An' };

  it('masks phone numbers in every usual writing, e-mails and ID numbers', () => {
    const { text, masked } = maskPersonalData(
      'Gọi 0912 345 678, 0912.345.678, +84 912345678 hoặc 02223 456 789; thư an.nguyen@gmail.com; CCCD 001089012345, CMND 012 345 678.',
      ctx,
    );
    expect(text).toBe(
      `Gọi ${MASKS.phone}, ${MASKS.phone}, ${MASKS.phone} hoặc ${MASKS.phone}; thư ${MASKS.email}; CCCD ${MASKS.id}, CMND ${MASKS.id}.`,
    );
    expect(masked).toBe(7);
  });

  it('masks the sender’s name and address, with or without diacritics, and "ông An"; leaves other words alone', () => {
    const { text } = maskPersonalData(
      'Xã đã làm việc với ông Nguyễn Văn An (nguyen van an) tại Thôn Đông, xã Hòa An. Ông An đồng ý. An toàn giao thông được bảo đảm.',
      ctx,
    );
    expect(text).toBe(
      `Xã đã làm việc với ông ${MASKS.name} (${MASKS.name}) tại ${MASKS.address}. Ông ${MASKS.name} đồng ý. An toàn giao thông được bảo đảm.`,
    );
  });

  it('keeps dates, amounts and procedure codes', () => {
    const s = 'Ngày 12/05/2026, lệ phí 8.000 đồng, thủ tục 1.001193, hạn 15 ngày.';
    expect(maskPersonalData(s, ctx)).toEqual({ text: s, masked: 0 });
  });
});
