// ad-hoc: every turn of the tuning sets (CV), with position, expected, reply, judge, cw → JSON lines
import { writeFileSync } from 'node:fs';
import { chatApp, confidentlyWrong, crossValidation, judge, type Reply } from '../chat-harness.js';
import { DEFAULT_GATE } from '../../server/src/chat/service.js';
import { IntentModel } from '../../server/src/chat/intent-model.js';
import { followUpExamples } from '../../server/src/chat/intent-examples.js';
const { items, foldOf, models, others } = await crossValidation(5);
const fu = Array.from({ length: 5 }, (_, f) => new IntentModel(followUpExamples(others(f))));
const { app, close } = await chatApp();
const out: string[] = [];
for (const { set, item } of items) {
  const f = foldOf(set, item.id);
  app.chat.useIntentModel(models[f]!, DEFAULT_GATE, fu[f]!);
  let conversationId: string | undefined;
  const prev = { focus: null as string | null, options: [] as string[] };
  let i = 0;
  for (const turn of item.turns) {
    const body = (await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text: turn.text } })).json() as { conversationId: string; reply: Reply & { via?: string } };
    conversationId = body.conversationId;
    const r = body.reply;
    const miss = judge(turn, r, prev);
    out.push(JSON.stringify({ set, id: item.id, i, text: turn.text, exp: turn.expect, cat: turn.category, kind: r.kind, topic: r.topic, code: r.procedures[0]?.code, opts: (r.options ?? []).map((o) => o.code), miss, cw: confidentlyWrong(turn, r), prevFocus: prev.focus, reply: r.text.slice(0, 100) }));
    if (r.kind === 'answer' && r.procedures.length >= 1) prev.focus = r.procedures[0]!.code;
    prev.options = (r.options ?? []).map((o) => o.code);
    i++;
  }
}
writeFileSync(process.argv[2] ?? '/tmp/turns.jsonl', out.join('\n'));
await close();
