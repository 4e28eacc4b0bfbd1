// npm run eval:chat — runs the evaluation sets against the real app (national records imported)
// and prints, for each set separately: correct behaviour overall, per expected kind and per
// category, and apart from that how often the bot was CONFIDENTLY WRONG (an answer naming a
// procedure that is not acceptable, or an answer where it should decline, say it is not sure or
// ask which). Also p50 / p99 per turn.
//
//   --set <name>                           only that set (repeatable; names in bench/chat-harness.ts EVAL_SETS; default: every tuning and training set)
//   --holdout                              also run the held-out sets (aggregates only, never turns)
//   --verbose                              list misses of the tuning sets (never of a held-out part)
//   --folds K                              the learned model (intent-model.ts) is cross-validated on the tuning
//                                          sets: each conversation is answered by a model built from the bank and
//                                          the OTHER folds' turns (default 5); held-out sets get the shipped model
//   --by-set                               one fold per set instead: each set is answered by a model built only
//                                          from the other sets (leave one writer out — how a new writer is met)
//   --no-model                             rules alone (no learned second opinion)
//   --shipped                              every set answered by the shipped models, tuning sets too (learned
//                                          from them: a check that a rules change moves nothing else, no figure)
//   --gate k=v,…                           the model gate's fields (ModelGate in server/src/chat/service.ts), the rest as shipped
//   --show-holdout                         with --verbose, also the own set's held-out third
//   --dump <file.jsonl>                    every turn of the tuning and training sets, one JSON line each
//                                          (turn index, expected, reply, miss, confidently wrong, and for a
//                                          procedure answer the signals the calibrator reads; for a question back,
//                                          `candidate`: the same signals of its first option, had it been answered,
//                                          and how many were offered; `reading`: what the main and follow-up
//                                          models read of the turn, whatever was replied, and the opinions taken) for analysis
//   --threshold <t>                        the calibrator's threshold (default: the one `chat:calibrate` wrote)
//   --no-calibrator                        every answer given (calibrator.ts off); `npm run chat:calibrate` fits on that
//                                          (otherwise a tuning conversation's answers are judged by the calibrator
//                                          fitted on the other folds' answers, a held-out set's by the shipped one)
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnswerCalibrator, type CalibratorFile, calibratorPath, loadCalibrator } from '../server/src/chat/calibrator.js';
import { followUpExamples } from '../server/src/chat/intent-examples.js';
import { defaultFollowUpModel, defaultIntentModel, type IntentModel, type IntentPrediction } from '../server/src/chat/intent-model.js';
import { type ChatService, DEFAULT_GATE, type ModelGate } from '../server/src/chat/service.js';
import { repoRoot } from '../server/src/config.js';
import {
  carry,
  chatApp,
  confidentlyWrong,
  crossValidation,
  EVAL_SETS,
  type EvalSet,
  HOLDOUT_SETS,
  judge,
  learnedModel,
  loadEval,
  type Reply,
  TUNING_SETS,
} from './chat-harness.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const showHoldout = args.includes('--show-holdout');
const asked = args.flatMap((a, i) => (a === '--set' ? [args[i + 1] as EvalSet] : []));
const sets: EvalSet[] = asked.length > 0 ? asked : [...TUNING_SETS];
if (args.includes('--holdout')) for (const h of HOLDOUT_SETS) if (!sets.includes(h)) sets.push(h);

const bySet = args.includes('--by-set');
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;
/** --dump's lines, written once at the end. */
const dumped: string[] = [];
const noModel = args.includes('--no-model');
const shippedOnly = args.includes('--shipped');
// The calibrator (calibrator.ts): per fold, as the models are; off with --no-calibrator or --no-model.
// (Off, the shipped one is not even read: after a change of features it no longer fits them.)
const calibratorOff = args.includes('--no-calibrator') || noModel;
if (calibratorOff) process.env.CHAT_CALIBRATOR = 'off';
const shippedFile: CalibratorFile | null = calibratorOff || !existsSync(calibratorPath()) ? null : loadCalibrator();
// (--threshold t: the shipped calibrator's trees at another threshold, to choose one.)
const thresholdArg = args.includes('--threshold') ? Number(args[args.indexOf('--threshold') + 1]) : null;
const calibratorFile: CalibratorFile | null =
  shippedFile && thresholdArg !== null ? { ...shippedFile, threshold: thresholdArg } : shippedFile;
// --gate leadShare=0.8,unsureShare=0.6 … (ModelGate fields; the rest as shipped)
const gateArg = args.includes('--gate') ? args[args.indexOf('--gate') + 1]!.split(',').map((kv) => kv.split('=')) : [];
const gate: ModelGate = { ...DEFAULT_GATE, ...Object.fromEntries(gateArg.map(([k, v]) => [k, Number(v)])) };

