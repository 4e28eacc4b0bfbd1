// npm run chat:calibrate — fits the answer calibrator (server/src/chat/calibrator.ts) and writes
// content/chat/answer-calibrator.json. It first runs the evaluation over every tuning and training set
// with the calibrator off (`eval-chat --no-calibrator --dump`: each conversation answered by models
// not built from it, as a new writer's would be), then fits gradient-boosted trees (boosting.ts) of "this procedure
// answer was confidently wrong" on the signals of every answer given: once on all of them (the one
// the product uses) and once per fold on the other folds (how `eval-chat` judges each fold honestly).
// Held-out sets are never run or read. Run it after `npm run chat:learn` or a change to the dialogue.
//
//   tsx scripts/learn-chat-calibrator.ts [--dump file.jsonl] [--threshold 0.35] [--questions]
//   tsx scripts/learn-chat-calibrator.ts --dump file.jsonl --without name,name   (a measure, nothing written:
//   the same fit with those features held at 0 — what they add, cross-validated)
//   (--dump: fit on a dump made before, instead of running the evaluation; --questions: also report,
//   cross-validated, what answering a question back's first option would do — round 15's measure of
//   the opposite move, which is not shipped: see server/src/chat/README.md)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { foldOfItem, TUNING_SETS } from '../bench/chat-harness.js';
import { type Boosted, boostedProbability, fitBoosted, roundBoosted } from '../server/src/chat/boosting.js';
import {
  AnswerCalibrator,
  type AnswerSignals,
  answerVector,
  type CalibratorFile,
  calibratorPath,
  calibratorSchema,
  FEATURE_NAMES,
} from '../server/src/chat/calibrator.js';
import { repoRoot } from '../server/src/config.js';

const FOLDS = 5;

const args = process.argv.slice(2);
// (0.4 since round 21: below 0.45 each wrong answer removed costs about 1.5 right ones, but those are
// offered first to confirm — one tap away — while a wrong answer sends the citizen with wrong papers.)
// (0.35 since round 27, fitted again on 105,392 turns: against round 19's calibrator at 0.4, pooled,
// −395 correct and −290 confidently wrong; 678 of the right answers lost are now asked back with the
// right procedure first.)
// (Round 28: fitted again on 135,420 turns with blinds 200–231 learned, 0.35 kept: +93 correct, −38
// confidently wrong against round 27's fit on the same models.)
// (Round 30: fitted again on the 236 sets (150,090 turns) with blinds 248–255 learned, at 0.35: pooled,
// against round 28's fit on the same models, +1.8 correct for each confidently wrong answer added
// (see server/src/chat/README.md). Not shipped: confidently wrong is the target furthest from met in
// proportion, so round 28's fit stays; run this again before changing the threshold.)
// (Round 31: fitted again on 244 sets (155,118 turns) with blinds 256–263 learned, at 0.35, and shipped:
// on eight writers neither the models nor this fit had seen (blinds 264–271, first contact), against
// round 28's fit, +12 correct and −5 confidently wrong.)
const threshold = args.includes('--threshold') ? Number(args[args.indexOf('--threshold') + 1]) : 0.35;
/** --without: features held at 0 (an ablation: reported, not written). */
const without = args.includes('--without') ? args[args.indexOf('--without') + 1]!.split(',') : [];
const unknown = without.filter((n) => !FEATURE_NAMES.includes(n));
if (unknown.length > 0) throw new Error(`--without: no such feature ${unknown.join(', ')} (features: ${FEATURE_NAMES.join(', ')})`);
const held = without.map((n) => FEATURE_NAMES.indexOf(n));
/** The features of an answer, those held at 0 zeroed. */
const vector = (s: AnswerSignals): number[] => {
  const x = answerVector(s);
  for (const i of held) x[i] = 0;
  return x;
};
let dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;
/** The evaluation's own dump (about 50 MB), removed once read. */
let ownDump: string | null = null;
if (!dump) {
  ownDump = mkdtempSync(path.join(os.tmpdir(), 'cchc-calibrate-'));
  dump = path.join(ownDump, 'answers.jsonl');
  console.log(`» Chạy đánh giá (tắt bộ hiệu chỉnh) trên ${TUNING_SETS.length} bộ điều chỉnh và huấn luyện; khoảng 20–30 phút …`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'bench', 'eval-chat.ts'), '--no-calibrator', '--dump', dump],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: repoRoot,
    },
  );
  // Progress: one line per set done ("== <set> …" in the evaluation's output).
  let done = 0;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('== ')) console.log(`  [${++done}/${TUNING_SETS.length}] ${line.slice(3).split(' ')[0]}`);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`eval-chat exited with ${code}`);
}

