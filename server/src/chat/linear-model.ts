// A linear reading of a message beside the nearest-examples model (intent-model.ts): one weight per
// word, word pair or letter triple and per label, learned from the same labelled examples by
// softmax regression. Nearest examples vote with every word they share with the message, generic
// ones too; a learned weight says which words tell a label from the others. Tried on writers it
// never saw (each set's examples read by a model built from the other sets), it named the right
// label more often than the neighbours did (see README, round 17).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { features, tfidf } from './model-features.js';

export interface LinearExample {
  text: string;
  label: string;
  /** The procedure in focus when it was said (follow-ups), read as the neighbours' model reads it. */
  focus?: string;
  /** A procedure example's other codes its writer accepted as right (as the neighbours' model counts them). */
  accept?: readonly string[];
}

export const linearModelSchema = z
  .object({
    about: z.string(),
    /** Digest of the examples it was fitted on (examplesDigest): a test tells when they changed since. */
    source: z.string(),
    labels: z.array(z.string().min(1)).min(1),
    /** feature → [label index, weight, label index, weight, …] (small weights dropped). */
    weights: z.record(z.string(), z.array(z.number())),
    /** The feature's rarity over the examples (as the neighbours' model weighs it). */
    idf: z.record(z.string(), z.number()),
    bias: z.array(z.number()),
  })
  .superRefine((m, ctx) => {
    if (m.bias.length !== m.labels.length) ctx.addIssue({ code: 'custom', message: 'one bias per label' });
    for (const [k, list] of Object.entries(m.weights)) {
      if (m.idf[k] === undefined) ctx.addIssue({ code: 'custom', message: `no rarity for ${k}` });
      for (let i = 0; i < list.length; i += 2)
        if (!Number.isInteger(list[i]) || list[i]! < 0 || list[i]! >= m.labels.length || list[i + 1] === undefined) {
          ctx.addIssue({ code: 'custom', message: `bad weight list for ${k}` });
          break;
        }
    }
  });
export type LinearModelData = z.infer<typeof linearModelSchema>;

/**
 * Where the shipped linear models live (written by `npm run chat:learn`): the main one, the
 * follow-up one (turns said with a procedure in focus, read with it, as the follow-up k-NN reads
 * them), and the options one (which procedures to offer when asking which; `optionExamples`).
 */
export function linearModelPath(
  which: 'main' | 'followUp' | 'options' = 'main',
  contentDir = process.env.CONTENT_DIR || path.join(repoRoot, 'content'),
): string {
  const file = { main: 'linear-model.json', followUp: 'linear-followup.json', options: 'linear-options.json' }[which];
  return path.join(contentDir, 'chat', file);
}

