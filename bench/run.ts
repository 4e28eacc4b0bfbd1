// `npm run bench`: every benchmark, one after the other, printing figures.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { benchSearch } from './search.js';

const only = process.argv[2];
const steps: [string, () => Promise<unknown>][] = [['search', () => benchSearch()]];
for (const [name, file] of [
  ['store', 'store.ts'],
  ['feedback', 'feedback.ts'],
  ['chat', 'chat.ts'],
  ['mini-app', 'mini-app-budget.ts'],
] as const) {
  const full = path.join(import.meta.dirname, file);
  if (existsSync(full)) steps.push([name, async () => (await import(full)).default?.()]);
}
for (const [name, run] of steps) {
  if (only && only !== name) continue;
  console.log(`\n══ ${name} ══`);
  await run();
}
