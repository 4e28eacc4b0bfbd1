// The embedded store answers plain inclusion projections without mingo (reports project a few
// fields out of 100,000 documents). The answers must be mingo's — MongoDB's rules — on every
// shape: missing, null, scalar and empty-object steps, arrays on the path, _id excluded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Query } from 'mingo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../server/src/store/embedded.js';
import type { Store } from '../../../server/src/store/port.js';

const DOCS = [
  { _id: '1', answer: {}, a: 1 },
  { _id: '2', answer: null, a: { b: null } },
  { _id: '3', answer: 7, a: { b: 5 } },
  { _id: '4', answer: { at: 'x', text: 'secret' }, a: { b: { c: 1, d: 2 } } },
  { _id: '5', answer: [{ at: 1, text: 'y' }], a: [{ b: { c: 3 } }] },
  { _id: '6', answer: { at: [1, 2], text: 'z' }, when: new Date('2026-01-01T00:00:00Z') },
  { _id: '7' },
];

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-projection-'));
  store = await createEmbeddedStore(dir);
  await store.collection('t').insertMany(DOCS);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Field order aside (mingo puts _id last), the same documents. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object' && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;

describe('embedded inclusion projection', () => {
  it.each([
    [{ 'answer.at': 1 }],
    [{ 'answer.at': 1, 'a.b.c': 1, when: 1 }],
    [{ answer: 1, _id: 0 }],
    [{ 'answer.at': 1, _id: 0 }],
    [{ a: 1, 'answer.text': 1 }],
  ])('%j is what mingo gives', async (projection) => {
    const want = new Query({}, {}).find(structuredClone(DOCS), projection).all();
    const got = await store.collection('t').find({}, { projection: projection as never });
    expect(canonical(got)).toEqual(canonical(want));
  });

  it('returns copies: changing a result does not change the store', async () => {
    const [doc] = await store.collection('t').find({ _id: '4' }, { projection: { answer: 1 } });
    (doc?.answer as { at: string }).at = 'changed';
    const [again] = await store.collection('t').find({ _id: '4' }, { projection: { 'answer.at': 1 } });
    expect(again?.answer).toEqual({ at: 'x' });
  });
});
