import { describe, expect, it } from 'vitest';
import { deletions, editDistance, TypoIndex } from '../../../server/src/search/typo.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit', () => {
    expect(editDistance('sinh', 'sinnh', 2)).toBe(1);
    expect(editDistance('sinh', 'sin', 2)).toBe(1);
    expect(editDistance('sinh', 'sonh', 2)).toBe(1);
    expect(editDistance('sinh', 'snih', 2)).toBe(1);
    expect(editDistance('thuong', 'thoung', 2)).toBe(1);
    expect(editDistance('khai', 'khai', 2)).toBe(0);
  });

  it('stops early beyond the maximum', () => {
    expect(editDistance('khai', 'xyzw', 1)).toBe(2);
  });
});

describe('TypoIndex', () => {
  const idx = new TypoIndex();
  for (const w of ['sinh', 'khai', 'thuong', 'tru', 'chung', 'thuc', 'nghiep', 'doanh', 'nghieng']) idx.add(w);

  it('finds vocabulary words one edit away', () => {
    expect(idx.lookup('sinnh').map((c) => c.word)).toEqual(['sinh']);
    expect(idx.lookup('khia').map((c) => c.word)).toEqual(['khai']);
    expect(idx.lookup('thong').map((c) => c.word)).toEqual(['thuong']);
  });

  it('allows two edits from 7 letters on, nearest first', () => {
    const found = idx.lookup('ngihepp');
    expect(found[0]).toEqual({ word: 'nghiep', distance: 2 });
    expect(idx.lookup('doanhhh').map((c) => c.word)).toEqual(['doanh']);
  });

  it('does not stretch short words two edits', () => {
    expect(idx.lookup('sanhh')).toEqual([]);
  });

  it('never returns the query itself', () => {
    expect(idx.lookup('sinh').map((c) => c.word)).not.toContain('sinh');
  });

  it('deletion neighbourhood has every one-character deletion', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'ac', 'bc']);
  });
});
