// Open-addressing hash map from a pair of non-negative int32 (two term ids) to an int32.
// A JS Map keyed by a*2^24+b would hash boxed doubles: several times slower for millions of bigrams.
export class PairMap {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keysA = new Int32Array(cap).fill(-1);
    this.keysB = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.keysA[i] !== -1 && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value for (a, b), or -1. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keysA[i] === -1 ? -1 : this.vals[i]!;
  }

  /** The value for (a, b); if absent, stores `value` and returns it. */
  getOrAdd(a: number, b: number, value: number): number {
    let i = this.slot(a, b);
    if (this.keysA[i] !== -1) return this.vals[i]!;
    if ((this.size + 1) * 2 > this.keysA.length) {
      this.grow();
      i = this.slot(a, b);
    }
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.vals[i] = value;
    this.size++;
    return value;
  }

  private grow(): void {
    const { keysA, keysB, vals } = this;
    const cap = keysA.length * 2;
    this.keysA = new Int32Array(cap).fill(-1);
    this.keysB = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < keysA.length; i++) {
      if (keysA[i] === -1) continue;
      const j = this.slot(keysA[i]!, keysB[i]!);
      this.keysA[j] = keysA[i]!;
      this.keysB[j] = keysB[i]!;
      this.vals[j] = vals[i]!;
    }
  }
}
