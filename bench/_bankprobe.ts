import { defaultQuestionBank } from '../server/src/chat/question-bank.js';

const b = defaultQuestionBank()!;
for (const m of process.argv.slice(2)) console.log(JSON.stringify(b.match(m)), m);
