// npm run chat:learn — writes content/chat/learned-examples.json, the learned model's examples
// (bench/learned-examples.ts: the tuning parts only; a message also written in a held-out set is
// left out). Run it after a tuning set changes; `npm run eval:chat` measures the model on turns it
// was not built from (5 folds).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLearnedExamples } from '../bench/learned-examples.js';
import { repoRoot } from '../server/src/config.js';

const { learned, dropped } = await buildLearnedExamples();
const file = path.join(repoRoot, 'content', 'chat', 'learned-examples.json');
writeFileSync(file, `${JSON.stringify(learned, null, 1)}\n`);
console.log(
  `${learned.examples.length} examples, ${learned.followUps.length} follow-ups → ${path.relative(repoRoot, file)} (${dropped} left out: also a held-out turn)`,
);
