// Where printed QR codes point: the mini app (ZALO_MINI_APP_URL inside Zalo, else PUBLIC_URL/app/
// or this server's /app/), its hash routes for a procedure and the counter survey, and the OA.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export function miniAppLinks(config: Config, req: FastifyRequest) {
  const origin = (config.PUBLIC_URL ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
  const base = config.ZALO_MINI_APP_URL ?? `${origin}/app/`;
  return {
    miniApp: base,
    /** The mini app's home, counted for this commune when opened from the poster (our own /app/ only). */
    miniAppFor: (unit: string) => (config.ZALO_MINI_APP_URL ? base : `${base}#/?unit=${encodeURIComponent(unit)}`),
    oa: config.ZALO_OA_URL ?? null,
    survey: (office: string, procedure?: string) =>
      `${base}#/survey?office=${encodeURIComponent(office)}${procedure ? `&procedure=${encodeURIComponent(procedure)}` : ''}`,
    procedure: (code: string) => `${base}#/procedures/${encodeURIComponent(code)}`,
  };
}
