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
    // (Three real server starts, each about 12–15 s on this 2-core machine, with the chat models built:
    // measured 37–44 s in round 14's CI, 58–60 s on 3/12/2026. The time limit is the harness's, not a
    // figure under test: every assertion above is unchanged.)
  }, 150_000);
});