// Cross-validation folds over every tuning conversation (stable: by set and id).
const { folds, foldOf, others, model: foldModel } = await crossValidation(Number(args[args.indexOf('--folds') + 1]) || 5, { bySet });
// Held-out sets: the shipped models, as the server reads them (the bank + content/chat/learned-examples.json,
// which leaves out any message also written in a held-out set, and the linear models beside them).
const shipped = defaultIntentModel();
const followUps = new Map<number, IntentModel>();
const foldFollowUp = (f: number) => {
  let m = followUps.get(f);
  if (!m) {
    if (bySet) followUps.clear();
    m = learnedModel(followUpExamples(others(f)));
    followUps.set(f, m);
  }
  return m;
};
const shippedFollowUp = defaultFollowUpModel();

const { app, close } = await chatApp();
app.chat.tracing = dump !== null;
const shippedCalibrator = calibratorFile ? AnswerCalibrator.from(calibratorFile) : null;
// (Its folds are the 5-fold split's; with other folds, each conversation meets the shipped one, fitted
// on its own answers too: a figure a little kinder than a new writer's.)
const sameFolds = calibratorFile !== null && !bySet && folds === calibratorFile.folds.length;
const foldCalibrators = sameFolds ? calibratorFile.folds.map((_, f) => AnswerCalibrator.from(calibratorFile, f)) : [];
console.log(
  calibratorFile
    ? `Calibrator (answers too likely wrong offered instead): threshold ${calibratorFile.threshold}; ${sameFolds ? 'per fold' : 'the shipped one for every conversation (folds differ from its own)'}.`
    : 'No calibrator: every answer given.',
);
console.log(
  noModel
    ? 'Rules alone (--no-model).'
    : `Learned model: tuning sets cross-validated in ${folds} folds${bySet ? ', one per set (each set answered by a model built only from the other sets: a new writer)' : ' (each conversation answered by a model not built from it)'}; held-out sets: the model built from all tuning sets. Gate ${JSON.stringify(gate)}.`,
);
const times: number[] = [];
type Tally = { ok: number; n: number };
const pct = (t?: Tally) => (t && t.n > 0 ? `${((100 * t.ok) / t.n).toFixed(1)} % (${t.ok}/${t.n})` : '—');

