// Made-up long words must not buy expensive typo look-ups: the cost of a word's deletion
// neighbourhood grows with the square of its length (a 300-letter word cost ~100 ms, 30–100× a
// normal search). Look-ups are only for word-sized words, and a query gets a bounded number.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProcedureIndex } from '../../../server/src/search/index.js';
import { MAX_TYPO_LOOKUPS, MAX_TYPO_WORD_LENGTH } from '../../../server/src/search/query.js';
import { TypoIndex } from '../../../server/src/search/typo.js';
import { DOCS, SYNONYMS } from './fixtures.js';

const junk = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'abcdeghiklmnopqrstuvxy'[(i * 7 + seed * 13) % 22]).join('');

afterEach(() => vi.restoreAllMocks());

describe('search under hostile input', () => {
  const index = createProcedureIndex(DOCS, { synonyms: SYNONYMS });

  it('a 300-letter made-up word gets no typo look-up; 24 long made-up words get at most the per-query budget', () => {
    const lookup = vi.spyOn(TypoIndex.prototype, 'lookup');
    index.search(junk(300, 1));
    expect(lookup).not.toHaveBeenCalled();
    index.search(Array.from({ length: 24 }, (_, i) => junk(12, i)).join(' '));
    expect(lookup.mock.calls.length).toBeLessThanOrEqual(MAX_TYPO_LOOKUPS);
    expect(Math.max(...lookup.mock.calls.map(([w]) => w.length))).toBeLessThanOrEqual(MAX_TYPO_WORD_LENGTH);
  });

  it('still corrects ordinary typos next to the junk', () => {
    const r = index.search(`khai sinnh ${junk(200, 2)}`);
    expect(r.items.length).toBeGreaterThan(0);
  });
});
