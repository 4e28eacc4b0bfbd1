// Round 16: the gradient-boosted trees the answer calibrator is made of (server/src/chat/boosting.ts).
import { describe, expect, it } from 'vitest';
import { boostedProbability, boostedSchema, fitBoosted, roundBoosted } from '../../../server/src/chat/boosting.js';

/** A small deterministic random source, so the rows are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Mostly wrong when one signal is on and another off, mostly right otherwise; plus a noise column. */
function rows(n: number, seed = 1) {
  const r = random(seed);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = r() < 0.5 ? 1 : 0;
    const b = r() < 0.5 ? 1 : 0;
    const wrong = a === 1 && b === 0 ? r() < 0.9 : r() < 0.1;
    xs.push([a, b, r() * 10]);
    ys.push(wrong ? 1 : 0);
  }
  return { xs, ys };
}

describe('gradient-boosted trees', () => {
  const { xs, ys } = rows(2000);
  const model = fitBoosted(xs, ys, { trees: 60, depth: 3, rate: 0.1, minLeaf: 20, l2: 1 });

  it('learn that a signal means wrong only where another is absent', () => {
    for (const noise of [1, 5, 9]) {
      expect(boostedProbability(model, [1, 0, noise])).toBeGreaterThan(0.8);
      expect(boostedProbability(model, [1, 1, noise])).toBeLessThan(0.2);
      expect(boostedProbability(model, [0, 0, noise])).toBeLessThan(0.2);
      expect(boostedProbability(model, [0, 1, noise])).toBeLessThan(0.2);
    }
  });

  it('judge rows they were not fitted on about as well as the truth allows (90 %)', () => {
    const test = rows(1000, 7);
    const right = test.xs.filter((x, i) => boostedProbability(model, x) >= 0.5 === (test.ys[i] === 1)).length;
    expect(right / test.xs.length).toBeGreaterThan(0.86);
  });

  it('are stored as plain numbers and read back to the same answers', () => {
    const stored = boostedSchema.parse(JSON.parse(JSON.stringify(roundBoosted(model))));
    for (const x of xs.slice(0, 200)) expect(boostedProbability(stored, x)).toBeCloseTo(boostedProbability(model, x), 6);
  });

  it('never split below the smallest leaf: with too few rows they say the share of yes', () => {
    const few = fitBoosted(xs.slice(0, 30), ys.slice(0, 30), { trees: 20, depth: 3, rate: 0.1, minLeaf: 20, l2: 1 });
    expect(few.trees.every((t) => t.feature.length === 1 && t.feature[0] === -1)).toBe(true);
    const share = ys.slice(0, 30).reduce((s, y) => s + y, 0) / 30;
    // (Newton steps from the prior: the prior is already the best single value.)
    expect(boostedProbability(few, xs[0]!)).toBeCloseTo(share, 3);
  });

  it('refuse to fit on nothing', () => {
    expect(() => fitBoosted([], [])).toThrow(/no rows/);
  });
});