/** Pooled over the sets run that may be read (tuning and training sets). */
const pooled = { n: 0, ok: 0, cw: 0 };
for (const set of sets) {
  if (!existsSync(path.join(repoRoot, 'test', 'fixtures', EVAL_SETS[set]))) {
    console.log(`\n${set}: ${EVAL_SETS[set]} not present, skipped`);
    continue;
  }
  const blindHoldout = HOLDOUT_SETS.includes(set);
  const items = await loadEval(set);
  const tally = new Map<string, Tally>();
  const add = (key: string, ok: boolean) => {
    const t = tally.get(key) ?? { ok: 0, n: 0 };
    t.n++;
    if (ok) t.ok++;
    tally.set(key, t);
  };
  let detailAsked = 0;
  let detailStated = 0;
  const wrongs: string[] = [];
  for (const item of items) {
    const tuning = !shippedOnly && TUNING_SETS.includes(set) && !item.holdout;
    app.chat.useIntentModel(
      noModel ? null : tuning ? foldModel(foldOf(set, item.id)) : shipped,
      gate,
      noModel ? null : tuning ? foldFollowUp(foldOf(set, item.id)) : shippedFollowUp,
      tuning && sameFolds ? foldCalibrators[foldOf(set, item.id)]! : shippedCalibrator,
    );
    let conversationId: string | undefined;
    const prev = { focus: null as string | null, options: [] as string[] };
    for (const turn of item.turns) {
      const t0 = performance.now();
      const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text: turn.text } });
      times.push(performance.now() - t0);
      if (res.statusCode !== 200)
        throw new Error(`${item.id} "${turn.text.slice(0, 40)}" → HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
      const body = res.json() as { conversationId: string; reply: Reply };
      conversationId = body.conversationId;
      const miss = judge(turn, body.reply, prev);
      const part = item.holdout ? 'holdout' : 'tuning';
      const keys = [
        'all',
        item.turns.indexOf(turn) === 0 ? 'turn:first' : 'turn:later',
        `kind:${turn.expect.kind}`,
        ...(turn.category ?? []).map((c) => `cat:${c}`),
      ];
      if (set === 'own') keys.push(part, `${part}:kind:${turn.expect.kind}`);
      for (const key of keys) add(key, miss === null);
      const cw = confidentlyWrong(turn, body.reply);
      add('confidently-wrong', !cw);
      if (set === 'own') add(`${part}:confidently-wrong`, !cw);
      if (turn.expect.kind === 'decline') add('declined', body.reply.kind === 'decline');
      // An answer expected, and we asked which: is the right procedure among the options (one tap away)?
      if (turn.expect.kind === 'answer' && turn.expect.codes?.length && body.reply.kind === 'clarify')
        add(
          'offered',
          (body.reply.options ?? []).some((o) => turn.expect.codes!.includes(o.code)),
        );
      if (turn.expect.detail && turn.expect.kind === 'answer') {
        detailAsked++;
        if (body.reply.detail === turn.expect.detail) detailStated++;
      }
      const hidden = blindHoldout || (item.holdout === true && !showHoldout);
      if (dump && !hidden) {
        const r = body.reply;
        const row = { set, id: item.id, turn: item.turns.indexOf(turn), text: turn.text, expect: turn.expect, prevFocus: prev.focus };
        const first = r.hotlines?.[0];
        const got = {
          kind: r.kind,
          codes: r.procedures.map((p) => p.code),
          topic: r.topic,
          options: (r.options ?? []).map((o) => o.code),
          hotline: first ? { topic: first.topic, group: first.group } : null,
        };
        dumped.push(
          JSON.stringify({
            ...row,
            got,
            miss,
            cw,
            signals: app.chat.lastSignals,
            candidate: app.chat.lastCandidate,
            reading: reading(app.chat.lastReading),
          }),
        );
      }
      if (miss && verbose && !hidden) {
        const line = `${cw ? '✗✗' : '✗ '} ${item.id} "${turn.text}" → ${miss} | ${body.reply.text.split('\n')[0]?.slice(0, 80)}`;
        if (cw) wrongs.push(line);
        else console.log(line);
      }
      carry(prev, body.reply);
    }
  }
  for (const w of wrongs) console.log(w);
  const cw = tally.get('confidently-wrong');
  const cwRate = cw ? `${((100 * (cw.n - cw.ok)) / cw.n).toFixed(1)} % (${cw.n - cw.ok}/${cw.n})` : '—';
  console.log(`\n== ${set} (${EVAL_SETS[set]}): ${items.length} conversations, ${tally.get('all')?.n ?? 0} turns`);
  console.log(`  correct behaviour     ${pct(tally.get('all'))}`);
  console.log(`  CONFIDENTLY WRONG     ${cwRate}`);
  console.log(`  out of scope declined ${pct(tally.get('declined'))}`);
  // (Not counted correct: the writer expected an answer. Shown apart, as how far the citizen is from it.)
  console.log(`  asked which, the right procedure offered ${pct(tally.get('offered'))} (one tap from an answer)`);
  if (set === 'own') {
    console.log(`  tuning part           ${pct(tally.get('tuning'))}`);
    console.log(`  held-out part         ${pct(tally.get('holdout'))}`);
  }
  console.log(`  first turns           ${pct(tally.get('turn:first'))}`);
  console.log(`  later turns           ${pct(tally.get('turn:later'))}`);
  for (const k of ['answer', 'clarify', 'decline', 'fallback']) console.log(`  ${k.padEnd(21)} ${pct(tally.get(`kind:${k}`))}`);
  const cats = [...tally.keys()].filter((k) => k.startsWith('cat:')).sort();
  for (const c of cats) console.log(`  ${c.slice(4).padEnd(21)} ${pct(tally.get(c))}`);
  if (!blindHoldout) {
    const all = tally.get('all');
    pooled.n += all?.n ?? 0;
    pooled.ok += all?.ok ?? 0;
    pooled.cw += cw ? cw.n - cw.ok : 0;
  }
  console.log(`  detail asked → stated ${((100 * detailStated) / Math.max(1, detailAsked)).toFixed(1)} % (${detailStated}/${detailAsked})`);
}
await close();
/** --dump: what the models read of a turn (label, share, nearest; the linear model's label and probability). */
function reading(r: ChatService['lastReading']) {
  if (!r) return null;
  const one = (p: IntentPrediction | null) =>
    p && {
      label: p.label,
      share: p.share,
      best: p.best,
      options: p.options.slice(0, 5),
      linear: p.linear ? { label: p.linear.label, p: p.linear.p } : null,
    };
  return { model: one(r.model), followUp: one(r.followUp), via: r.via };
}

if (dump) writeFileSync(dump, dumped.map((l) => `${l}\n`).join(''));
if (pooled.n > 0)
  console.log(
    `\nPooled over the tuning and training sets run: ${pooled.n} turns, correct ${((100 * pooled.ok) / pooled.n).toFixed(1)} %, confidently wrong ${((100 * pooled.cw) / pooled.n).toFixed(1)} %`,
  );
const sorted = [...times].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
console.log(
  `\nPer turn (POST /api/chat via inject, first pass, ${app ? 'national import' : ''}): n=${times.length} p50 ${q(50).toFixed(2)} ms  p99 ${q(99).toFixed(2)} ms`,
);
