// How likely a procedure answer is to be wrong, learned from how the assistant's own answers fared
// (round 14). The rules and the two models each say something about a turn — which path reached the
// answer, how sure each model is, whether they agree, how telling the message's words are, whether
// the turn moves away from the procedure in focus — and no single threshold on any one of them tells
// a right answer from a wrong one. A model over those signals, fitted on the cross-validated answers
// of the tuning and training sets (`npm run chat:calibrate`: each answer given by models not built
// from its conversation), gives the chance that an answer names a procedure the citizen did not
// mean. Above `threshold` the answer is not given: the procedure is offered with the others close to
// it, to choose from — one tap from the answer if it was right, and no wrong papers if it was not.
// Rounds 14–15 fitted a logistic regression; since round 16 it is gradient-boosted trees
// (boosting.ts), which read a signal differently by where it stands (a focus or not, the models
// agreeing or not): cross-validated, they catch 256 more wrong answers for 5 fewer right ones lost.
//
// The trees are data (`content/chat/answer-calibrator.json`), never facts: they decide only
// whether to answer or to ask, never what an answer says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { type Boosted, boostedProbability, boostedSchema } from './boosting.js';
import { MIN_EVIDENCE } from './resolver.js';

/** What the service knows of a procedure answer when it is about to give it. */
export interface AnswerSignals {
  /** How the answer was reached: the rules alone ('') or the opinions that replaced their reply, joined by '+'. */
  via: string;
  /** What the rules alone replied. */
  rulesKind: string;
  rulesCode: string | null;
  /** The conversation before the turn: a procedure in focus, options we offered, or neither. */
  focus: string | null;
  options: number;
  /** Procedures answered earlier in the conversation. */
  history: number;
  /** The understander's reading. */
  intent: string;
  details: number;
  /** Rarity of the message's telling words (questionEvidence); −1 when not a procedure question. */
  evidence: number;
  /** Words in the message, normalized. */
  words: number;
  /** The main model: its label, share, nearest example and support for the answer's code. */
  model: { label: string; share: number; best: number; support: number } | null;
  /** The linear model's reading (linear-model.ts): its label, that label's probability and the answer's. */
  linear: { label: string; p: number; pCode: number } | null;
  /** The follow-up model (with a procedure in focus). */
  followUp: { label: string; share: number; best: number; support: number } | null;
  /** The answer. */
  code: string;
  curated: boolean;
  commune: boolean;
  /** The message says most of the procedure's name. */
  named: boolean;
  /** Share of the procedure's name words the message says, and how telling those it says are (rarity). */
  nameShare: number;
  nameEvidence: number;
  /** The turn corrects the last answer ("không phải …", "ý tôi là …"), moves on ("còn … thì sao") or goes back. */
  correction: boolean;
  shift: boolean;
  back: boolean;
}

/** The paths an answer can come by (others count as none of them). */
const VIAS = ['', 'second', 'followUp', 'pick', 'followUp+second', 'sure', 'second+sure'];

/** A model's label says the message is not ours (out of scope, or nobody's to answer). */
const notOurs = (label?: string): boolean => label === 'decline' || label === 'fallback';
/** A model's label is a topic or a hotline, not a procedure. */
const topicLabel = (label?: string): boolean => label?.startsWith('topic:') === true || label?.startsWith('hotline:') === true;

/** The features, by name, in the order the weights are stored. */
export function answerFeatures(s: AnswerSignals): Record<string, number> {
  const m = s.model;
  const f = s.followUp;
  const ctx = s.focus ? 'focus' : s.options > 0 ? 'opts' : 'fresh';
  const x: Record<string, number> = {};
  for (const v of VIAS) x[`via=${v || 'rules'}`] = s.via === v ? 1 : 0;
  for (const c of ['focus', 'opts', 'fresh']) x[`ctx=${c}`] = ctx === c ? 1 : 0;
  for (const k of ['answer', 'fallback', 'clarify', 'decline']) x[`rules=${k}`] = s.rulesKind === k ? 1 : 0;
  x.stay = s.focus !== null && s.code === s.focus ? 1 : 0;
  x.rulesSame = s.rulesCode === s.code ? 1 : 0;
  x.modelAgrees = m?.label === `code:${s.code}` ? 1 : 0;
  x.modelShare = m?.share ?? 0;
  x.modelBest = m?.best ?? 0;
  x.modelSupport = m?.support ?? 0;
  x.modelSupportFresh = ctx === 'fresh' ? (m?.support ?? 0) : 0;
  x.modelAsks = m?.label === 'clarify' ? 1 : 0;
  x.modelNotOurs = notOurs(m?.label) ? 1 : 0;
  x.modelTopic = topicLabel(m?.label) ? 1 : 0;
  const l = s.linear;
  x.linearAgrees = l?.label === `code:${s.code}` ? 1 : 0;
  x.linearP = l?.p ?? 0;
  x.linearPCode = l?.pCode ?? 0;
  x.linearAsks = l?.label === 'clarify' ? 1 : 0;
  x.linearNotOurs = notOurs(l?.label) ? 1 : 0;
  x.linearTopic = topicLabel(l?.label) ? 1 : 0;
  x.followUpStays = f?.label === 'focus' ? 1 : 0;
  x.followUpShare = f?.share ?? 0;
  x.followUpSupport = f?.support ?? 0;
  x.followUpAgrees = f?.label === `code:${s.code}` ? 1 : 0;
  x.followUpStaysShare = f?.label === 'focus' ? f.share : 0;
  x.evidence = Math.min(s.evidence, 30) / 10;
  x.evidenceLow = s.evidence >= 0 && s.evidence < MIN_EVIDENCE ? 1 : 0;
  x.words = Math.min(s.words, 60) / 20;
  x.details = Math.min(s.details, 3);
  x.curated = s.curated ? 1 : 0;
  x.commune = s.commune ? 1 : 0;
  x.named = s.named ? 1 : 0;
  x.history = Math.min(s.history, 4);
  x.procedureIntent = s.intent === 'procedure' ? 1 : 0;
  x.nameShare = s.nameShare;
  x.nameEvidence = Math.min(s.nameEvidence, 30) / 10;
  x.nameSaidNone = s.nameShare === 0 ? 1 : 0;
  x.correction = s.correction ? 1 : 0;
  x.shift = s.shift ? 1 : 0;
  x.back = s.back ? 1 : 0;
  return x;
}

