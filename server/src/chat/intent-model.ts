// A small learned model beside the rules: nearest labelled examples (k-NN over TF-IDF vectors of
// folded words, word pairs and letter n-grams). It reads a whole message — typos, missing
// diacritics, teencode, a long story — the way the examples it was given were read, and says how
// sure it is. It never writes an answer: the service uses its label only as evidence, and facts
// still come from the records and content.
//
// Labels: "code:<national code>", "topic:<topic>", "hotline:<111|…|local>", "decline", "fallback",
// "clarify". An example may accept several codes (siblings): its label is the first, `accept` all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { LinearModel, type LinearPrediction, linearModelPath, loadLinearModel } from './linear-model.js';
import { features, tfidf } from './model-features.js';
import { loadQuestionBankContent, type QuestionBankContent } from './question-bank.js';

export interface LabelledExample {
  text: string;
  label: string;
  /** Every acceptable code for a procedure example (the label's first). */
  accept?: string[];
  /** The follow-up model's: the procedure in focus when the message was said (see CONTEXT_W). */
  focus?: string;
}

/** The procedures an example points to: a procedure example's codes, an "ask which" example's options. */
export const offeredCodes = (e: { label: string; accept?: readonly string[] }): readonly string[] =>
  e.label.startsWith('code:') ? [e.label.slice(5), ...(e.accept ?? [])] : e.label === 'clarify' ? (e.accept ?? []) : [];

export interface IntentPrediction {
  label: string;
  /** Share of the neighbours' weight behind the label (0..1). */
  share: number;
  /** Cosine similarity of the nearest example with that label. */
  best: number;
  /** The label's acceptable codes, from its nearest example. */
  accept: string[];
  /** Share of the neighbours' weight whose example accepts the procedure. */
  support(code: string): number;
  /**
   * The procedures the neighbours point to, most weight first: the options their writers offered
   * ("ask which" examples) and the codes of procedure examples — what to offer when asking which.
   */
  options: string[];
  /** The linear model's reading of the same message (linear-model.ts), when the model has one. */
  linear?: LinearPrediction | null;
}

/** What the service needs of a model. */
export interface IntentPredictor {
  /** `focus`: the procedure in focus, for the follow-up model (examples said with the same focus are nearer). */
  predict(text: string, focus?: string | null): IntentPrediction | null;
}

/** Neighbours asked; a neighbour's vote = similarity². */
const K = 7;
/** Neighbours whose procedures are offered when asking which (more than vote on the label). */
const OPTION_K = 20;
const TOP = Math.max(K, OPTION_K);
/** … as near as this share of the nearest one's similarity. */
const OPTION_FLOOR = 0.5;
const POW = 2;
/**
 * The linear model's label leads from this probability (round 17): its weights tell the telling words
 * from the everyday ones, the neighbours vote with all of them. Pooled over 114 sets without the
 * calibrator (`eval:chat --no-calibrator`, % correct / % confidently wrong), leading from 0.85:
 * 77.8 / 7.4; 0.7: 78.9 / 7.1; 0.55: 79.4 / 6.9; 0.4: 79.4 / 6.7; 0.25: 79.2 / 6.5 (round 16's
 * neighbours alone, before its last three replies: 75.5 / 7.8).
 */
const LINEAR_LEADS = 0.4;
/**
 * The most options the options model gives (round 19). Offline, 5 folds, the first turns the writers
 * asked back about with named options (5,012), every option the writer named among those given: the
 * neighbours' ranking 61.1 % (4.68 options on average); the options model's, as many as the
 * neighbours give, 64.9 % (4.69); its five likeliest always, 66.0 % (5).
 */
const OPTIONS_TOP = 5;

export class IntentModel implements IntentPredictor {
  private readonly idf = new Map<string, number>();
  private readonly examples: { label: string; accept: string[] }[] = [];
  /**
   * feature → its examples' indices and weights (typed arrays: the scoring loop's hot path). Every
   * feature is looked up, the common ones too. (Rounds 8–10 skipped features in more than a fifth,
   * then 15 %, of the examples for speed; with typed arrays the whole lookup is cheaper than the
   * skipping was, and in round 11 skipping none gained 90 correct turns and 74 fewer confidently
   * wrong, pooled over 36,119 turns.)
   */
  private readonly index = new Map<string, { at: Int32Array; w: Float64Array }>();
  /** Scores per example, reused by every prediction (zeroed again after each). */
  private readonly scratch: Float64Array;
  /** The examples a prediction touched, first touched first (reused like `scratch`). */
  private readonly touched: Int32Array;

