import { chatText } from '../server/src/chat/text.js';
import { OUT_OF_SCOPE } from '../server/src/chat/vocabulary.js';

for (const m of process.argv.slice(2)) {
  const j = (chatText as any)(m).joined as string;
  const hit = OUT_OF_SCOPE.filter((r) => r.pattern.test(j) && !(r.unless?.test(j) ?? false)).map(
    (r) => `${r.id}:${j.match(r.pattern)?.[0]}`,
  );
  console.log(hit, '|', j);
}
