// Settings (admins only): handling units, routing rules, holiday tables, staff accounts, audit log.
// Units, routing and holidays are content collections: saved with origin "console", versioned.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentEditor } from '../../content/content-edits.repository.js';
import { handlingUnitSchema, holidayYearSchema, routingSchema } from '../../content/schemas.js';
import { bumpContentVersion } from '../../content/sync.js';
import { badRequest, notFound } from '../../lib/errors.js';
import { z } from '../../lib/zod-vi.js';
import { privateTarget } from '../../outbox/private-address.js';
import { requireStaff, who } from '../auth.js';
import type { StaffContext } from '../context.js';
import { createStaffBody, passwordBody, staffAccounts, staffView, updateStaffBody, view } from '../staff-accounts.js';
import { errors, idParam, ok, tags } from './schemas.js';

export const meta = {
  origin: z.enum(['content', 'console']),
  seeded: z.boolean(),
  editedAt: z.string().nullable(),
  editedBy: z.string().nullable(),
};
export const auditItem = z.object({
  at: z.string(),
  username: z.string(),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string() }).nullable(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export default async function settingsRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
  const { ctx } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = requireStaff('settings');
  const editor = contentEditor(ctx.store, ctx.audit, ctx.now);
  const accounts = staffAccounts(ctx.store, ctx.staff, ctx.audit);

  // ── Handling units ──
  r.get(
    '/api/staff/settings/units',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Đơn vị xử lý phản ánh',
        response: { 200: z.object({ items: z.array(handlingUnitSchema.extend(meta)) }), ...errors },
      },
    },
    async () => ({ items: (await editor.list('handling_units', { name: 1 })) as never }),
  );
  r.put(
    '/api/staff/settings/units/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Tạo hoặc sửa đơn vị xử lý (tên, kênh nhận: email, webhook, Zalo)',
        params: z.object({ id: handlingUnitSchema.shape.id }),
        body: handlingUnitSchema.omit({ id: true }),
        response: { 200: z.object({ created: z.boolean() }), ...errors },
      },
    },
    async (req) => {
      if (!ctx.config.WEBHOOK_ALLOW_PRIVATE) {
        for (const [i, ch] of req.body.channels.entries()) {
          if (ch.type !== 'webhook') continue;
          const inside = await privateTarget(ch.url);
          if (inside)
            throw badRequest(
              `Webhook ${ch.url} trỏ vào địa chỉ nội bộ (${inside}). Chỉ dùng địa chỉ công khai của hệ thống nhận; máy chủ này không gọi vào mạng nội bộ (trừ khi đặt WEBHOOK_ALLOW_PRIVATE=true).`,
              { errors: [{ path: `body.channels.${i}.url`, message: 'Địa chỉ nội bộ không được phép.' }] },
            );
        }
      }
      return editor.save(who(req), 'handling_unit', 'handling_units', req.params.id, { ...req.body, id: req.params.id });
    },
  );

  // ── Routing rules ──
  r.get(
    '/api/staff/settings/routing',
    { preHandler: admin, schema: { tags, summary: 'Quy tắc chuyển phản ánh', response: { 200: routingSchema, ...errors } } },
    async () => {
      const routing = await ctx.content.routing();
      if (!routing) throw notFound('Chưa có quy tắc chuyển phản ánh.');
      return routing;
    },
  );
  r.put(
    '/api/staff/settings/routing',
    { preHandler: admin, schema: { tags, summary: 'Sửa quy tắc chuyển phản ánh', body: routingSchema, response: { 200: ok, ...errors } } },
    async (req) => {
      const units = await ctx.content.handlingUnitNames();
      const unknown = [req.body.fallbackUnit, ...req.body.rules.map((x) => x.unit)].filter((u) => !units.has(u));
      if (unknown.length) throw badRequest(`Không có đơn vị xử lý: ${[...new Set(unknown)].join(', ')}.`);
      const s = who(req);
      await ctx.content.saveRouting(req.body, s.username, ctx.now().toISOString());
      await bumpContentVersion(ctx.store);
      await ctx.audit.record(s, 'settings.routing', { type: 'routing', id: 'routing' }, { rules: req.body.rules.length });
      return { ok: true as const };
    },
  );

  // ── Holiday tables ──
  r.get(
    '/api/staff/settings/holidays',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Bảng ngày nghỉ lễ theo năm',
        response: { 200: z.object({ items: z.array(holidayYearSchema.extend(meta)) }), ...errors },
      },
    },
    async () => ({ items: (await editor.list('holidays', { year: 1 })) as never }),
  );
  r.put(
    '/api/staff/settings/holidays/:year',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Tạo hoặc sửa bảng ngày nghỉ của một năm',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: holidayYearSchema.omit({ year: true }),
        response: { 200: z.object({ created: z.boolean() }), ...errors },
      },
    },
    async (req) => {
      const { year } = req.params;
      const wrong = [...req.body.holidays, ...req.body.workingWeekends].find((d) => !d.date.startsWith(`${year}-`));
      if (wrong) throw badRequest(`Ngày ${wrong.date} không thuộc năm ${year}.`);
      return editor.save(who(req), 'holidays', 'holidays', String(year), { ...req.body, year });
    },
  );

  // ── Staff accounts ──
  r.get(
    '/api/staff/settings/staff',
    {
      preHandler: admin,
      schema: { tags, summary: 'Tài khoản cán bộ', response: { 200: z.object({ items: z.array(staffView) }), ...errors } },
    },
    async () => ({ items: (await ctx.staff.list()).map(view) }),
  );
  r.post(
    '/api/staff/settings/staff',
    {
      preHandler: admin,
      schema: { tags, summary: 'Tạo tài khoản cán bộ', body: createStaffBody, response: { 201: staffView, ...errors } },
    },
    async (req, reply) => reply.code(201).send(view(await accounts.create(who(req), req.body))),
  );
  r.patch(
    '/api/staff/settings/staff/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Sửa vai trò, đơn vị, khóa/mở tài khoản',
        params: idParam,
        body: updateStaffBody,
        response: { 200: staffView, ...errors },
      },
    },
    async (req) => view(await accounts.update(who(req), req.params.id, req.body)),
  );
  r.post(
    '/api/staff/settings/staff/:id/password',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (đăng xuất mọi phiên)',
        params: idParam,
        body: passwordBody,
        response: { 200: ok, ...errors },
      },
    },
    async (req) => {
      await accounts.setPassword(who(req), req.params.id, req.body.password);
      return { ok: true as const };
    },
  );

  // ── Audit log ──
  r.get(
    '/api/staff/audit',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Nhật ký thao tác của cán bộ',
        querystring: z.object({
          action: z.string().max(60).optional(),
          by: z.string().max(60).optional(),
          target: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(auditItem), total: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const { items, total } = await ctx.audit.list(
        { action: req.query.action, by: req.query.by, targetId: req.query.target },
        req.query.limit,
        req.query.offset,
      );
      return { total, items: items.map(({ at, username, action, target, data }) => ({ at, username, action, target, data })) };
    },
  );
}
