import { crossValidation } from '../chat-harness.js';
const { items, foldOf, models } = await crossValidation(5);
const ks = [3, 4, 5, 6, 8];
const tally: Record<string, number> = {};
let n = 0;
for (const { set, item } of items) {
  const turn = item.turns[0]!;
  if (turn.expect.kind !== 'clarify' || !turn.expect.options?.length) continue;
  const p = models[foldOf(set, item.id)]!.predict(turn.text);
  if (!p) continue;
  n++;
  const want = turn.expect.options;
  const cands: Record<string, string[]> = {
    acceptThenOpts: [...new Set([...(p.label === 'clarify' ? p.accept : []), ...p.options])],
    opts: p.options,
  };
  for (const [name, list] of Object.entries(cands))
    for (const k of ks) if (want.every((c) => list.slice(0, k).includes(c))) tally[`${name}@${k}`] = (tally[`${name}@${k}`] ?? 0) + 1;
  tally[`len${Math.min(want.length, 6)}`] = (tally[`len${Math.min(want.length, 6)}`] ?? 0) + 1;
}
console.log(n, Object.entries(tally).sort().map(([k, v]) => `${k} ${(100 * v / n).toFixed(1)}`).join('\n'));
