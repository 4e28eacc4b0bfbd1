// Issue 13: links in messages open the screen they name, with its parameters. The app routes by
// hash, so links are built in one place (lib/app-links.ts) in the hash form for the browser and
// the ?to= form for Zalo; path-style links already sent are redirected to the hash form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLinks, legacyAppRedirect, screens } from '../../../server/src/lib/app-links.js';
import { testApp } from '../helpers/app.js';

describe('app links', () => {
  it('builds the browser (hash) form and the Zalo (?to=) form of the same screen', () => {
    const browser = appLinks({ PUBLIC_URL: 'https://cchc.example.vn/' });
    expect(browser.link(screens.feedbackLookup(), { code: 'PA-2026-000123' })).toBe(
      'https://cchc.example.vn/app/#/feedback/lookup?code=PA-2026-000123',
    );
    expect(browser.link(screens.procedure('1.001193'))).toBe('https://cchc.example.vn/app/#/procedures/1.001193');
    const zalo = appLinks({ PUBLIC_URL: 'https://cchc.example.vn', ZALO_MINI_APP_URL: 'https://zalo.me/s/4318657068771012646/' });
    expect(zalo.link(screens.survey(), { office: 'mot-cua hoa an', procedure: '1.001193' })).toBe(
      'https://zalo.me/s/4318657068771012646/?to=/survey&office=mot-cua+hoa+an&procedure=1.001193',
    );
    expect(zalo.browser(screens.feedbackNew())).toBe('https://cchc.example.vn/app/#/feedback/new');
    expect(appLinks({}).link(screens.feedbackNew())).toBeNull();
  });

  it('maps old path-style links to the hash form, and leaves other addresses alone', () => {
    expect(legacyAppRedirect('/app/procedures/1.001193')).toBe('/app/#/procedures/1.001193');
    expect(legacyAppRedirect('/app/feedback/lookup?code=PA-2026-000123')).toBe('/app/#/feedback/lookup?code=PA-2026-000123');
    expect(legacyAppRedirect('/app/feedback/new')).toBe('/app/#/feedback/new');
    expect(legacyAppRedirect('/app/assets/index.js')).toBeNull();
    expect(legacyAppRedirect('/app/')).toBeNull();
    expect(legacyAppRedirect('/api/procedures/1.001193')).toBeNull();
  });
});

describe('old links already sent', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => t?.close());

  it('redirect to the screen they name, with its parameters', async () => {
    const proc = await t.app.inject({ method: 'GET', url: '/app/procedures/1.001193' });
    expect(proc.statusCode).toBe(301);
    expect(proc.headers.location).toBe('/app/#/procedures/1.001193');
    const lookup = await t.app.inject({ method: 'GET', url: '/app/feedback/lookup?code=PA-2026-000123' });
    expect(lookup.statusCode).toBe(301);
    expect(lookup.headers.location).toBe('/app/#/feedback/lookup?code=PA-2026-000123');
    expect((await t.app.inject({ method: 'GET', url: '/app/no-such-screen' })).statusCode).toBe(404);
  });
});