interface Row {
  x: number[];
  y: number;
  /** The answer was right. */
  ok: boolean;
  fold: number;
}
const rows: Row[] = [];
/** --questions: questions back, x = the first option's signals (+ how many offered), y = it was the one meant. */
const questions: (Row & { wasRight: boolean })[] = [];
const askQuestions = args.includes('--questions');
let turns = 0;
for (const line of readFileSync(dump, 'utf8').split('\n')) {
  if (!line) continue;
  turns++;
  const r = JSON.parse(line) as {
    set: string;
    id: string;
    cw: boolean;
    miss: string | null;
    expect: { kind: string; codes?: string[] };
    got: { options: string[] };
    signals?: AnswerSignals | null;
    candidate?: { signals: AnswerSignals; offered: number } | null;
  };
  if (askQuestions && r.candidate) {
    const first = r.got.options[0];
    const meant = r.expect.kind === 'answer' && first !== undefined && (r.expect.codes ?? []).includes(first);
    const x = [...vector(r.candidate.signals), Math.min(r.candidate.offered, 5), r.candidate.offered === 1 ? 1 : 0];
    questions.push({ x, y: meant ? 1 : 0, ok: meant, fold: foldOfItem(r.set, r.id, FOLDS), wasRight: r.miss === null });
  }
  if (!r.signals) continue;
  rows.push({ x: vector(r.signals), y: r.cw ? 1 : 0, ok: r.miss === null, fold: foldOfItem(r.set, r.id, FOLDS) });
}
if (ownDump) rmSync(ownDump, { recursive: true, force: true });
if (rows.length < 1000) throw new Error(`only ${rows.length} answers in ${dump}: was it made with --dump by eval-chat?`);

/** The trees (boosting.ts) fitted on these rows, shown as it goes: each fit takes a few seconds. */
function fitTrees(train: Row[], what: string): Boosted {
  const t0 = performance.now();
  const model = roundBoosted(
    fitBoosted(
      train.map((r) => r.x),
      train.map((r) => r.y),
    ),
  );
  console.log(`  ${what}: ${train.length} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return model;
}

const wrong = rows.filter((r) => r.y === 1).length;
const file: CalibratorFile = {
  about: `npm run chat:calibrate: ${rows.length} procedure answers (${wrong} confidently wrong) of ${turns} turns, 5-fold cross-validated, calibrator off`,
  names: FEATURE_NAMES,
  threshold,
  all: fitTrees(rows, 'all answers'),
  folds: Array.from({ length: FOLDS }, (_, f) =>
    fitTrees(
      rows.filter((r) => r.fold !== f),
      `all but fold ${f + 1}`,
    ),
  ),
};
calibratorSchema.parse(file);

// What the threshold does to the answers of each fold, judged by the fit on the other folds.
const byFold = file.folds.map((_, f) => AnswerCalibrator.from(file, f));
let doubted = 0;
let doubtedWrong = 0;
let doubtedRight = 0;
for (const r of rows) {
  if (byFold[r.fold]!.pWrongOf(r.x) >= threshold) {
    doubted++;
    doubtedWrong += r.y;
    if (r.ok) doubtedRight++;
  }
}
const out = calibratorPath(path.join(repoRoot, 'content'));
// One line: the trees are numbers for the service, not for reading (about 2 MB; indented, 5 MB).
if (held.length === 0) writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(
  `${rows.length} answers (${wrong} confidently wrong) → ${held.length > 0 ? `nothing written (without ${without.join(', ')})` : path.relative(repoRoot, out)}; at ${threshold}, cross-validated: ` +
    `${doubted} answers offered instead: ${doubtedWrong} of them confidently wrong, ${doubtedRight} right (the turns themselves; later turns move too)`,
);

// --questions: answering a question back's first option instead, judged per fold by a fit on the others.
if (askQuestions && questions.length === 0) {
  console.log(`--questions: no question back in ${dump} carries its first option's signals (a dump made before round 15?)`);
} else if (askQuestions) {
  const fits = Array.from({ length: FOLDS }, (_, f) =>
    fitTrees(
      questions.filter((q) => q.fold !== f),
      `questions, all but fold ${f + 1}`,
    ),
  );
  const probs = questions.map((q) => boostedProbability(fits[q.fold]!, q.x));
  console.log(`${questions.length} questions back, the first option the one meant in ${questions.filter((q) => q.y).length}:`);
  for (const t of [0.6, 0.7, 0.8, 0.9]) {
    const taken = questions.filter((_, i) => probs[i]! >= t);
    const gained = taken.filter((q) => q.y).length;
    const lost = taken.filter((q) => !q.y && q.wasRight).length;
    console.log(
      `  answered at ≥ ${t}: ${taken.length}: +${gained} correct, −${lost} correct (a question back was right), +${taken.length - gained} confidently wrong`,
    );
  }
}
