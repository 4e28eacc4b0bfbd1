import { chatApp, crossValidation, judge, type Reply } from '../chat-harness.js';
import { DEFAULT_GATE } from '../../server/src/chat/service.js';
const { items, foldOf, models } = await crossValidation(5);
const { app, close } = await chatApp();
const want = process.argv[2] ?? 'clarify';
let n = 0;
for (const { set, item } of items) {
  const turn = item.turns[0]!;
  if (turn.expect.kind !== want) continue;
  const model = models[foldOf(set, item.id)]!;
  app.chat.useIntentModel(model, DEFAULT_GATE, null);
  const r = (await app.inject({ method: 'POST', url: '/api/chat', payload: { text: turn.text } })).json().reply as Reply;
  const miss = judge(turn, r, { focus: null, options: [] });
  if (!miss) continue;
  n++;
  const p = model.predict(turn.text);
  console.log(`${set}/${item.id} "${turn.text.slice(0, 70)}" exp [${turn.expect.options ?? ''}] got ${r.kind} [${(r.options ?? []).map((o) => o.code)}${r.procedures[0] && r.kind !== 'clarify' ? r.procedures[0].code : ''}] model ${p?.label} ${p?.share.toFixed(2)} opts [${p?.options.slice(0, 6)}]`);
}
console.log(n);
await close();
