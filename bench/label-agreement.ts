// How far two careful labellers agree, scored with the evaluation's own judge (chat-harness.ts):
// each labeller's labels are read as the replies of an assistant that does exactly what that
// labeller wanted, and judged against the other's labels — the same test the assistant's replies
// face in `npm run eval:chat`. That is about the best any single policy can score when one
// writer's labels are the measure. The assistant is judged the same way against both labellers:
// from a dump of its cross-validated replies (`eval:chat --dump`, training sets), or asked afresh
// with the shipped models (`--ask`: fair for held-out conversations only, which no model learned).
//
//   npx tsx bench/label-agreement.ts <labels.json> … [--dump turns.jsonl …] [--ask] [--list]
//
// labels.json: a second labeller's {"items": [{"id": "set/id", "turns": [{"text", "expect"}]}]}
// (bench/blind/prepare-relabel.py samples the conversations; test/fixtures/relabel/ keeps them). The
// original labels are read from the set's fixture (test/fixtures/chat-train-<set>.json, or
// chat-eval-<set>.json for "…-holdout"). Conversations of a held-out set are reported as aggregates
// only: --list never prints them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HOTLINE_OF } from '../server/src/chat/service.js';
import { repoRoot } from '../server/src/config.js';
import { carry, chatApp, confidentlyWrong, type EvalTurn, judge, type Reply } from './chat-harness.js';

type Expect = EvalTurn['expect'];
interface Labelled {
  id: string;
  turns: { text: string; expect: Expect }[];
}
interface Got {
  kind: string;
  codes: string[];
  topic: string | null;
  options: string[];
  hotline?: { topic: string; group: string } | null;
}

const args = process.argv.slice(2);
const labelFiles = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dump');
if (labelFiles.length === 0) {
  console.error('Cách dùng: npx tsx bench/label-agreement.ts labels.json … [--dump turns.jsonl …] [--ask] [--list]');
  process.exit(2);
}
const list = args.includes('--list');
const ask = args.includes('--ask');
const dumps = args.flatMap((a, i) => (a === '--dump' ? [args[i + 1]!] : []));
const heldOut = (id: string) => id.split('/')[0]!.endsWith('-holdout');
const setOf = (id: string) => id.split('/')[0]!;
const B = new Map(labelFiles.flatMap((p) => (JSON.parse(readFileSync(p, 'utf8')).items as Labelled[]).map((i) => [i.id, i] as const)));
/** The original labels: each conversation from its set's fixture. */
const A = new Map<string, Labelled>();
for (const set of new Set([...B.keys()].map(setOf))) {
  const file = path.join(repoRoot, 'test', 'fixtures', `${heldOut(set) ? 'chat-eval' : 'chat-train'}-${set}.json`);
  for (const item of JSON.parse(readFileSync(file, 'utf8')).items as Labelled[]) A.set(`${set}/${item.id}`, item);
}

/** What an assistant doing exactly what a label says would reply. */
function replyOf(e: Expect): Reply {
  const local = e.hotline === 'local';
  const topic = local ? 'dia_phuong' : (HOTLINE_OF[e.hotline as keyof typeof HOTLINE_OF] ?? String(e.hotline));
  return {
    kind: e.kind,
    text: '',
    procedures: e.kind === 'answer' && e.codes?.length ? [{ code: e.codes[0]! }] : [],
    options: e.kind === 'clarify' ? (e.options ?? []).map((code) => ({ code })) : [],
    topic: e.topic ?? null,
    hotlines: e.topic === 'hotline' && e.hotline ? [{ number: null, topic, group: local ? 'dia_phuong' : 'khan_cap' }] : undefined,
  };
}
const replyOfGot = (g: Got): Reply => ({
  kind: g.kind,
  text: '',
  procedures: g.codes.map((code) => ({ code })),
  options: g.options.map((code) => ({ code })),
  topic: g.topic,
  hotlines: g.hotline ? [{ number: null, ...g.hotline }] : undefined,
});

/** Judges a conversation's replies against a labeller's turns, carrying the replier's own focus and options. */
function score(turns: { text: string; expect: Expect }[], replies: Reply[]) {
  const prev = { focus: null as string | null, options: [] as string[] };
  return turns.map((t, i) => {
    const r = replies[i]!;
    const miss = judge(t as EvalTurn, r, prev);
    const cw = confidentlyWrong(t as EvalTurn, r);
    carry(prev, r);
    return { miss, cw };
  });
}

type Tally = { n: number; ok: number; cw: number };
const tally = (): Tally => ({ n: 0, ok: 0, cw: 0 });
const add = (t: Tally, s: { miss: string | null; cw: boolean }) => {
  t.n++;
  if (s.miss === null) t.ok++;
  if (s.cw) t.cw++;
};
const pct = (t: Tally) =>
  `${((100 * t.ok) / Math.max(1, t.n)).toFixed(1)} % (${t.ok}/${t.n}), confidently wrong ${((100 * t.cw) / Math.max(1, t.n)).toFixed(1)} % (${t.cw})`;
