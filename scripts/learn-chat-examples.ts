// npm run chat:learn — writes content/chat/learned-examples.json, the learned model's examples
// (bench/learned-examples.ts: the tuning parts only; a message also written in a held-out set is
// left out). Run it after a tuning set changes; `npm run eval:chat` measures the model on turns it
// was not built from (5 folds).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLearnedExamples } from '../bench/learned-examples.js';
import { optionExamples } from '../server/src/chat/intent-examples.js';
import { bankExamples } from '../server/src/chat/intent-model.js';
import { fitLinear, linearModelPath } from '../server/src/chat/linear-model.js';
import { loadQuestionBankContent } from '../server/src/chat/question-bank.js';
import { repoRoot } from '../server/src/config.js';

const { learned, dropped } = await buildLearnedExamples();
const file = path.join(repoRoot, 'content', 'chat', 'learned-examples.json');
writeFileSync(file, `${JSON.stringify(learned, null, 1)}\n`);
console.log(
  `${learned.examples.length} examples, ${learned.followUps.length} follow-ups → ${path.relative(repoRoot, file)} (${dropped} left out: also a held-out turn)`,
);

// The linear models (linear-model.ts) from the same examples as the neighbours' models: the bank's
// phrasings and the learned context-free turns; the follow-ups, each read with its procedure in focus;
// and the options model, from the main examples' options and accepted codes (optionExamples).
const date = new Date().toISOString().slice(0, 10);
const main = [...bankExamples(loadQuestionBankContent()), ...learned.examples];
for (const [which, examples] of [
  ['main', main],
  ['followUp', learned.followUps],
  ['options', optionExamples(main)],
] as const) {
  const t0 = Date.now();
  const what = {
    main: "the bank's phrasings and learned-examples.json",
    followUp: "learned-examples.json's follow-ups",
    options: 'the main examples, once per procedure offered or accepted',
  }[which];
  const linear = fitLinear(examples, {}, `npm run chat:learn, ${date}: softmax regression over ${examples.length} examples (${what}).`);
  const file = linearModelPath(which);
  writeFileSync(file, `${JSON.stringify(linear)}\n`);
  const kept = Object.values(linear.weights).reduce((a, l) => a + l.length / 2, 0);
  console.log(
    `linear model (${which}): ${linear.labels.length} labels, ${Object.keys(linear.weights).length} features, ${kept} weights, fitted in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${path.relative(repoRoot, file)}`,
  );
}
