// Staff authentication for the /api/staff scope: a session cookie (HttpOnly, SameSite=Strict,
// Secure behind https) and a CSRF guard — every state-changing request must carry the header
// `X-Requested-With: cchc-console`, which a cross-site form cannot set and a cross-site script
// cannot send without a CORS preflight this server refuses.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError, forbidden, unauthorized } from '../lib/errors.js';
import { type Capability, can } from './capabilities.js';
import { principal, type StaffRepository } from './staff.repository.js';
import type { StaffPrincipal } from './staff.types.js';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffPrincipal | null;
  }
}

export const SESSION_COOKIE = 'cchc_staff';
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'cchc-console';
/** The cookie goes only to the staff API, never to the citizen pages or the mini app. */
const COOKIE_PATH = '/api/staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfMissing = () =>
  new AppError(403, 'Không có quyền', `Thiếu tiêu đề ${'X-Requested-With'}: ${CSRF_VALUE}. Hãy thao tác từ bảng điều khiển cán bộ.`);

export async function registerStaffAuth(app: FastifyInstance, opts: { config: Config; repo: StaffRepository }) {
  await app.register(cookie);
  app.decorateRequest('staff', null);
  app.addHook('onRequest', async (req) => {
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== CSRF_VALUE) throw csrfMissing();
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const member = await opts.repo.resolveSession(token);
    if (member) req.staff = principal(member);
  });
}

export function isSecureRequest(config: Config, req: FastifyRequest): boolean {
  // With TRUST_PROXY, Fastify takes the protocol from X-Forwarded-Proto.
  return config.PUBLIC_URL?.startsWith('https:') === true || req.protocol === 'https';
}

export function setSessionCookie(reply: FastifyReply, config: Config, req: FastifyRequest, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecureRequest(config, req),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config, req: FastifyRequest) {
  reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: isSecureRequest(config, req) });
}

/** preHandler: signed in, and (when a capability is given) holding a role that has it (capabilities.ts). */
export function requireStaff(capability?: Capability) {
  return async (req: FastifyRequest) => {
    if (!req.staff) throw unauthorized('Bạn cần đăng nhập bảng điều khiển cán bộ.');
    if (capability && !can(req.staff.roles, capability)) throw forbidden();
  };
}

/** The signed-in staff member in a handler that ran requireStaff. */
export function who(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw unauthorized();
  return req.staff;
}
