// Where printed QR codes point: the mini app (ZALO_MINI_APP_URL inside Zalo, else PUBLIC_URL/app/
// or this server's /app/), a procedure and the counter survey (lib/app-links.ts), and the OA.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { appLinks, screens } from '../lib/app-links.js';

export function miniAppLinks(config: Config, req: FastifyRequest) {
  const origin = (config.PUBLIC_URL ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
  const base = config.ZALO_MINI_APP_URL ?? `${origin}/app/`;
  const links = appLinks(config, origin);
  return {
    miniApp: base,
    /** The mini app's home, counted for this commune when opened from the poster (our own /app/ only). */
    miniAppFor: (unit: string) => (config.ZALO_MINI_APP_URL ? base : `${base}#/?unit=${encodeURIComponent(unit)}`),
    oa: config.ZALO_OA_URL ?? null,
    survey: (office: string, procedure?: string) => links.link(screens.survey(), { office, procedure })!,
    procedure: (code: string) => links.link(screens.procedure(code))!,
  };
}
