import { beforeAll, describe, expect, it } from 'vitest';
import { createProcedureIndex, type ProcedureIndex } from '../../../server/src/search/index.js';
import { DOCS, SYNONYMS } from './fixtures.js';

let index: ProcedureIndex;
beforeAll(() => {
  index = createProcedureIndex(DOCS, { synonyms: SYNONYMS });
});

const codes = (q: string, opts = {}) => index.search(q, opts).items.map((i) => i.code);
const first = (q: string) => codes(q)[0];
const scoreOf = (q: string, code: string) => index.search(q, { limit: 100 }).items.find((i) => i.code === code)?.score;

describe('what a citizen types finds the right procedure first', () => {
  it.each([
    ['đăng ký khai sinh', '1.001193'],
    ['dang ky khai sinh', '1.001193'],
    ['DANG KY KHAI SINH', '1.001193'],
    ['khai sinh', '1.001193'],
    ['đăng ký kết hôn', '1.000894'],
    ['ket hon', '1.000894'],
    ['cấp bản sao từ sổ gốc', '2.000908'],
    ['chứng thực bản sao', '2.000815'],
    ['chứng thực chữ ký', '2.000884'],
    ['xóa đăng ký thường trú', '1.003197'],
    ['đăng ký tạm trú', '1.004194'],
    ['dang ky tam tru', '1.004194'],
    ['xác nhận tình trạng hôn nhân', '1.004873'],
    ['đăng ký khai tử', '1.000656'],
    ['trích lục hộ tịch', '2.000635'],
    ['vợ mới sinh con', '1.001193'],
    ['1.001193', '1.001193'],
    ['1001193', '1.001193'],
  ])('%s → %s', (q, code) => {
    expect(first(q)).toBe(code);
  });
});

describe('typos', () => {
  it.each([
    ['khai sinnh', '1.001193'],
    ['đăng ki kết hôn', '1.000894'],
    ['đăng kí kết hôn', '1.000894'],
    ['chung thuc ban sao', '2.000815'],
    ['dang ky khai sinh', '1.001193'],
    ['xoa dang ky thuong tru', '1.003197'],
    ['đăng ký tạm trus', '1.004194'],
    ['đang ký kêt hôn', '1.000894'],
  ])('%s → %s', (q, code) => {
    expect(first(q)).toBe(code);
  });

  it('finds procedures when every distinctive word has a typo', () => {
    expect(first('khaii sinnh')).toBe('1.001193');
    expect(first('trích lụcc hộ tịchh')).toBe('2.000635');
    expect(first('kêt hônn')).toBe('1.000894');
  });

  it('a typo match scores lower than the exact word', () => {
    expect(scoreOf('khai sinnh', '1.001193')!).toBeLessThan(scoreOf('khai sinh', '1.001193')!);
  });

  it('gibberish finds nothing', () => {
    expect(index.search('qqqzzz xxyyww')).toEqual({ items: [], total: 0, highlights: [] });
  });
});

describe('synonyms from content', () => {
  it.each([
    ['cắt khẩu', '1.003197'],
    ['cat khau', '1.003197'],
    ['cắt hộ khẩu', '1.003197'],
    ['xin giấy độc thân', '1.004873'],
    ['giấy chứng tử', '1.000656'],
    ['sổ đỏ', 'T.0002'],
    ['công chứng bản sao', '2.000815'],
  ])('%s → %s', (q, code) => {
    expect(first(q)).toBe(code);
  });

  it('"hộ khẩu" finds the permanent-residence procedures', () => {
    expect(codes('hộ khẩu').slice(0, 2).sort()).toEqual(['1.003197', '1.004222']);
  });

  it('without the synonym, "cắt khẩu" does not find the procedure', () => {
    const plain = createProcedureIndex(DOCS, { synonyms: [] });
    expect(plain.search('cắt khẩu').items.map((i) => i.code)).not.toContain('1.003197');
  });
});

describe('ranking', () => {
  it('the phrase "khai sinh" beats a shorter name with "khai" and "sinh" apart', () => {
    const pick = (code: string) => ({ ...DOCS.find((d) => d.code === code)!, documents: [], fullText: null, aliases: [] });
    const idx = createProcedureIndex([pick('T.0001'), pick('2.000528'), pick('1.000894')]);
    expect(idx.search('khai sinh').items.map((i) => i.code)).toEqual(['2.000528', 'T.0001']);
  });

  it('accented matches rank above folded-only ones (thuế is not thuê)', () => {
    expect(first('thuế')).toBe('T.0003');
    expect(first('thuê đất')).toBe('T.0004');
    // Without diacritics both are plausible: both are found.
    expect(codes('thue').sort()).toEqual(['T.0003', 'T.0004']);
  });

  it('the accented query scores the exact document higher than the same query without diacritics scores it', () => {
    expect(scoreOf('thuế', 'T.0003')!).toBeGreaterThan(scoreOf('thuế', 'T.0004')! * 2);
  });

  it('the name counts more than the full text', () => {
    // "giấy chứng sinh" is a document of both birth registrations but names neither.
    expect(codes('tờ khai đăng ký khai sinh').slice(0, 2).sort()).toEqual(['1.001193', '2.000528']);
    expect(first('chữ ký')).toBe('2.000884');
  });

  it('the curated procedure gets a small boost over an otherwise equal one', () => {
    const twin = { ...DOCS[0]!, code: 'X.1', curated: false };
    const curated = { ...DOCS[0]!, code: 'X.2', curated: true };
    const idx = createProcedureIndex([twin, curated]);
    const items = idx.search('khai sinh').items;
    expect(items.map((i) => i.code)).toEqual(['X.2', 'X.1']);
    expect(items[0]!.score / items[1]!.score).toBeLessThan(1.5);
  });

  it('filler words do not steer the result', () => {
    expect(first('cho tôi hỏi làm sao để đăng ký kết hôn ạ')).toBe('1.000894');
  });
});

