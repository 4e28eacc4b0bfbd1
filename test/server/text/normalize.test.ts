import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../server/src/text/abbreviations.js';
import { canonicalSpelling, expandAbbreviations, fold, hasDiacritics, nfc, tokenize, words } from '../../../server/src/text/normalize.js';

describe('fold', () => {
  it('strips diacritics, maps đ to d and lower-cases', () => {
    expect(fold('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(fold('ĐỒNG THỜI Ủy ban')).toBe('dong thoi uy ban');
    expect(fold('Xóa đăng ký thường trú')).toBe('xoa dang ky thuong tru');
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    const nfd = 'Hộ tịch'.normalize('NFD');
    expect(nfd).not.toBe('Hộ tịch');
    expect(fold(nfd)).toBe('ho tich');
  });

  it('leaves plain ASCII as lower case', () => {
    expect(fold('ABC 123')).toBe('abc 123');
  });
});

describe('nfc and hasDiacritics', () => {
  it('composes decomposed text', () => {
    expect(nfc('Khai tử'.normalize('NFD'))).toBe('Khai tử');
  });
  it('tells words with diacritics from plain ones', () => {
    expect(hasDiacritics('đăng')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('khai')).toBe(false);
  });
});

describe('tokenize', () => {
  it('gives accented and folded forms, lower case, split on punctuation', () => {
    expect(tokenize('Đăng ký, KẾT HÔN!')).toEqual([
      { accented: 'đăng', folded: 'dang' },
      { accented: 'ký', folded: 'ky' },
      { accented: 'kết', folded: 'ket' },
      { accented: 'hôn', folded: 'hon' },
    ]);
  });

  it('keeps procedure codes and numbers whole', () => {
    expect(words('Mã thủ tục 1.001193; lệ phí 8.000 đồng, số 123/2015/NĐ-CP.')).toEqual([
      'mã',
      'thủ',
      'tục',
      '1.001193',
      'lệ',
      'phí',
      '8.000',
      'đồng',
      'số',
      '123',
      '2015',
      'nđ',
      'cp',
    ]);
  });

  it('composes NFD input before splitting (combining marks stay in the word)', () => {
    expect(tokenize('khai tử'.normalize('NFD')).map((t) => t.accented)).toEqual(['khai', 'tử']);
  });

  it('returns nothing for punctuation or emoji only', () => {
    expect(tokenize(' ?! … 👍 ')).toEqual([]);
  });
});

describe('canonicalSpelling', () => {
  it('treats i/y spellings after a consonant as one word', () => {
    expect(canonicalSpelling('kí')).toBe(canonicalSpelling('ký'));
    expect(canonicalSpelling('lí')).toBe(canonicalSpelling('lý'));
    expect(canonicalSpelling('qui')).toBe(canonicalSpelling('quy'));
    expect(canonicalSpelling('mĩ')).toBe(canonicalSpelling('mỹ'));
  });

  it('treats old and new tone placement as one word', () => {
    expect(canonicalSpelling('hoà')).toBe('hòa');
    expect(canonicalSpelling('xoá')).toBe('xóa');
    expect(canonicalSpelling('thuỷ')).toBe('thủy');
    expect(canonicalSpelling('khoẻ')).toBe('khỏe');
  });

  it('leaves words that are not variants alone', () => {
    expect(canonicalSpelling('quý')).toBe('quý');
    expect(canonicalSpelling('hoàn')).toBe('hoàn');
    expect(canonicalSpelling('tay')).toBe('tay');
    expect(canonicalSpelling('tai')).toBe('tai');
    expect(canonicalSpelling('thuế')).toBe('thuế');
  });
});

describe('expandAbbreviations', () => {
  const expand = (s: string) =>
    expandAbbreviations(tokenize(s))
      .map((t) => t.accented)
      .join(' ');

  it('expands chat abbreviations to full words', () => {
    expect(expand('ko dc')).toBe('không được');
    expect(expand('lam gks ntn')).toBe('lam giấy khai sinh như thế nào');
    expect(expand('vk e mới sinh, đk khai sinh bn tiền')).toBe('vợ em mới sinh đăng ký khai sinh bao nhiêu tiền');
    expect(expand('mất CCCD')).toBe('mất căn cước công dân');
  });

  it('gives folded forms for the expanded words', () => {
    expect(expandAbbreviations(tokenize('đc'))).toEqual([{ accented: 'được', folded: 'duoc' }]);
  });

  it('only replaces whole tokens', () => {
    expect(expand('kon ako')).toBe('kon ako');
  });

  it('is data-driven: content can extend the map', () => {
    const map = { ...ABBREVIATIONS, gcn: 'giấy chứng nhận' };
    expect(
      expandAbbreviations(tokenize('cấp gcn ko'), map)
        .map((t) => t.accented)
        .join(' '),
    ).toBe('cấp giấy chứng nhận không');
  });

  it('ignores inherited object keys', () => {
    expect(expand('constructor tostring')).toBe('constructor tostring');
  });
});
