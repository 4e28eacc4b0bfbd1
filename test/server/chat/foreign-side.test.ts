// A civil-status matter with a foreign side (round 25): who is of another country or was born there,
// told apart from a Vietnamese working abroad and from words that only look like a country's name.
import { describe, expect, it } from 'vitest';
import { foreignSide, registeredAbroad } from '../../../server/src/chat/understander.js';

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

describe('round 49: countries said by a word with another sense, and a matter already registered abroad', () => {
  it.each([
    ['con sinh ở đài, làm khai sinh', 'said'],
    ['Cháu tôi sinh ở Thái, bố mẹ đều là người Việt', 'said'],
    ['Đăng ký khai sinh cho con, chồng em người Nigeria', 'said'],
    // (The Thái people of Vietnam, a province, a change of ethnicity: no foreign side.)
    ['vợ tôi người Thái ở Sơn La, đăng ký kết hôn ở đâu', null],
    ['Con tôi khai sinh ghi dân tộc Kinh theo bố, nay muốn đổi sang Thái theo mẹ', null],
    ['chồng tôi quê Thái Bình, làm khai sinh cho con', null],
  ])('"%s" → %s', (text, side) => {
    expect(foreignSide(text)).toBe(side);
  });

  it.each([
    ['bên đó cấp giấy khai sinh rồi ạ', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', 'other'],
    ['uc cap roi', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', 'other'],
    ['đã ly hôn ở Mỹ', '', 'divorce'],
    ['em ở Đức đã làm thủ tục con nuôi bên đó, muốn ghi chú ở Việt Nam', '', 'adoption'],
    // (Not done abroad, or another matter asked, or done "there" with no foreign side.)
    ['chồng đi làm ở Hàn, đã đăng ký kết hôn ở xã', '', null],
    ['Con tôi sinh ở Nga, đã đăng ký ở Đại sứ quán Việt Nam bên đó rồi', '', null],
    ['đã đăng ký kết hôn ở Hàn Quốc rồi, giờ về làm khai sinh cho con', '', null],
    ['quá hạn đăng ký khai sinh thì sao', '', null],
    ['bên đó cấp giấy rồi', 'Thủ tục đăng ký khai sinh', null],
  ])('"%s" (in focus: "%s") → %s', (text, focus, done) => {
    expect(registeredAbroad(text, focus)).toBe(done);
  });
});

it('round 49: "bên đó cấp rồi" after a birth abroad was offered with the record of matters done abroad is that birth, not an adoption', () => {
  // (The record's name lists "nuôi con nuôi" among the matters it covers.)
  const offered = [
    'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
    'Thủ tục ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài (khai sinh; giám hộ; nhận cha, mẹ, con; xác định cha, mẹ, con; nuôi con nuôi; khai tử; thay đổi hộ tịch)',
  ];
  expect(registeredAbroad('bên đó cấp giấy rồi, chỉ cần ghi vào sổ', '', offered)).toBe('other');
});