describe('filters and paging', () => {
  it('filters by field', () => {
    const r = index.search('đăng ký', { field: 'cu-tru', limit: 50 });
    expect(r.items.map((i) => i.code).sort()).toEqual(['1.003197', '1.004194', '1.004222']);
    expect(r.total).toBe(3);
  });

  it('filters by level', () => {
    const r = index.search('cấp', { level: 'tinh', limit: 50 });
    expect(r.items.length).toBeGreaterThan(0);
    for (const it of r.items) expect(DOCS.find((d) => d.code === it.code)!.levels).toContain('tinh');
  });

  it('an empty query with a filter lists by name order', () => {
    const r = index.search('', { field: 'ho-tich', limit: 100 });
    const names = r.items.map((i) => DOCS.find((d) => d.code === i.code)!.name);
    expect(names).toEqual([
      'Cấp bản sao trích lục hộ tịch',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Đăng ký kết hôn',
      'Đăng ký khai sinh',
      'Đăng ký khai sinh có yếu tố nước ngoài',
      'Đăng ký khai tử',
      'Đăng ký lại khai sinh',
    ]);
    expect(r.total).toBe(7);
    expect(r.items.every((i) => i.score === 0)).toBe(true);
  });

  it('an empty query without filters lists everything', () => {
    expect(index.search('  ').total).toBe(DOCS.length);
  });

  it('total counts all matches; limit and offset page them', () => {
    const all = index.search('đăng ký', { limit: 100 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(4);
    const page2 = index.search('đăng ký', { limit: 2, offset: 2 });
    expect(page2.total).toBe(all.total);
    expect(page2.items).toEqual(all.items.slice(2, 4));
    expect(index.search('đăng ký', { limit: 2, offset: 1000 }).items).toEqual([]);
  });

  it('defaults to 20 results', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...DOCS[0]!, code: `M.${i}` }));
    const idx = createProcedureIndex(many);
    const r = idx.search('khai sinh');
    expect(r.items).toHaveLength(20);
    expect(r.total).toBe(30);
  });

  it('results are ordered by score', () => {
    const s = index.search('đăng ký', { limit: 100 }).items.map((i) => i.score);
    expect(s).toEqual([...s].sort((a, b) => b - a));
  });
});

describe('highlightTerms', () => {
  it('gives the words to highlight, with the spelling the procedures use', () => {
    const h = index.highlightTerms('dang ky khai sinh');
    expect(h).toEqual(expect.arrayContaining(['đăng', 'ký', 'khai', 'sinh']));
  });

  it('includes typo corrections and synonym meanings, not filler words', () => {
    expect(index.highlightTerms('khai sinnh')).toContain('sinh');
    expect(index.highlightTerms('cắt khẩu')).toEqual(expect.arrayContaining(['xóa', 'thường', 'trú']));
    expect(index.highlightTerms('xin giấy độc thân')).not.toContain('xin');
  });

  it('is empty for an empty query', () => {
    expect(index.highlightTerms('')).toEqual([]);
  });
});

describe('rebuild', () => {
  it('a new index sees new content (aliases are searchable)', () => {
    const docs = DOCS.map((d) => (d.code === '1.003197' ? { ...d, aliases: ['chuyển hộ khẩu đi nơi khác'] } : d));
    const idx = createProcedureIndex(docs);
    expect(idx.search('chuyển hộ khẩu').items[0]?.code).toBe('1.003197');
    expect(idx.size).toBe(DOCS.length);
  });
});

describe('base procedure before its variants', () => {
  const docs = [
    { code: 'v1', name: 'Xóa đăng ký tạm trú', aliases: ['xóa tạm trú', 'hủy tạm trú', 'xóa đăng ký tạm trú'] },
    { code: 'b1', name: 'Đăng ký tạm trú', aliases: ['đăng ký tạm trú', 'làm tạm trú'] },
    { code: 'v2', name: 'Thủ tục đăng ký lại kết hôn', aliases: ['mất giấy đăng ký kết hôn', 'làm lại giấy kết hôn'] },
    { code: 'b2', name: 'Thủ tục đăng ký kết hôn', aliases: ['làm giấy đăng ký kết hôn'] },
  ].map((d) => ({
    ...d,
    situations: [],
    fieldName: null,
    field: 'x',
    levels: ['xa'],
    documents: [],
    fullText: null,
    online: 'chua_ro',
    curated: true,
  }));
  const index = createProcedureIndex(docs, { synonyms: [{ terms: ['cắt tạm trú'], means: 'xóa đăng ký tạm trú' }] });
  const first = (q: string) => index.search(q).items[0]?.code;

  // "Base first" is asserted on the real content in test/server/api/procedures.test.ts.
  it('ranks the variant first when the query asks for it, in words or through a synonym', () => {
    expect(first('xóa đăng ký tạm trú')).toBe('v1');
    expect(first('dang ky lai ket hon')).toBe('v2');
    expect(first('cắt tạm trú')).toBe('v1');
  });
});
