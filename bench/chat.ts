// npm run bench:chat — chat latency over the evaluation questions on the embedded store with the
// full national import: the chat service alone and through POST /api/chat (inject, no network).
// Prints p50 / p99; target p99 < 30 ms.
import { performance } from 'node:perf_hooks';
import { chatApp, loadEval } from './chat-harness.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
// Our set and the blind tuning set (the blind held-out set is only run by eval:chat, for its aggregates).
const items = [...(await loadEval('own')), ...(await loadEval('blind-tuning').catch(() => []))];
const { app, close } = await chatApp();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function run(label: string, send: (id: string | undefined, text: string) => Promise<string>) {
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const item of items) {
      let id: string | undefined;
      for (const turn of item.turns) {
        const t0 = performance.now();
        id = await send(id, turn.text);
        // Round 0 warms caches and the JIT; not counted.
        if (round > 0) times.push(performance.now() - t0);
      }
    }
  }
  console.log(
    `${label.padEnd(28)} n=${times.length}  p50 ${pct(times, 50).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms  max ${Math.max(...times).toFixed(2)} ms`,
  );
}

console.log(`Chat latency: ${app.catalog.size} procedures in the catalog, ${items.length} eval items × ${ROUNDS} rounds`);
await run('ChatService.handle', async (id, text) => (await app.chat.handle(id, text)).conversationId);
await run('POST /api/chat (inject)', async (id, text) => {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId: id, text } });
  return (res.json() as { conversationId: string }).conversationId;
});
await close();