const describe = (x: Expect) =>
  `${x.kind}${x.codes ? ` ${x.codes.join('|')}` : ''}${x.topic ? ` ${x.topic}` : ''}${x.hotline ? `:${x.hotline}` : ''}${x.options ? ` [${x.options.join(',')}]` : ''}`;

// Conversations labelled by both, turn for turn.
const pairs: { id: string; a: Labelled; b: Labelled }[] = [];
for (const [id, b] of B) {
  const a = A.get(id);
  if (!a) continue;
  if (a.turns.length !== b.turns.length || a.turns.some((t, i) => t.text !== b.turns[i]!.text)) {
    console.error(`${id}: các lượt không khớp với bản gốc — bỏ qua`);
    continue;
  }
  pairs.push({ id, a, b });
}

const bByA = tally();
const aByB = tally();
const bySet = new Map<string, { bByA: Tally; aByB: Tally }>();
const kinds = new Map<string, number>();
for (const { id, a, b } of pairs) {
  const set = setOf(id);
  if (!bySet.has(set)) bySet.set(set, { bByA: tally(), aByB: tally() });
  const s1 = score(
    a.turns,
    b.turns.map((t) => replyOf(t.expect)),
  );
  const s2 = score(
    b.turns,
    a.turns.map((t) => replyOf(t.expect)),
  );
  a.turns.forEach((t, i) => {
    add(bByA, s1[i]!);
    add(aByB, s2[i]!);
    add(bySet.get(set)!.bByA, s1[i]!);
    add(bySet.get(set)!.aByB, s2[i]!);
    const k = `${t.expect.kind} → ${b.turns[i]!.expect.kind}`;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
    if (list && s1[i]!.miss && !heldOut(id))
      console.log(
        `${s1[i]!.cw ? '✗✗' : '✗ '} ${id}#${i} "${t.text.slice(0, 90)}" | A: ${describe(t.expect)} | B: ${describe(b.turns[i]!.expect)} (${s1[i]!.miss})`,
      );
  });
}
console.log(`\n${pairs.length} conversations labelled by both (${bByA.n} turns).`);
console.log(`Second labeller (B) judged by the original labels (A): ${pct(bByA)}`);
console.log(`Original labels (A) judged by the second labeller (B): ${pct(aByB)}`);
for (const [set, t] of [...bySet].sort()) console.log(`  ${set.padEnd(16)} B by A ${pct(t.bByA)}; A by B ${pct(t.aByB)}`);
console.log('Kinds (A → B):');
for (const [k, v] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(4)}  ${k}`);

/** The assistant's replies judged by A, by B, and right by either (wrong with confidence only if so by both). */
function judgeAssistant(title: string, replies: Map<string, Reply[]>) {
  const groups = new Map<string, { byA: Tally; byB: Tally; either: Tally }>();
  const group = (name: string) => {
    const g = groups.get(name) ?? { byA: tally(), byB: tally(), either: tally() };
    groups.set(name, g);
    return g;
  };
  for (const { id, a, b } of pairs) {
    const r = replies.get(id);
    if (!r || r.length !== a.turns.length) continue;
    const sa = score(a.turns, r);
    const sb = score(b.turns, r);
    const gs = [group(heldOut(id) ? 'held out' : 'training'), group(setOf(id))];
    sa.forEach((x, i) => {
      const y = sb[i]!;
      for (const g of gs) {
        add(g.byA, x);
        add(g.byB, y);
        add(g.either, { miss: x.miss === null || y.miss === null ? null : 'both', cw: x.cw && y.cw });
      }
    });
  }
  console.log(`\nThe assistant (${title}):`);
  const total = (name: string) => (name === 'held out' || name === 'training' ? 1 : 0);
  for (const [name, g] of [...groups].sort(([x], [y]) => total(x) - total(y) || x.localeCompare(y)))
    console.log(`  ${name.padEnd(16)} by A ${pct(g.byA)} | by B ${pct(g.byB)} | right by either ${pct(g.either)}`);
}

if (dumps.length) {
  const got = new Map<string, Reply[]>();
  for (const file of dumps)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { set: string; id: string; turn: number; got: Got };
      const key = `${r.set.replace(/-train$/, '')}/${r.id}`;
      if (!got.has(key)) got.set(key, []);
      got.get(key)![r.turn] = replyOfGot(r.got);
    }
  judgeAssistant(`cross-validated replies from ${dumps.join(', ')}`, got);
}
if (ask) {
  // The shipped models, as the server reads them (they never learned a held-out turn).
  const { app, close } = await chatApp();
  const got = new Map<string, Reply[]>();
  for (const { id, a } of pairs) {
    let conversationId: string | undefined;
    const replies: Reply[] = [];
    for (const t of a.turns) {
      const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text: t.text } });
      if (res.statusCode !== 200) throw new Error(`${id}: HTTP ${res.statusCode}`);
      const body = res.json() as { conversationId: string; reply: Reply };
      conversationId = body.conversationId;
      replies.push(body.reply);
    }
    got.set(id, replies);
  }
  await close();
  judgeAssistant('asked afresh, shipped models; fair for held-out conversations only', got);
}
