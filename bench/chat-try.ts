// npx tsx bench/chat-try.ts "msg1" "msg2" … — one conversation against the real app (national
// records imported), printing each reply: a tool for reading how the bot answers.
// --gate name=value,… tries another model gate (ModelGate fields; the rest as shipped); --no-model, the rules alone;
// --no-calibrator, every answer given (calibrator.ts off); --trace, the models' readings and the opinions taken.
import { defaultCalibrator } from '../server/src/chat/calibrator.js';
import { defaultFollowUpModel, defaultIntentModel } from '../server/src/chat/intent-model.js';
import { DEFAULT_GATE } from '../server/src/chat/service.js';
import { chatApp } from './chat-harness.js';

const args = process.argv.slice(2);
const g = args.indexOf('--gate');
const gate =
  g >= 0
    ? { ...DEFAULT_GATE, ...Object.fromEntries(args[g + 1]!.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])) }
    : null;
if (g >= 0) args.splice(g, 2);
// --no-model: the rules alone (what the learned models are a second opinion on).
const rulesOnly = args.includes('--no-model');
if (rulesOnly) args.splice(args.indexOf('--no-model'), 1);
const noCalibrator = args.includes('--no-calibrator');
if (noCalibrator) args.splice(args.indexOf('--no-calibrator'), 1);
const trace = args.includes('--trace');
if (trace) args.splice(args.indexOf('--trace'), 1);
const { app, close } = await chatApp();
app.chat.tracing = trace;
if (gate || noCalibrator)
  app.chat.useIntentModel(defaultIntentModel(), gate ?? DEFAULT_GATE, defaultFollowUpModel(), noCalibrator ? null : defaultCalibrator());
if (rulesOnly) app.chat.useIntentModel(null, DEFAULT_GATE, null);
let conversationId: string | undefined;
for (const text of args) {
  if (text === '--new') {
    conversationId = undefined;
    continue;
  }
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text } });
  const body = res.json() as {
    conversationId: string;
    reply: { kind: string; topic?: string; text: string; procedures: { code: string }[] };
  };
  conversationId = body.conversationId;
  const r = body.reply;
  console.log(
    `» ${text}\n  [${r.kind}${r.topic ? `:${r.topic}` : ''}] ${r.procedures.map((p) => p.code).join(',')}\n  ${r.text.replace(/\n/g, '\n  ')}\n`,
  );
  if (trace) {
    const { model, followUp, via, intent } = app.chat.lastReading ?? {};
    const show = (x: { label: string; share: number } | null | undefined) => (x ? `${x.label} ${x.share.toFixed(2)}` : '—');
    const terms = intent?.kind === 'procedure' ? ` [${intent.terms.join(' ')}]` : '';
    console.log(`  (${intent?.kind}${terms}; model ${show(model)}; follow-up ${show(followUp)}; opinions ${via?.join(', ') || '—'})\n`);
  }
}
await close();
