// npx tsx bench/chat-why.ts — where the chatbot's first-turn misses come from, on the tuning sets only
// (cross-validated like eval-chat): for each conversation's first turn, the rules alone, the model
// alone (its label, how sure) and the shipped combination, tallied against the expected behaviour.
// A tool for choosing the gate; it never reads a held-out set.
import { chatApp, confidentlyWrong, crossValidation, type EvalTurn, judge, type Reply } from './chat-harness.js';

const { items, foldOf, model } = await crossValidation(5, { bySet: process.argv.includes('--by-set') });

/** Is the model's own label the expected behaviour? */
function modelRight(turn: EvalTurn, label: string, accept: string[]): boolean {
  const e = turn.expect;
  if (e.kind !== 'answer') return label === e.kind;
  if (e.topic === 'hotline') return label === `hotline:${e.hotline ?? 'any'}` || (label.startsWith('hotline:') && !e.hotline);
  if (e.topic) return label === `topic:${e.topic}`;
  return label.startsWith('code:') && (e.codes ?? []).some((c) => c === label.slice(5) || accept.includes(c));
}

/** Would the model's own label, answered, be confidently wrong? */
function modelWrongConfidently(turn: EvalTurn, label: string, accept: string[]): boolean {
  const e = turn.expect;
  const answers = label.startsWith('code:') || label.startsWith('topic:') || label.startsWith('hotline:');
  if (!answers) return false;
  if (e.kind === 'decline') return true;
  if (!label.startsWith('code:')) return false;
  if (e.kind !== 'answer') return true;
  if (e.topic) return true;
  return !modelRight(turn, label, accept);
}

const { app, close } = await chatApp();
const ask = async (text: string) => (await app.inject({ method: 'POST', url: '/api/chat', payload: { text } })).json().reply as Reply;
type Row = {
  mcw: boolean;
  rules: boolean;
  final: boolean;
  cw: boolean;
  model: boolean;
  share: number;
  best: number;
  kind: string;
  /** The model's label ("code:1.001193", "clarify" …). */
  label: string;
  why: string;
  rulesKind: string;
  shippedKind: string;
};
const rows: Row[] = [];
for (const { set, item } of items) {
  const turn = item.turns[0]!;
  app.chat.useIntentModel(null);
  const r = await ask(turn.text);
  const m = model(foldOf(set, item.id));
  app.chat.useIntentModel(m, undefined, null);
  const f = await ask(turn.text);
  const p = m.predict(turn.text);
  const e = turn.expect;
  rows.push({
    mcw: p ? modelWrongConfidently(turn, p.label, p.accept) : false,
    rules: judge(turn, r, { focus: null, options: [] }) === null,
    final: judge(turn, f, { focus: null, options: [] }) === null,
    cw: confidentlyWrong(turn, f),
    model: p ? modelRight(turn, p.label, p.accept) : false,
    share: p?.share ?? 0,
    best: p?.best ?? 0,
    kind: e.kind === 'answer' ? (e.topic ? 'topic' : 'code') : e.kind,
    label: p?.label ?? 'none',
    rulesKind: r.topic ? `topic:${r.topic}` : r.kind,
    shippedKind: f.topic ? `topic:${f.topic}` : f.kind,
    why: `${set}/${item.id} "${turn.text.slice(0, 90)}" model ${p?.label} ${p?.share.toFixed(2)} best ${p?.best.toFixed(2)} → ${judge(turn, f, { focus: null, options: [] })} | ${f.text.split('\n')[0]?.slice(0, 70)}`,
  });
}
await close();

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const n = rows.length;
console.log(`first turns: ${n}`);
console.log(
  `rules alone ${pct(rows.filter((r) => r.rules).length, n)}, shipped ${pct(rows.filter((r) => r.final).length, n)}, model label ${pct(rows.filter((r) => r.model).length, n)}, shipped confidently wrong ${pct(rows.filter((r) => r.cw).length, n)}`,
);
console.log('\nrules right × model right (count, shipped right):');
for (const a of [true, false])
  for (const b of [true, false]) {
    const s = rows.filter((r) => r.rules === a && r.model === b);
    console.log(
      `  rules ${a ? 'right' : 'wrong'} model ${b ? 'right' : 'wrong'}: ${s.length}, shipped right ${pct(s.filter((r) => r.final).length, s.length)}`,
    );
  }
console.log('\nmodel share bucket: n, model right, rules right, shipped right, shipped cw');
for (let lo = 0; lo < 1; lo += 0.1) {
  const s = rows.filter((r) => r.share >= lo && r.share < lo + 0.1 + (lo >= 0.9 ? 0.01 : 0));
  console.log(
    `  ${lo.toFixed(1)}–${(lo + 0.1).toFixed(1)}: ${String(s.length).padStart(5)}  ${pct(s.filter((r) => r.model).length, s.length).padStart(7)}  ${pct(s.filter((r) => r.rules).length, s.length).padStart(7)}  ${pct(s.filter((r) => r.final).length, s.length).padStart(7)}  ${pct(s.filter((r) => r.cw).length, s.length).padStart(7)}`,
  );
}
console.log('\nby expected kind: n, rules, model, shipped');
for (const k of ['code', 'topic', 'clarify', 'decline', 'fallback']) {
  const s = rows.filter((r) => r.kind === k);
  console.log(
    `  ${k.padEnd(8)} ${String(s.length).padStart(5)}  ${pct(s.filter((r) => r.rules).length, s.length)}  ${pct(s.filter((r) => r.model).length, s.length)}  ${pct(s.filter((r) => r.final).length, s.length)}`,
  );
}

console.log('\nmodel first at share ≥ T (else shipped): estimated correct, confidently wrong');
for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]) {
  const ok = rows.filter((r) => (r.share >= t ? r.model : r.final)).length;
  const cw = rows.filter((r) => (r.share >= t ? r.mcw : r.cw)).length;
  console.log(`  T=${t.toFixed(1)}: ${pct(ok, n)}  ${pct(cw, n)}`);
}
// --dump rows.json: every row, for looking at gate choices offline.
if (process.argv.includes('--dump'))
  (await import('node:fs')).writeFileSync(process.argv[process.argv.indexOf('--dump') + 1]!, JSON.stringify(rows));
// --kind clarify: every shipped miss on turns expecting that kind (code, topic, clarify, decline, fallback).
if (process.argv.includes('--kind'))
  for (const r of rows.filter((r) => !r.final && r.kind === process.argv[process.argv.indexOf('--kind') + 1])) console.log(r.why);
if (process.argv.includes('--misses'))
  for (const r of rows.filter((r) => r.model && !r.final && r.share >= Number(process.argv[process.argv.indexOf('--misses') + 1])))
    console.log(r.why);