  /**
   * `linear`: a linear model learned from the same examples, read beside the neighbours;
   * `optionsModel`: one learned from their options (`optionExamples`), which ranks what to offer.
   *
   * Built in flat typed arrays, each feature numbered once (round 37): the same weights, in the same
   * order, as building a vector per example, but without 130,000 short-lived maps and arrays — with
   * them the build took about 13 s of a 23 s start on a slow machine, much of it collecting garbage.
   */
  constructor(
    examples: readonly LabelledExample[],
    private readonly linear: LinearModel | null = null,
    private readonly optionsModel: LinearModel | null = null,
  ) {
    // Each example's features as (feature number, count) pairs, in the order the features were met.
    const ids = new Map<string, number>();
    const names: string[] = [];
    const df: number[] = [];
    let fid = new Int32Array(1 << 20);
    let ftf = new Float64Array(1 << 20);
    const start = new Int32Array(examples.length + 1);
    let used = 0;
    examples.forEach((e, x) => {
      const f = features(e.text, e.focus);
      if (used + f.size > fid.length) {
        const size = Math.max(fid.length * 2, used + f.size);
        const grownId = new Int32Array(size);
        grownId.set(fid.subarray(0, used));
        fid = grownId;
        const grownTf = new Float64Array(size);
        grownTf.set(ftf.subarray(0, used));
        ftf = grownTf;
      }
      for (const [k, tf] of f) {
        let id = ids.get(k);
        if (id === undefined) {
          id = names.length;
          ids.set(k, id);
          names.push(k);
          df.push(0);
        }
        df[id]! += 1;
        fid[used] = id;
        ftf[used++] = tf;
      }
      start[x + 1] = used;
    });
    const n = examples.length;
    const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
    names.forEach((k, id) => {
      this.idf.set(k, idf[id]!);
    });
    // Weighted as tfidf() weighs a message: (1 + log tf) × rarity, unit length.
    const weight = new Float64Array(used);
    const postings = new Int32Array(names.length);
    const exampleOf = new Int32Array(n);
    examples.forEach((e, x) => {
      const from = start[x]!;
      const to = start[x + 1]!;
      exampleOf[x] = -1;
      if (to === from) return;
      let norm = 0;
      for (let j = from; j < to; j++) {
        const v = (1 + Math.log(ftf[j]!)) * idf[fid[j]!]!;
        weight[j] = v;
        norm += v * v;
      }
      norm = Math.sqrt(norm) || 1;
      for (let j = from; j < to; j++) {
        weight[j] = weight[j]! / norm;
        postings[fid[j]!]! += 1;
      }
      exampleOf[x] = this.examples.length;
      this.examples.push({ label: e.label, accept: e.accept ?? [] });
    });
    const at = names.map((_, id) => new Int32Array(postings[id]!));
    const w = names.map((_, id) => new Float64Array(postings[id]!));
    const filled = new Int32Array(names.length);
    for (let x = 0; x < n; x++) {
      const i = exampleOf[x]!;
      if (i < 0) continue;
      for (let j = start[x]!; j < start[x + 1]!; j++) {
        const id = fid[j]!;
        const k = filled[id]!;
        at[id]![k] = i;
        w[id]![k] = weight[j]!;
        filled[id] = k + 1;
      }
    }
    names.forEach((k, id) => {
      this.index.set(k, { at: at[id]!, w: w[id]! });
    });
    this.scratch = new Float64Array(this.examples.length);
    this.touched = new Int32Array(this.examples.length);
  }