export function loadLinearModel(file: string): LinearModelData {
  return linearModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface LinearPrediction {
  label: string;
  /** Softmax probability of the label. */
  p: number;
  /** Probability of a label ("code:…", "decline" …); 0 when unknown. */
  prob(label: string): number;
  /** The `n` likeliest labels, likeliest first. */
  top(n: number): { label: string; p: number }[];
}

/** Seeded shuffle (the same model from the same examples). */
function shuffled(n: number, seed: number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A short digest of examples (label and text, in order). */
export function examplesDigest(examples: readonly LinearExample[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.label}\t${e.focus ?? ''}\t${e.text}\n`);
  return h.digest('hex').slice(0, 16);
}

export interface FitOptions {
  epochs?: number;
  rate?: number;
  /** Features seen in fewer examples are left out. */
  minDf?: number;
  /** Weights smaller than this are not kept. */
  keep?: number;
  seed?: number;
  /** Gradients smaller than this are skipped (labels far from the message keep no weight). */
  skip?: number;
}

export function fitLinear(examples: readonly LinearExample[], opts: FitOptions = {}, about = ''): LinearModelData {
  const { epochs = 4, rate = 0.5, minDf = 2, keep = 0.01, seed = 17, skip = 0.01 } = opts;
  const raw = examples.map((e) => features(e.text, e.focus));
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) if (d >= minDf) idf.set(k, Math.log((1 + n) / (1 + d)) + 1);
  const featIndex = new Map<string, number>();
  for (const k of idf.keys()) featIndex.set(k, featIndex.size);
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  // (An accepted label no example carries as its own gets no weight: it is never read.)
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const L = labels.length;
  const rows = raw.map((f, i) => {
    const { keys, values } = tfidf(f, idf);
    const e = examples[i]!;
    // (The labels its writer accepted: the loss is the probability of any of them, so a message the
    // writers split between two right codes is not pushed off either.)
    const accepted = e.label.startsWith('code:') ? (e.accept ?? []).map((c) => `code:${c}`) : [];
    const ok = [...new Set([e.label, ...accepted])].flatMap((l) => labelIndex.get(l) ?? []);
    return { at: Int32Array.from(keys, (k) => featIndex.get(k)!), vals: values, ok: Int32Array.from(ok) };
  });
  const W = new Float32Array(featIndex.size * L);
  const G = new Float32Array(featIndex.size * L); // AdaGrad sums
  const b = new Float64Array(L);
  const gb = new Float64Array(L);
  const s = new Float64Array(L);
  const t = new Float64Array(L); // target shares of the accepted labels
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of shuffled(rows.length, seed + epoch)) {
      const { at, vals, ok } = rows[r]!;
      s.set(b);
      for (let j = 0; j < at.length; j++) {
        const base = at[j]! * L;
        const x = vals[j]!;
        for (let c = 0; c < L; c++) s[c]! += W[base + c]! * x;
      }
      let max = -Infinity;
      for (let c = 0; c < L; c++) if (s[c]! > max) max = s[c]!;
      let z = 0;
      for (let c = 0; c < L; c++) {
        s[c] = Math.exp(s[c]! - max);
        z += s[c]!;
      }
      // −log of the accepted labels' probability: each accepted label is pulled up by its share of it.
      let za = 0;
      for (const c of ok) za += s[c]!;
      for (const c of ok) t[c] = s[c]! / za;
      for (let c = 0; c < L; c++) {
        const g = s[c]! / z - t[c]!;
        if (g > -skip && g < skip) continue;
        gb[c]! += g * g;
        b[c]! -= (rate * g) / Math.sqrt(gb[c]! + 1e-8);
        for (let j = 0; j < at.length; j++) {
          const k = at[j]! * L + c;
          const gw = g * vals[j]!;
          G[k]! += gw * gw;
          W[k]! -= (rate * gw) / Math.sqrt(G[k]! + 1e-8);
        }
      }
      for (const c of ok) t[c] = 0;
    }
  }
  const weights: Record<string, number[]> = {};
  const idfOut: Record<string, number> = {};
  for (const [k, fi] of featIndex) {
    const list: number[] = [];
    for (let c = 0; c < L; c++) {
      const w = W[fi * L + c]!;
      if (Math.abs(w) >= keep) list.push(c, Math.round(w * 1e3) / 1e3);
    }
    if (list.length > 0) {
      weights[k] = list;
      idfOut[k] = Math.round(idf.get(k)! * 1e4) / 1e4;
    }
  }
  return { about, source: examplesDigest(examples), labels, weights, idf: idfOut, bias: Array.from(b, (v) => Math.round(v * 1e3) / 1e3) };
}

export class LinearModel {
  private readonly idf: Map<string, number>;
  private readonly weights: Map<string, number[]>;
  private readonly labelIndex: Map<string, number>;
  constructor(private readonly data: LinearModelData) {
    this.idf = new Map(Object.entries(data.idf));
    this.weights = new Map(Object.entries(data.weights));
    this.labelIndex = new Map(data.labels.map((l, i) => [l, i]));
  }

  predict(text: string, focus?: string | null): LinearPrediction | null {
    return this.read(features(text, focus));
  }

  /** The same from a message's features (model-features.ts), when they are already at hand. */
  read(f: Map<string, number>): LinearPrediction | null {
    const { keys, values: vals } = tfidf(f, this.idf);
    if (keys.length === 0) return null;
    const L = this.data.labels.length;
    const s = Float64Array.from(this.data.bias);
    keys.forEach((k, j) => {
      // (A feature with a rarity but no weight kept — a hand-edited file — adds nothing.)
      const list = this.weights.get(k) ?? [];
      for (let x = 0; x < list.length; x += 2) s[list[x]!]! += list[x + 1]! * vals[j]!;
    });
    let max = -Infinity;
    let arg = 0;
    for (let c = 0; c < L; c++) if (s[c]! > max) [max, arg] = [s[c]!, c];
    let z = 0;
    for (let c = 0; c < L; c++) {
      s[c] = Math.exp(s[c]! - max);
      z += s[c]!;
    }
    for (let c = 0; c < L; c++) s[c]! /= z;
    return {
      label: this.data.labels[arg]!,
      p: s[arg]!,
      prob: (label) => {
        const i = this.labelIndex.get(label);
        return i === undefined ? 0 : s[i]!;
      },
      top: (n) =>
        [...s.keys()]
          .sort((a, b) => s[b]! - s[a]! || a - b)
          .slice(0, n)
          .map((i) => ({ label: this.data.labels[i]!, p: s[i]! })),
    };
  }
}
