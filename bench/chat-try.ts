// npx tsx bench/chat-try.ts "msg1" "msg2" … — one conversation against the real app (national
// records imported), printing each reply: a tool for reading how the bot answers.
import { chatApp } from './chat-harness.js';

const { app, close } = await chatApp();
let conversationId: string | undefined;
for (const text of process.argv.slice(2)) {
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
}
await close();