export const calibratorSchema = z.object({
  /** How it was made (the command, the turns, the date). */
  about: z.string(),
  names: z.array(z.string()),
  /** An answer whose chance of being wrong is at least this is offered instead. */
  threshold: z.number().min(0).max(1),
  /** Fitted on every answer: the one the product uses. */
  all: boostedSchema,
  /** Fitted on all folds but one (the evaluation's five folds): each fold's answers judged by the others'. */
  folds: z.array(boostedSchema),
});
export type CalibratorFile = z.infer<typeof calibratorSchema>;

export class AnswerCalibrator {
  constructor(
    private readonly fit: Boosted,
    readonly threshold: number,
  ) {
    const n = FEATURE_NAMES.length;
    if (fit.trees.some((t) => t.feature.some((f) => f >= n)))
      throw new Error('answer calibrator: a tree reads a feature the service does not compute');
  }

  /** The chance (0..1) that this answer names a procedure the citizen did not mean. */
  pWrong(s: AnswerSignals): number {
    return this.pWrongOf(answerVector(s));
  }

  /** The same from the features in `FEATURE_NAMES` order (`answerVector`). */
  pWrongOf(x: number[]): number {
    return boostedProbability(this.fit, x);
  }

  /** Too likely wrong to be answered. */
  doubts(s: AnswerSignals): boolean {
    return this.pWrong(s) >= this.threshold;
  }

  static from(file: CalibratorFile, fold?: number): AnswerCalibrator {
    // A file fitted on other features (the service changed, `npm run chat:calibrate` not run) is refused.
    if (file.names.join(',') !== FEATURE_NAMES.join(','))
      throw new Error('answer calibrator: features changed; run `npm run chat:calibrate`');
    const fit = fold === undefined ? file.all : file.folds[fold];
    if (!fit) throw new Error(`answer calibrator: no fold ${fold}`);
    return new AnswerCalibrator(fit, file.threshold);
  }
}

const EMPTY: AnswerSignals = {
  via: '',
  rulesKind: 'answer',
  rulesCode: null,
  focus: null,
  options: 0,
  history: 0,
  intent: 'procedure',
  details: 0,
  evidence: 0,
  words: 0,
  model: null,
  linear: null,
  followUp: null,
  code: '',
  curated: false,
  commune: false,
  named: false,
  nameShare: 0,
  nameEvidence: 0,
  correction: false,
  shift: false,
  back: false,
};

/** The feature names, in order. */
export const FEATURE_NAMES = Object.keys(answerFeatures(EMPTY));

/** The features in `FEATURE_NAMES` order (what the weights multiply). */
export function answerVector(s: AnswerSignals): number[] {
  const x = answerFeatures(s);
  return FEATURE_NAMES.map((n) => x[n]!);
}

/** Where the shipped calibrator lives (written by `npm run chat:calibrate`). */
export function calibratorPath(contentDir = process.env.CONTENT_DIR || path.join(repoRoot, 'content')): string {
  return path.join(contentDir, 'chat', 'answer-calibrator.json');
}

export function loadCalibrator(contentDir?: string): CalibratorFile {
  return calibratorSchema.parse(JSON.parse(readFileSync(calibratorPath(contentDir), 'utf8')));
}

let cached: AnswerCalibrator | null | undefined;
/**
 * The shipped calibrator, read once; null when the file is absent or CHAT_CALIBRATOR=off (every answer
 * given, as before round 14 — how `npm run chat:calibrate` evaluates before fitting a new one).
 */
export function defaultCalibrator(): AnswerCalibrator | null {
  if (process.env.CHAT_CALIBRATOR === 'off') return null;
  if (cached === undefined) {
    try {
      cached = AnswerCalibrator.from(loadCalibrator());
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      cached = null;
    }
  }
  return cached;
}
