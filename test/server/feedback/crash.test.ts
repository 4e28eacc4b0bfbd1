// The SIGKILL harness of `npm run bench crash`, smaller: the real server process killed mid-load
// while double taps are in their commit window; every 201 must be on disk afterwards with its own
// content, no code given twice, no record stored twice.
import { describe, expect, it } from 'vitest';
import { runCrashRounds } from '../../../bench/crash-harness.js';

describe('feedback intake across SIGKILL', () => {
  it('2 rounds × 800 submissions from 50 clients, one in five double-tapped: nothing acknowledged is lost or reissued', async () => {
    const f = await runCrashRounds({ rounds: 2, submissions: 800, clients: 50 });
    expect(f.kills).toBe(2);
    expect(f.acknowledged).toBe(1600);
    expect({
      lost: f.lost,
      reissued: f.reissued,
      duplicated: f.duplicated,
      twice: f.codesGivenTwice,
      twoCodes: f.keysWithTwoCodes,
    }).toEqual({
      lost: 0,
      reissued: 0,
      duplicated: 0,
      twice: 0,
      twoCodes: 0,
    });
  }, 60_000);
});
