// npm run chat:learn — writes content/chat/learned-examples.json, the learned model's examples:
// the context-free turns (first turns; topic, decline and unsure turns) of the evaluation sets'
// TUNING parts only (our set's tuning two thirds, the blind tuning sets). Held-out parts are never
// read here. Run it after a tuning set changes; `npm run eval:chat -- --cv 5` measures the model
// on turns it was not built from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEval, TUNING_SETS } from '../bench/chat-harness.js';
import { tuningExamples } from '../server/src/chat/intent-examples.js';
import { learnedExamplesSchema } from '../server/src/chat/intent-model.js';
import { repoRoot } from '../server/src/config.js';

const examples = [];
for (const set of TUNING_SETS) {
  const items = (await loadEval(set)).filter((i) => !i.holdout);
  examples.push(...tuningExamples(items));
}
const out = learnedExamplesSchema.parse({
  description: `Context-free turns of the tuning sets (${TUNING_SETS.join(', ')}), written by \`npm run chat:learn\`; never the held-out parts.`,
  examples,
});
const file = path.join(repoRoot, 'content', 'chat', 'learned-examples.json');
writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
console.log(`${examples.length} examples → ${path.relative(repoRoot, file)}`);
