// npm run bench:chat — chat latency on the embedded store with the full national import: the chat
// service alone and through POST /api/chat (inject, no network). Prints p50 / p99; target p99 < 30 ms.
//
// Real traffic, not a cache: every message timed is asked once. (Until round 37 the same 385
// conversations were asked five times over, so from the second round on the catalog's search cache
// answered most lookups.) Our own set warms the JIT and is not counted; then, once each, every turn
// of the newest training sets (the last BENCH_SETS registered, default 8: about 5,000 messages by
// writers the models may or may not have learned) — a new conversation for each of their items.
import { performance } from 'node:perf_hooks';
import { chatApp, EVAL_SETS, type EvalSet, loadEval } from './chat-harness.js';

const COUNT = Number(process.env.BENCH_SETS ?? 8);
const newest = (Object.keys(EVAL_SETS) as EvalSet[]).filter((s) => s.endsWith('-train')).slice(-COUNT);
const warm = await loadEval('own');
const sets = await Promise.all(newest.map((s) => loadEval(s)));
const items = sets.flat();
const { app, close } = await chatApp();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const texts = items.flatMap((i) => i.turns.map((t) => t.text));
const distinct = new Set(texts).size;

type Send = (id: string | undefined, text: string) => Promise<string>;
const viaService: Send = async (id, text) => (await app.chat.handle(id, text)).conversationId;
const viaRoute: Send = async (id, text) => {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId: id, text } });
  return (res.json() as { conversationId: string }).conversationId;
};

for (const item of warm) {
  let id: string | undefined;
  for (const turn of item.turns) id = await viaService(id, turn.text);
}
// One pass: the items taken in turn by the service and by the route, so no message is timed twice.
const times = { service: [] as number[], route: [] as number[] };
for (const [n, item] of items.entries()) {
  const [send, into] = n % 2 === 0 ? [viaService, times.service] : [viaRoute, times.route];
  let id: string | undefined;
  for (const turn of item.turns) {
    const t0 = performance.now();
    id = await send(id, turn.text);
    into.push(performance.now() - t0);
  }
}
const line = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(28)} n=${xs.length}  p50 ${pct(xs, 50).toFixed(2)} ms  p99 ${pct(xs, 99).toFixed(2)} ms  max ${Math.max(...xs).toFixed(2)} ms`,
  );
console.log(
  `Chat latency: ${app.catalog.size} procedures in the catalog; ${texts.length} turns (${distinct} distinct texts) of ${newest.length} sets (${newest[0]} … ${newest.at(-1)}), each asked once, the items taken in turn by the service and the route`,
);
line('ChatService.handle', times.service);
line('POST /api/chat (inject)', times.route);
await close();
