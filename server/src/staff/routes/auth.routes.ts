// Sign-in, sign-out and "who am I" for the console.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, unauthorized } from '../../lib/errors.js';
import { z } from '../../lib/zod-vi.js';
import { clearSessionCookie, requireStaff, SESSION_COOKIE, setSessionCookie, who } from '../auth.js';
import type { StaffContext } from '../context.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../password.js';
import { ROLES } from '../staff.types.js';
import { errors, ok, tags } from './schemas.js';

const loginBody = z.strictObject({
  username: z.string({ error: 'Vui lòng nhập tên đăng nhập.' }).trim().min(1, 'Vui lòng nhập tên đăng nhập.').max(100),
  password: z.string({ error: 'Vui lòng nhập mật khẩu.' }).min(1, 'Vui lòng nhập mật khẩu.').max(200),
});
export const me = z.object({
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const loginResponse = z.object({ staff: me, expiresAt: z.string() });

/** What the audit log says for a failed sign-in with a username no account has. */
export const UNKNOWN_USER = '(tên không có)';

const tooMany = (seconds: number) =>
  new AppError(429, 'Quá nhiều yêu cầu', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`, {
    retryAfter: seconds,
  });

export default async function authRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
  const { ctx } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ttlMs = ctx.config.STAFF_SESSION_HOURS * 3600_000;

  const meOf = async (s: { username: string; displayName: string; roles: (typeof ROLES)[number][]; units: string[] }) => {
    const names = await ctx.content.handlingUnitNames(s.units);
    return {
      username: s.username,
      displayName: s.displayName,
      roles: s.roles,
      units: s.units.map((id) => ({ id, name: names.get(id) ?? id })),
    };
  };

  r.post(
    '/api/staff/login',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Đăng nhập bảng điều khiển cán bộ',
        body: loginBody,
        response: { 200: loginResponse, ...errors },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const wait = await ctx.limiter.blockedFor(req.ip, username);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw tooMany(wait);
      }
      const member = await ctx.staff.byUsername(username);
      // Unknown names cost the same time as wrong passwords.
      const good = await verifyPassword(password, member?.passwordHash ?? (await dummyHash()));
      if (!member?.active || !good) {
        await ctx.limiter.recordFailure(req.ip, username);
        // Only a real account's name is recorded: what was typed may be a password in the wrong box.
        await ctx.audit.record({ id: member?._id ?? '', username: member?.username ?? UNKNOWN_USER }, 'auth.login_failed', null);
        throw unauthorized('Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      await ctx.limiter.clearUser(req.ip, username);
      // A hash made at an older, lower cost is replaced now that the password is known.
      if (needsRehash(member.passwordHash)) await ctx.staff.update(member._id, { passwordHash: await hashPassword(password) });
      const session = await ctx.staff.openSession(member._id, ttlMs);
      setSessionCookie(reply, ctx.config, req, session.token, session.expiresAt);
      await ctx.audit.record({ id: member._id, username: member.username }, 'auth.login', { type: 'staff', id: member._id });
      return { staff: await meOf(member), expiresAt: session.expiresAt };
    },
  );

  r.post('/api/staff/logout', { schema: { tags, summary: 'Đăng xuất', response: { 200: ok, ...errors } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await ctx.staff.closeSession(token);
    if (req.staff) await ctx.audit.record(req.staff, 'auth.logout', { type: 'staff', id: req.staff.id });
    clearSessionCookie(reply, ctx.config, req);
    return { ok: true as const };
  });

  r.get(
    '/api/staff/me',
    { preHandler: requireStaff(), schema: { tags, summary: 'Cán bộ đang đăng nhập', response: { 200: me, ...errors } } },
    async (req) => meOf(who(req)),
  );
}
