// Cross-validation of the learned intent model alone (no rules): the tuning sets' context-free
// turns are split in folds by conversation; each fold is predicted by a model built from the other
// folds plus the question bank. Prints accuracy against the share of turns the model is sure of.
//   npx tsx bench/intent-cv.ts [--folds 5] [--by-set]   (--by-set: each set answered by a model of the other sets' writers)
import { tuningExamples } from '../server/src/chat/intent-examples.js';
import { IntentModel } from '../server/src/chat/intent-model.js';
import { crossValidation } from './chat-harness.js';

// The same folds as eval-chat (by conversation, stable by set and id; or by set).
const { items, folds, foldOf, others, bank, model } = await crossValidation(
  Number(process.argv[process.argv.indexOf('--folds') + 1]) || 5,
  {
    bySet: process.argv.includes('--by-set'),
  },
);
const t0 = performance.now();
new IntentModel([...bank, ...tuningExamples(others(0))]);
console.log(`one fold's model built in ${(performance.now() - t0).toFixed(0)} ms`);

type Row = { ok: boolean; share: number; best: number; label: string; want: string; words: number };
const rows: Row[] = [];
for (let f = 0; f < folds; f++) {
  const test = items.filter((x) => foldOf(x.set, x.item.id) === f).map((x) => x.item);
  const m = model(f);
  for (const ex of tuningExamples(test)) {
    const p = m.predict(ex.text);
    if (!p) {
      rows.push({ ok: false, share: 0, best: 0, label: 'none', want: ex.label, words: ex.text.split(/\s+/).length });
      continue;
    }
    const ok = ex.label.startsWith('code:')
      ? p.label.startsWith('code:') && (ex.accept ?? []).includes(p.label.slice(5))
      : p.label === ex.label;
    rows.push({ ok, share: p.share, best: p.best, label: p.label, want: ex.label, words: ex.text.split(/\s+/).length });
  }
}
const n = rows.length;
console.log(`${n} context-free turns, ${folds} folds; model = bank + other folds`);
console.log(`all: ${((100 * rows.filter((r) => r.ok).length) / n).toFixed(1)} %`);
for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  for (const b of [0.2, 0.3, 0.4, 0.5]) {
    const sure = rows.filter((r) => r.share >= t && r.best >= b);
    const ok = sure.filter((r) => r.ok).length;
    console.log(
      `share ≥ ${t} best ≥ ${b}: covers ${((100 * sure.length) / n).toFixed(1)} %, right ${((100 * ok) / Math.max(1, sure.length)).toFixed(1)} %`,
    );
  }
}
const kinds = new Map<string, { n: number; ok: number }>();
for (const r of rows) {
  const k = r.want.split(':')[0]!;
  const c = kinds.get(k) ?? { n: 0, ok: 0 };
  c.n++;
  if (r.ok) c.ok++;
  kinds.set(k, c);
}
for (const [k, c] of kinds) console.log(`  ${k}: ${((100 * c.ok) / c.n).toFixed(1)} % of ${c.n}`);
for (const [lo, hi] of [
  [0, 8],
  [8, 20],
  [20, 35],
  [35, 1000],
] as const) {
  const b = rows.filter((r) => r.words >= lo && r.words < hi);
  const sure = b.filter((r) => r.share >= 0.6);
  console.log(
    `  ${lo}–${hi} words: ${((100 * b.filter((r) => r.ok).length) / Math.max(1, b.length)).toFixed(1)} % of ${b.length}; share ≥ 0.6 on ${((100 * sure.length) / Math.max(1, b.length)).toFixed(0)} %, right ${((100 * sure.filter((r) => r.ok).length) / Math.max(1, sure.length)).toFixed(1)} %`,
  );
}
