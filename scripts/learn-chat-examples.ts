// npm run chat:learn — writes content/chat/learned-examples.json, the learned model's examples:
// the context-free turns (first turns; topic, decline and unsure turns) of the evaluation sets'
// TUNING parts only (our set's tuning two thirds, the blind tuning and training sets); held-out
// turns are only compared, to leave out a message written in both. Run it after a tuning set
// changes; `npm run eval:chat` measures the model on turns it was not built from (5 folds).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EVAL_SETS, HOLDOUT_SETS, loadEval, TUNING_SETS } from '../bench/chat-harness.js';
import { followUpExamples, tuningExamples } from '../server/src/chat/intent-examples.js';
import { learnedExamplesSchema } from '../server/src/chat/intent-model.js';
import { repoRoot } from '../server/src/config.js';

// A message that is also a held-out turn ("cảm ơn ạ" written in both halves) is left out, so the
// held-out figures stay unseen. Only compared, never printed.
const key = (t: string) => t.normalize('NFC').trim().toLowerCase();
const heldOut = new Set<string>();
for (const set of HOLDOUT_SETS) {
  if (!existsSync(path.join(repoRoot, 'test', 'fixtures', EVAL_SETS[set]))) continue;
  for (const item of await loadEval(set)) for (const t of item.turns) heldOut.add(key(t.text));
}
for (const item of await loadEval('own')) if (item.holdout) for (const t of item.turns) heldOut.add(key(t.text));
const examples = [];
const followUps = [];
let dropped = 0;
for (const set of TUNING_SETS) {
  const items = (await loadEval(set)).filter((i) => !i.holdout);
  for (const e of tuningExamples(items)) {
    if (heldOut.has(key(e.text))) dropped++;
    else examples.push(e);
  }
  for (const e of followUpExamples(items)) {
    if (heldOut.has(key(e.text))) dropped++;
    else followUps.push(e);
  }
}
const out = learnedExamplesSchema.parse({
  description: `Context-free turns of the tuning sets (${TUNING_SETS.join(', ')}), written by \`npm run chat:learn\`; never the held-out parts.`,
  examples,
  followUps,
});
const file = path.join(repoRoot, 'content', 'chat', 'learned-examples.json');
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `${examples.length} examples, ${followUps.length} follow-ups → ${path.relative(repoRoot, file)} (${dropped} left out: also a held-out turn)`,
);