  predict(text: string, focus?: string | null): IntentPrediction | null {
    const f = features(text, focus);
    const q = tfidf(f, this.idf);
    if (q.keys.length === 0) return null;
    // Scores accumulated in a reused array (posting lists of common letter triples are long: about
    // 880,000 postings a message with 132,000 examples). The examples touched are kept in a reused
    // typed array too, in the order first touched (the order ties are broken in): round 37, pushing
    // them onto a fresh array cost about 16 ns a posting, three quarters of a reply's time.
    const scores = this.scratch;
    const touched = this.touched;
    let touchedCount = 0;
    for (let j = 0; j < q.keys.length; j++) {
      const list = this.index.get(q.keys[j]!);
      if (list === undefined) continue;
      const qv = q.values[j]!;
      const at = list.at;
      const w = list.w;
      const len = at.length;
      for (let x = 0; x < len; x++) {
        const i = at[x]!;
        const s = scores[i]!;
        if (s === 0) touched[touchedCount++] = i;
        scores[i] = s + qv * w[x]!;
      }
    }
    // The TOP best, kept sorted by insertion (most candidates fall below the last and cost one compare).
    const top: [number, number][] = [];
    for (let t = 0; t < touchedCount; t++) {
      const i = touched[t]!;
      const sc = scores[i]!;
      scores[i] = 0;
      if (top.length === TOP && sc <= top[TOP - 1]![1]) continue;
      let at = top.length === TOP ? TOP - 1 : top.length;
      while (at > 0 && top[at - 1]![1] < sc) at--;
      top.splice(at, 0, [i, sc]);
      if (top.length > TOP) top.pop();
    }
    if (top.length === 0) return null;
    const byLabel = new Map<string, { weight: number; own: number; best: number; accept: string[] }>();
    const near = top.map(([i, sim]) => ({ ex: this.examples[i]!, sim, w: sim ** POW }));
    const neighbours = near.slice(0, K);
    let total = 0;
    // A procedure example votes for every sibling its writer accepted ("khai sinh" labelled with the
    // birth registration and the two interlinked ones), its own label first among equals.
    for (const { ex, sim, w } of neighbours) {
      total += w;
      const labels = ex.label.startsWith('code:') ? [...new Set([ex.label, ...ex.accept.map((c) => `code:${c}`)])] : [ex.label];
      for (const l of labels) {
        const own = l === ex.label ? w : 0;
        const cur = byLabel.get(l);
        // (Nearest first: a label's best similarity and accepted codes are its first voter's.)
        if (cur) {
          cur.weight += w;
          cur.own += own;
        } else byLabel.set(l, { weight: w, own, best: sim, accept: ex.accept });
      }
    }
    const [label, first] = [...byLabel.entries()].sort((a, b) => b[1].weight - a[1].weight || b[1].own - a[1].own)[0]!;
    const optionWeight = new Map<string, number>();
    // (Only examples near the message: far ones' procedures are no option — "làm lại giấy" is asked openly.)
    const floor = (near[0]?.sim ?? 0) * OPTION_FLOOR;
    for (const { ex, w } of near.slice(0, OPTION_K).filter((n) => n.sim >= floor)) {
      for (const c of new Set(offeredCodes(ex))) optionWeight.set(c, (optionWeight.get(c) ?? 0) + w);
    }
    const support = (code: string) =>
      total > 0
        ? neighbours.filter((n) => n.ex.label === `code:${code}` || n.ex.accept.includes(code)).reduce((a, n) => a + n.w, 0) / total
        : 0;
    // (The linear model reads the same features: computed once.)
    const linear = this.linear?.read(f) ?? null;
    const nearOptions = [...optionWeight.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    // What to offer: the options model's likeliest, as many as the neighbours near the message offer
    // (at least two, at most OPTIONS_TOP); none where they offer none ("cho hỏi cái giấy" is asked
    // openly, as before).
    const ranked =
      this.optionsModel && nearOptions.length > 0
        ? this.optionsModel.read(f)?.top(Math.max(2, Math.min(OPTIONS_TOP, nearOptions.length)))
        : undefined;
    const options = ranked ? ranked.map((r) => r.label.slice(5)) : nearOptions;
    const share = total > 0 ? first.weight / total : 0;
    if (!linear || linear.p < LINEAR_LEADS) return { linear, options, label, share, best: first.best, accept: first.accept, support };
    // The linear label leads, as sure as the surer of the two when the neighbours agree; its nearest
    // example gives how near and what it accepts (the nearest of all when none is among the neighbours).
    const support2 = (code: string) => Math.max(support(code), linear.prob(`code:${code}`));
    if (linear.label === label)
      return { linear, options, label, share: Math.max(share, linear.p), best: first.best, accept: first.accept, support: support2 };
    const nearest = near.find((n) => n.ex.label === linear.label);
    return {
      linear,
      options,
      label: linear.label,
      share: linear.p,
      best: nearest?.sim ?? near[0]?.sim ?? 0,
      accept: nearest?.ex.accept ?? (linear.label.startsWith('code:') ? [linear.label.slice(5)] : []),
      support: support2,
    };
  }
}

const LABEL = z.string().regex(/^(?:code:\d\.\d{6}|topic:[a-z_]+|hotline:[a-z0-9]+|decline|fallback|clarify)$/);

/** content/chat/learned-examples.json: labelled messages from the evaluation sets' tuning parts. */
export const learnedExamplesSchema = z.object({
  description: z.string(),
  examples: z.array(
    z.object({
      text: z.string().min(1).max(1000),
      label: LABEL,
      accept: z.array(z.string().regex(/^\d\.\d{6}$/)).optional(),
    }),
  ),
  /** Turns said with a procedure in focus: "focus" (stays on it) or what they are instead. */
  followUps: z
    .array(
      z.object({
        text: z.string().min(1).max(1000),
        label: z.union([z.literal('focus'), LABEL]),
        accept: z.array(z.string().regex(/^\d\.\d{6}$/)).optional(),
        /** The procedure in focus when it was said (the turn before's first code). */
        focus: z
          .string()
          .regex(/^\d\.\d{6}$/)
          .optional(),
      }),
    )
    .default([]),
});

/** The question bank's phrasings as examples (a procedure entry's first code is its label). */
export function bankExamples(content: QuestionBankContent): LabelledExample[] {
  return content.entries.flatMap((e) =>
    e.phrasings.map((text) => (e.codes ? { text, label: `code:${e.codes[0]}`, accept: e.codes } : { text, label: `topic:${e.topic}` })),
  );
}

export type LearnedExamples = z.infer<typeof learnedExamplesSchema>;

export function loadLearned(contentDir = process.env.CONTENT_DIR || path.join(repoRoot, 'content')): LearnedExamples {
  const file = path.join(contentDir, 'chat', 'learned-examples.json');
  return learnedExamplesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A content file read once per process; null when it is absent. */
function once<T>(load: () => T): () => T | null {
  let value: T | null | undefined;
  return () => {
    if (value === undefined) {
      try {
        value = load();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        value = null;
      }
    }
    return value;
  };
}
const learnedOnce = once(() => loadLearned());
const bankOnce = once(() => bankExamples(loadQuestionBankContent()));
const linearOnce = once(() => loadLinearModel(linearModelPath('main')));
const linearFollowUpOnce = once(() => loadLinearModel(linearModelPath('followUp')));
const linearOptionsOnce = once(() => loadLinearModel(linearModelPath('options')));

let cached: IntentModel | null | undefined;
/**
 * Bank + learned examples, built once (round 14, `node --expose-gc --import tsx bench/model-build.ts`:
 * 46,817 examples in about 5.9–6.2 s with the file read and checked; the follow-up model 1.3–1.5 s
 * more; the two hold about 213 MB of heap — round 13's 44,442: 4.1 s + 1.1 s, 205 MB); null when
 * neither file exists.
 */
export function defaultIntentModel(): IntentModel | null {
  if (cached === undefined) {
    const examples = [...(bankOnce() ?? []), ...(learnedOnce()?.examples ?? [])];
    const linear = linearOnce();
    const options = linearOptionsOnce();
    cached =
      examples.length > 0
        ? new IntentModel(examples, linear ? new LinearModel(linear) : null, options ? new LinearModel(options) : null)
        : null;
  }
  return cached;
}

let cachedFollowUp: IntentModel | null | undefined;
/** The follow-up model (learned follow-ups only); null when there are none. */
export function defaultFollowUpModel(): IntentModel | null {
  if (cachedFollowUp === undefined) {
    const examples = learnedOnce()?.followUps ?? [];
    const linear = linearFollowUpOnce();
    cachedFollowUp = examples.length > 0 ? new IntentModel(examples, linear ? new LinearModel(linear) : null) : null;
  }
  return cachedFollowUp;
}
