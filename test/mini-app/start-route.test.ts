// Issue 13: a Zalo mini app link carries the screen as ?to=…; at start-up it becomes the hash route.
import { describe, expect, it } from 'vitest';
import { startRoute } from '../../mini-app/src/lib/start-route.js';

describe('start route', () => {
  it('turns ?to= and the other parameters into the hash route', () => {
    expect(startRoute('?to=/feedback/lookup&code=PA-2026-000123')).toBe('/feedback/lookup?code=PA-2026-000123');
    expect(startRoute('?to=%2Fprocedures%2F1.001193')).toBe('/procedures/1.001193');
    expect(startRoute('?to=/survey&office=mot-cua&procedure=1.001193')).toBe('/survey?office=mot-cua&procedure=1.001193');
  });
  it('ignores links without a screen and addresses that leave the app', () => {
    expect(startRoute('')).toBeNull();
    expect(startRoute('?code=PA-2026-000123')).toBeNull();
    expect(startRoute('?to=//evil.example')).toBeNull();
    expect(startRoute('?to=https://evil.example')).toBeNull();
  });
});
