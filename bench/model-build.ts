// node --expose-gc --import tsx bench/model-build.ts — how long the shipped learned models take to
// build (reading and checking content/chat/learned-examples.json included) and the heap they hold.
import { defaultFollowUpModel, defaultIntentModel } from '../server/src/chat/intent-model.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('(run with node --expose-gc for the heap figure)');
gc?.();
const before = process.memoryUsage().heapUsed;
let t = performance.now();
defaultIntentModel();
const main = performance.now() - t;
t = performance.now();
defaultFollowUpModel();
const followUp = performance.now() - t;
gc?.();
const heap = (process.memoryUsage().heapUsed - before) / 1e6;
console.log(`intent model ${main.toFixed(0)} ms, follow-up model ${followUp.toFixed(0)} ms, heap +${heap.toFixed(0)} MB`);
