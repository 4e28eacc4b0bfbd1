// npm run eval:chat — runs test/fixtures/chat-eval.json against the real app (national records
// imported) and prints the correct-behaviour rate overall, per expected kind, for the tuning
// part and the held-out part, plus how often an answer states the detail asked.
// --verbose lists every miss.
import { chatApp, type EvalTurn, loadEval } from './chat-harness.js';

interface Reply {
  kind: string;
  text: string;
  procedures: { code: string }[];
  options?: { code: string }[];
  detail?: string | null;
}

function judge(turn: EvalTurn, reply: Reply, prev: { focus: string | null; options: string[] }): string | null {
  const e = turn.expect;
  if (reply.kind !== e.kind) return `kind ${reply.kind}`;
  const code = reply.procedures[0]?.code ?? null;
  if (e.kind === 'answer') {
    if (e.codes && (!code || !e.codes.includes(code))) return `code ${code}`;
    if (e.choice !== undefined) {
      const want = e.choice < 0 ? prev.options.at(e.choice) : prev.options[e.choice];
      if (code !== want) return `choice → ${code}, want ${want}`;
    }
    if (e.sameFocus && code !== prev.focus) return `focus ${code}, want ${prev.focus}`;
  }
  if (e.kind === 'clarify' && e.options) {
    const got = (reply.options ?? []).map((o) => o.code);
    const missing = e.options.filter((c) => !got.includes(c));
    if (missing.length) return `options miss ${missing.join(',')}`;
  }
  return null;
}

const verbose = process.argv.includes('--verbose');
// Held-out misses stay hidden unless asked: tuning looks at the tuning part only.
const showHoldout = process.argv.includes('--show-holdout');
const items = await loadEval();
const { app, close } = await chatApp();
type Tally = { ok: number; n: number };
const tally = new Map<string, Tally>();
const add = (key: string, ok: boolean) => {
  const t = tally.get(key) ?? { ok: 0, n: 0 };
  t.n++;
  if (ok) t.ok++;
  tally.set(key, t);
};
let detailAsked = 0;
let detailStated = 0;
let detailUnknown = 0;
for (const item of items) {
  let conversationId: string | undefined;
  const prev = { focus: null as string | null, options: [] as string[] };
  for (const turn of item.turns) {
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text: turn.text } });
    const body = res.json() as { conversationId: string; reply: Reply };
    conversationId = body.conversationId;
    const miss = judge(turn, body.reply, prev);
    const part = item.holdout ? 'holdout' : 'tuning';
    for (const key of ['all', part, `kind:${turn.expect.kind}`, `${part}:kind:${turn.expect.kind}`]) add(key, miss === null);
    if (turn.expect.detail && turn.expect.kind === 'answer') {
      detailAsked++;
      if (body.reply.detail === turn.expect.detail) {
        detailStated++;
        if (/chưa có thông tin/.test(body.reply.text)) detailUnknown++;
      }
    }
    if (miss && verbose && (!item.holdout || showHoldout))
      console.log(
        `✗ ${item.id}${item.holdout ? ' (holdout)' : ''} "${turn.text}" → ${miss} | ${body.reply.text.split('\n')[0]?.slice(0, 90)}`,
      );
    if (body.reply.kind === 'answer' && body.reply.procedures.length === 1) prev.focus = body.reply.procedures[0]!.code;
    prev.options = (body.reply.options ?? []).map((o) => o.code);
  }
}
await close();
const pct = (t?: Tally) => (t ? `${((100 * t.ok) / t.n).toFixed(1)} % (${t.ok}/${t.n})` : '—');
console.log(`\nChat evaluation: ${items.length} items, ${tally.get('all')?.n} turns`);
console.log(`  overall            ${pct(tally.get('all'))}`);
console.log(`  tuning part        ${pct(tally.get('tuning'))}`);
console.log(`  held-out part      ${pct(tally.get('holdout'))}`);
for (const k of ['answer', 'clarify', 'fallback']) {
  console.log(`  ${k.padEnd(9)} all ${pct(tally.get(`kind:${k}`))}; held-out ${pct(tally.get(`holdout:kind:${k}`))}`);
}
console.log(
  `  detail asked → answer states it: ${((100 * detailStated) / Math.max(1, detailAsked)).toFixed(1)} % (${detailStated}/${detailAsked}); of those, data says "chưa có thông tin": ${detailUnknown}`,
);
