// `npm run bench crash`: ≥ 3 rounds of 2,500 feedback submissions from 50 clients, one in five
// sent twice at once, the server SIGKILLed mid-load and restarted on the same data directory.
// Prints acknowledged / lost / duplicated / reissued (all but the first must be 0).
import { formatCrash, runCrashRounds } from './crash-harness.js';

const rounds = Number(process.env.CRASH_ROUNDS ?? 3);
const submissions = Number(process.env.CRASH_SUBMISSIONS ?? 2500);
const figures = await runCrashRounds({ rounds, submissions, clients: 50, log: (l) => console.log(l) });
console.log(formatCrash(figures));
if (figures.lost || figures.duplicated || figures.reissued || figures.codesGivenTwice || figures.keysWithTwoCodes) process.exitCode = 1;
