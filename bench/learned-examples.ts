// The learned model's examples, from the evaluation sets' TUNING parts only (our set's tuning two
// thirds, the blind tuning and training sets): context-free turns (first turns; topic, decline and
// unsure turns) and follow-ups (turns said with a procedure in focus). Held-out turns are only
// compared, to leave out a message written in both ("cảm ơn ạ"); never printed.
// Written to content/chat/learned-examples.json by `npm run chat:learn`; a test checks the file is
// what this builds from the sets as they are.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { followUpExamples, tuningExamples } from '../server/src/chat/intent-examples.js';
import { learnedExamplesSchema } from '../server/src/chat/intent-model.js';
import { repoRoot } from '../server/src/config.js';
import { EVAL_SETS, HOLDOUT_SETS, loadEval, TUNING_SETS } from './chat-harness.js';

const key = (t: string) => t.normalize('NFC').trim().toLowerCase();

export async function buildLearnedExamples() {
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
  const learned = learnedExamplesSchema.parse({
    description: `Context-free turns and follow-ups of the tuning sets (${TUNING_SETS.join(', ')}), written by \`npm run chat:learn\`; never the held-out parts.`,
    examples,
    followUps,
  });
  return { learned, dropped };
}
