// npx tsx bench/hedge-audit.ts SET…: replays the sets through POST /api/chat (as eval-chat does) and counts
// the answers that carry the not-sure line (gate hedgeFrom, round 32): how many were right, how many
// confidently wrong, and for how many of those the chip named a procedure the writer meant.
import { namedWhole } from '../server/src/chat/resolver.js';
import { chatText } from '../server/src/chat/text.js';
import { carry, chatApp, confidentlyWrong, type EvalSet, judge, loadEval, type Reply } from './chat-harness.js';

const { app, close } = await chatApp();
const sets = process.argv.slice(2) as EvalSet[];
const t = { answers: 0, hedged: 0, hedgedOk: 0, hedgedCw: 0, chipMeant: 0, cwTotal: 0 };
for (const set of sets) {
  for (const item of await loadEval(set)) {
    let id: string | undefined;
    const prev = { focus: null as string | null, options: [] as string[] };
    for (const turn of item.turns) {
      const res = (
        await app.inject({ method: 'POST', url: '/api/chat', payload: { text: turn.text, ...(id ? { conversationId: id } : {}) } })
      ).json();
      id = res.conversationId;
      const reply = res.reply as Reply & { actions?: { label: string; target: string }[] };
      const miss = judge(turn, reply, prev);
      const cw = confidentlyWrong(turn, reply);
      if (reply.kind === 'answer' && reply.procedures.length > 0 && !reply.topic) t.answers++;
      if (cw) t.cwTotal++;
      if (reply.text.startsWith('Tôi chưa hoàn toàn chắc')) {
        t.hedged++;
        if (!miss) t.hedgedOk++;
        if (cw) {
          t.hedgedCw++;
          const chip = reply.actions?.find((a) => a.label.startsWith('Không phải'));
          // (Read as the service reads the chip's words when tapped.)
          const alt = chip ? namedWhole(app.catalog, chatText(chip.target).joined) : null;
          if (alt && (turn.expect.codes ?? []).includes(alt)) t.chipMeant++;
        }
      }
      carry(prev, reply);
    }
  }
}
console.log(JSON.stringify(t));
await close();
