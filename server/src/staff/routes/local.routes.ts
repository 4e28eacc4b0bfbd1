// Terminal commands through the running server (see ../local-control.ts): creating the first
// administrator while the server runs. Refused without this process's local token.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors.js';
import type { StaffContext } from '../context.js';
import { CONTROL_HEADER, localControl } from '../local-control.js';
import { createStaffBody, staffAccounts, staffView, view } from '../staff-accounts.js';
import { errors, tags } from './schemas.js';

export const TERMINAL = { id: 'cli', username: 'dong-lenh', displayName: 'Dòng lệnh', roles: ['admin' as const], units: [] };

export default async function localRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
  const { ctx } = opts;
  const control = localControl(ctx.config.DATA_DIR);
  // Written synchronously on the server's 'listening' event, which fires before listen() resolves:
  // a command started right after the server says it is up always finds the file (an onListen
  // hook runs after listen() has resolved, which let a quick command write behind the server).
  app.server.once('listening', () => {
    const address = app.server.address();
    if (!address || typeof address !== 'object') return;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const reachable = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
    try {
      control.publish(`http://${reachable}:${address.port}`);
    } catch (err) {
      app.log.warn({ err: { message: (err as Error).message } }, 'control file not written');
    }
  });
  app.addHook('onClose', async () => control.withdraw());

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/staff/local/admins',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Tạo quản trị viên từ dòng lệnh trên cùng máy (npm run staff:create-admin)',
        hide: true,
        body: createStaffBody.pick({ username: true, displayName: true, password: true }),
        response: { 201: staffView, ...errors },
      },
    },
    async (req, reply) => {
      if (!control.accepts(req.headers[CONTROL_HEADER]))
        throw new AppError(403, 'Không được phép', 'Chỉ lệnh chạy trên chính máy chủ này mới tạo được quản trị viên theo cách này.');
      const accounts = staffAccounts(ctx.store, ctx.staff, ctx.audit);
      const doc = await accounts.create(TERMINAL, { ...req.body, roles: ['admin'], units: [] });
      reply.code(201);
      return view(doc);
    },
  );
}
