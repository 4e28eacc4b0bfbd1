// A civil-status matter with a foreign side (round 25): who is of another country or was born there,
// told apart from a Vietnamese working abroad and from words that only look like a country's name.
import { describe, expect, it } from 'vitest';
import { foreignSide } from '../../../server/src/chat/understander.js';

describe('foreignSide', () => {
  it.each([
    'vợ tôi người Hàn Quốc, giờ đăng ký kết hôn ở xã',
    'chồng Nhật của chị muốn nhận con',
    'bố cháu quốc tịch Đài Loan',
    'con sinh bên Trung Quốc về nước rồi',
    'con em sinh ra ở Mỹ',
    'ket hon voi nguoi lao o ban ben',
    'ông ấy là Việt kiều',
    'khai sinh có yếu tố NN',
    // Shorthand, and marrying someone "from over there".
    'dk ket hon voi ng trung quoc o dau',
    'em lấy chồng bên Lào, về xã đăng ký kết hôn',
  ])('"%s": a foreign side', (text) => {
    expect(foreignSide(text)).toBe('said');
  });

  it.each([
    // A Vietnamese working or travelling abroad: the domestic procedure.
    'chồng tôi đang đi làm bên Hàn, tôi đi khai sinh cho con một mình được không',
    'trước khi sang Nhật làm lại căn cước',
    // Words that fold to a country's name.
    'khai sinh quá hạn có bị phạt không',
    'qua han roi thi sao',
    'bố hắn đi vắng, mẹ hắn đi khai được không',
    'đặt tên con có dấu ngã được không',
    'nguoi lao dong ngoai tinh dang ky tam tru',
    'về Lào Cai làm giấy tờ',
  ])('"%s": no foreign side', (text) => {
    expect(foreignSide(text)).toBeNull();
  });

  it('a foreign side denied', () => {
    expect(foreignSide('khai tử cho ông, cả nhà đều là người Việt, không liên quan nước ngoài')).toBe('denied');
  });
});
